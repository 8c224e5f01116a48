package source

import (
	"regexp"
	"strings"
)

// plainKey matches a front matter line of a key and a value as people and scrapers write
// them by hand: "title: Ukraine war live: day 300", where YAML reads the second colon as
// a nested mapping and refuses the block.
var plainKey = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*):(?:\s+(.*))?$`)

// plainFrontMatter reads a front matter block that is not valid YAML as lines of "key:
// value", each value the rest of its line, so that a headline with a colon in it does not
// cost the article. It gives up (ok false), and YAML's error stands, when a line is of
// another shape or a value opens a YAML flow collection or a quoted string it does not
// close: those are broken YAML, not plain lines, and guessing would mislabel them.
func plainFrontMatter(block []string) (meta map[string]any, ok bool) {
	meta = map[string]any{}
	for _, line := range block {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		m := plainKey.FindStringSubmatch(line)
		if m == nil {
			return nil, false
		}
		v := strings.TrimSpace(m[2])
		if strings.HasPrefix(v, "[") || strings.HasPrefix(v, "{") || unclosedQuote(v) {
			return nil, false
		}
		meta[m[1]] = unquote(v)
	}
	return meta, len(meta) > 0
}

// unclosedQuote tells whether a value opens a quoted string it does not close.
func unclosedQuote(v string) bool {
	for _, q := range []string{`"`, `'`} {
		if strings.HasPrefix(v, q) && (len(v) == 1 || !strings.HasSuffix(v, q)) {
			return true
		}
	}
	return false
}

// unquote strips one pair of matching quotation marks around a whole value.
func unquote(v string) string {
	for _, q := range []string{`"`, `'`} {
		if len(v) >= 2 && strings.HasPrefix(v, q) && strings.HasSuffix(v, q) {
			return v[1 : len(v)-1]
		}
	}
	return v
}

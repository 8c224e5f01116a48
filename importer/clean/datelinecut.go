package clean

import (
	"strings"
	"unicode"
)

// datelineReach is how far into a paragraph a dateline may run, in bytes.
const datelineReach = 70

// cutAgencyHead splits "HEAD (Agency) — rest" into its parts; the separator after the
// agency is optional ("(CNN)The ...").
func cutAgencyHead(p string) (head, agency, rest string, ok bool) {
	limit := min(len(p), datelineReach)
	open := strings.IndexByte(p[:limit], '(')
	if open < 0 {
		return "", "", p, false
	}
	end := strings.IndexByte(p[open:limit], ')')
	if end <= 0 {
		return "", "", p, false
	}
	head, agency = strings.TrimSpace(p[:open]), p[open+1:open+end]
	rest = strings.TrimLeftFunc(p[open+end+1:], unicode.IsSpace)
	for _, sep := range datelineSeparators() {
		if cut, found := strings.CutPrefix(rest, strings.TrimLeft(sep, " ")); found {
			rest = cut
			break
		}
	}
	return head, agency, strings.TrimLeftFunc(rest, unicode.IsSpace), isAgencyName(agency)
}

// cutSeparatorHead splits "HEAD: rest" or "HEAD — rest" at the first separator.
func cutSeparatorHead(p string) (head, agency, rest string, ok bool) {
	limit := min(len(p), datelineReach)
	best, sepLen := -1, 0
	for _, sep := range datelineSeparators() {
		if k := strings.Index(p[:limit], sep); k > 0 && (best < 0 || k < best) {
			best, sepLen = k, len(sep)
		}
	}
	if best < 0 {
		return "", "", p, false
	}
	return strings.TrimSpace(p[:best]), "", strings.TrimLeftFunc(p[best+sepLen:], unicode.IsSpace), true
}

// isAgencyName reports a plausible agency in parentheses: a few capitalised words.
func isAgencyName(s string) bool {
	return s != "" && wordCount(s) <= 4 && allNameWords(s)
}

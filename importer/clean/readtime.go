package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cutReadTime removes a reading-time label ("3 min read", "5 minute read") from the start
// of s. Pages print it above the story and scrapers often glue it to the first sentence
// ("3 min readThe United States..."), so it is cut when the sentence follows at once.
// It returns the rest and the label.
func (c *Cleaner) cutReadTime(s string) (rest, cut string, ok bool) {
	loc := c.p.readTime.FindStringIndex(s)
	if loc == nil {
		return s, "", false
	}
	rest = s[loc[1]:]
	next, _ := utf8.DecodeRuneInString(rest)
	// "10 minutes read the statement" is a sentence: after the label, only the end, a
	// space or a capital letter glued on may follow.
	if rest != "" && !unicode.IsUpper(next) && !unicode.IsSpace(next) && !unicode.IsDigit(next) {
		return s, "", false
	}
	if rest != "" && unicode.IsSpace(next) {
		first, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
		if unicode.IsLower(first) {
			return s, "", false
		}
	}
	return strings.TrimSpace(rest), strings.TrimSpace(s[:loc[1]]), true
}

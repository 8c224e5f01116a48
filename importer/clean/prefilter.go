package clean

import "strings"

// noticeWords returns the words every match of the notice pattern contains, lower-cased: each of
// its alternatives names cookies, this or our site, JavaScript, the browser, or
// availability in a region. Go's regexp cannot skip ahead on a case-insensitive
// alternation, so it tried the pattern at every position of every paragraph: a third of
// cleaning's CPU.
func noticeWords() []string {
	return []string{"cookie", "this site", "our site", "this website", "our website",
		"javascript", "browser", "available in your"}
}

// isNotice is c.p.notice.MatchString(s), answered without the pattern when the line holds
// none of noticeWords. The pattern's case folding matches two letters strings.ToLower
// leaves apart (the long s for s; the Kelvin sign ToLower maps to k), so they are folded
// too: the filter never drops a line the pattern would match.
func (c *Cleaner) isNotice(s string) bool {
	if !strings.Contains(s, "ſ") {
		return c.p.noticeWords.in(s) && c.p.notice.MatchString(s)
	}
	lower := strings.ReplaceAll(strings.ToLower(s), "ſ", "s")
	return containsAny(lower, c.p.noticeWords.words...) && c.p.notice.MatchString(s)
}

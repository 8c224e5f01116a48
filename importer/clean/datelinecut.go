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

// cutSlashAgencyHead splits the dateline of agencies that set their name between slashes
// after the date's full stop: "MOSCOW, March 3. /TASS/. rest".
func cutSlashAgencyHead(p string) (head, agency, rest string, ok bool) {
	limit := min(len(p), datelineReach)
	open := strings.Index(p[:limit], ". /")
	if open <= 0 {
		return "", "", p, false
	}
	after := p[open+len(". /"):]
	end := strings.IndexByte(after, '/')
	if end <= 0 {
		return "", "", p, false
	}
	agency, rest = after[:end], strings.TrimPrefix(after[end+1:], ".")
	return strings.TrimSpace(p[:open]), agency, strings.TrimLeftFunc(rest, unicode.IsSpace), isAgencyName(agency)
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
	return s != "" && wordsAtMost(s, 4) && allNameWords(s)
}

// cutCapsHead splits the dateline older wire copy prints without a separator, a place in
// capitals before the first sentence: "BEIRUT The talks ...", "BEIJING/WASHINGTON China's
// ...". Acronyms that open sentences ("NATO Secretary-General ...", "BRUSSELS EU leaders")
// are no places, and a line in capitals throughout is a headline. Nor is a lead whose
// opening words are printed in capitals ("PRESIDENT JANE DOE met ...", "PRIME MINISTER Jane
// Doe spoke ..."): with no punctuation to mark a place, the words themselves must not be a
// person's, and they must not run on in capitals past where a place would end.
func (c *Cleaner) cutCapsHead(p string) (head, agency, rest string, ok bool) {
	m := c.p.capsHead.FindStringSubmatchIndex(p)
	if m == nil {
		return "", "", p, false
	}
	if c.capitalsRunOn(p[m[3]:]) {
		return "", "", p, false
	}
	words := strings.Fields(p[m[2]:m[3]])
	for n := len(words); n > 1 && (c.p.acronyms[words[n-1]] || len(words[n-1]) < 3); n-- {
		words = words[:n-1]
	}
	head = strings.Join(words, " ")
	rest = strings.TrimLeftFunc(p[len(head):], unicode.IsSpace)
	early := strings.Join(strings.Fields(rest)[:min(3, wordCount(rest))], " ")
	if c.p.acronyms[head] || len(head) < capsHeadMinLetters || !strings.ContainsFunc(early, unicode.IsLower) ||
		c.namesPerson(head, true) {
		return "", "", p, false
	}
	return head, "", rest, true
}

// capsHeadMinLetters is the shortest place taken from a dateline without a separator.
const capsHeadMinLetters = 4

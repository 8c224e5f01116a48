package clean

import (
	"strings"
	"unicode"

	"hotline/importer/dates"
)

// cutGluedStamp splits off the date stamp a scraper glued to the first words of the story
// on one line: a stamp label before a full date ("Published 3 Dec 2026 The minister said
// ..."), or a full date, with its time, before a wire dateline ("December 3, 2026
// WASHINGTON — ...", "03.12.2026 | 14:05 MOSCOW, ..."). A paragraph that merely opens with
// a date ("December 3, 2026 was the day ...") is the story's sentence and stays whole.
func (c *Cleaner) cutGluedStamp(p string) (head, rest string, ok bool) {
	st := stamp{othersFirst: true}
	labelled, numeric, end := false, false, 0
	for i := 0; i < len(p); {
		for i < len(p) && p[i] == ' ' {
			i++
		}
		j := strings.IndexByte(p[i:], ' ')
		if j < 0 {
			j = len(p) - i
		}
		raw := p[i : i+j]
		w := strings.Trim(raw, ".,:;()-–—|•")
		lw := strings.ToLower(w)
		switch {
		case w == "":
		case isDateName(w):
			st.named = true
		case c.p.clock.MatchString(w):
			st.clock = true
		case strings.ContainsAny(w, "0123456789") && strings.ContainsAny(w, "-./") && dates.Parse(w) != "":
			numeric = true // "03.12.2026", "2026-12-03"
		case isNumberWord(w):
			st.numbers++
			st.year = st.year || (len(w) == 4 && strings.Trim(w, "0123456789") == "")
		case c.p.stampWords[lw] && lw != "-" && lw != "|":
			labelled = labelled || end == 0 && c.p.stampLabels[lw]
		default:
			i = len(p) // the first word of the story
			continue
		}
		i += j
		end = i
	}
	if end == 0 || !(st.fullDate() || numeric) {
		return "", p, false
	}
	head, rest = strings.TrimSpace(p[:end]), strings.TrimLeftFunc(p[end:], unicode.IsSpace)
	if labelled {
		return head, rest, startsSentence(rest, true) && !wordsAtMost(rest, datelineMinWords-1)
	}
	_, _, dated := c.SplitDateline(rest)
	_, _, placed := c.cutCapsComma(rest)
	return head, rest, dated || placed
}

// cutCapsComma splits the place in capitals and the comma that a stamp glued before the
// story leaves of a wire dateline ("MOSCOW, U.S. Secretary of State ..."): right after a
// stamp, a place in capitals before a comma is the dateline, not an acronym of the story.
func (c *Cleaner) cutCapsComma(p string) (place, rest string, ok bool) {
	head, after, found := strings.Cut(p, ", ")
	if !found || c.p.acronyms[head] || len(head) < capsHeadMinLetters || strings.ToUpper(head) != head || !isPlace(head) {
		return "", p, false
	}
	rest = strings.TrimLeftFunc(after, unicode.IsSpace)
	return head, rest, startsSentence(rest, false) && !wordsAtMost(rest, datelineMinWords-1)
}

package clean

import (
	"strings"
	"unicode"
)

// bareBylineReach is how many paragraphs from the top an author line without "By" may
// stand: under the headline and a standfirst, before the story starts.
const bareBylineReach = 4

// bareByline removes an author line printed without "By", as the BBC, DW or Irish papers
// print it: "Chris Mason" over "Political editor", "Kevin Doyle and Hugh O'Connell" over
// "Today at 13:30". A line of capitalised words alone could be a heading, so it counts
// only when the line under it gives the author's job or the time of publishing. It runs
// before the other line rules, which would take the time line away on its own.
func (c *Cleaner) bareByline(d *document) {
	for i, seen := 0, 0; i+1 < len(d.paras) && seen < bareBylineReach; i++ {
		if d.paras[i].removed {
			continue
		}
		seen++
		s := d.paras[i].text
		if endsSentence(s) && !wordsAtMost(s, 12) {
			return // the story has begun
		}
		next := d.paras[i+1].text
		if c.isNameLine(s) && (c.isJobLine(next) || c.isTimeLine(next)) {
			if d.res.Byline == "" {
				d.res.Byline = s
			}
			d.remove(i, RuleByline)
			d.remove(i+1, RuleByline)
			return
		}
	}
}

// isNameLine reports a line of one to three people's names: "Chris Mason", "Kevin Doyle
// and Hugh O'Connell", "Ann Lee, Bo Chan and Cy Dee". Each name has two to four words.
func (c *Cleaner) isNameLine(s string) bool {
	if !wordsAtMost(s, 12) || strings.ContainsAny(s, "0123456789:;!?\"“”‘’()") || !allNameWords(s) {
		return false
	}
	names := nameParts(s)
	if len(names) == 0 || len(names) > 3 {
		return false
	}
	for _, n := range names {
		if w := strings.Fields(n); len(w) < 2 || len(w) > 4 || c.p.headingWords[strings.ToLower(w[0])] {
			return false
		}
	}
	return true
}

// nameParts cuts a line of names at its commas, "and" and "&": "Ann Lee, Bo Chan and Cy
// Dee" -> "Ann Lee", " Bo Chan", "Cy Dee".
func nameParts(s string) []string {
	return strings.FieldsFunc(strings.NewReplacer(" and ", ",", " & ", ",").Replace(s), func(r rune) bool { return r == ',' })
}

// isJobLine reports a short line that says what an author does or where from: "Political
// editor", "Diplomatic correspondent, Kyiv", "Reporting from Washington" (jobWords).
func (c *Cleaner) isJobLine(s string) bool {
	if !wordsAtMost(s, 6) || endsSentence(s) {
		return false
	}
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "reporting from ") {
		return true
	}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if c.p.jobWords[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// isTimeLine reports a short line that says when the page was published: a timestamp, or
// a few words around a clock time ("Today at 13:30", "5 hours ago at 09.15").
func (c *Cleaner) isTimeLine(s string) bool {
	if c.isTimestamp(s) {
		return true
	}
	if !wordsAtMost(s, 6) || endsSentence(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if c.p.clock.MatchString(w) {
			return true
		}
	}
	return false
}

package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dateline is the opening of a story's first paragraph that says where (and sometimes
// when, and through which agency) it was filed: "KYIV, Ukraine (AP) —", "Feb. 1 (UPI) --",
// "Washington:", "Alwaght- ".
type Dateline struct {
	Place     string // "Kyiv, Ukraine"; all-capital words are given ordinary case
	Date      string // "Feb. 1", as printed
	Publisher string // "AP", "UPI", "Alwaght"
	Text      string // the dateline as printed, separator included
}

// datelineMinWords is how long the sentence after a dateline must be: a dateline opens a
// lede, while "Russia: The view from Moscow" is a headline.
const datelineMinWords = 6

// takeDateline cuts the dateline off the first paragraph of the story.
func (c *Cleaner) takeDateline(d *document) {
	live := d.live()
	if len(live) == 0 {
		return
	}
	p := &d.paras[live[0]]
	glued := false
	if stamp, rest, ok := c.cutGluedStamp(p.text); ok {
		d.note(RuleWidget, stamp) // "December 3, 2026 WASHINGTON — ...": the page's date stamp
		p.text, glued = rest, true
	}
	dl, rest, ok := c.SplitDateline(p.text)
	if place, after, placed := c.cutCapsComma(p.text); !ok && glued && placed {
		dl, rest, ok = Dateline{Place: properCase(place), Text: place + ","}, after, true
	}
	if !ok || c.transcriptTurns(d, turnLabelOf(p.text, dl.Text)) {
		return
	}
	d.note(RuleDateline, dl.Text)
	p.text = rest
	// A place already read from a line of its own stays when this dateline has none.
	setIfAny(&d.res.Dateline, dl.Place)
	setIfAny(&d.res.DatelineDate, dl.Date)
	setIfAny(&d.res.Publisher, dl.Publisher)
}

// setIfAny sets *dst to v unless v is empty.
func setIfAny(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

// SplitDateline reads a dateline at the very start of paragraph p and returns it with the
// rest of the paragraph. A dateline is a place (capitalised words, optionally ", State"),
// a date ("Feb. 1") or both, then an agency in parentheses or not, then a separator
// (":", "—", "–", "--", " -") and the capitalised start of a sentence; or the date's full
// stop and an agency between slashes, as TASS writes it ("MOSCOW, March 3. /TASS/."); or a
// one-word outlet glued to a hyphen ("Alwaght- "). Anything else, such as "Russia — which denies
// it — said", `Blinken: "We ..."` or an office before a name ("PRESIDENT KOVAC: We ..."),
// is not a dateline.
func (c *Cleaner) SplitDateline(p string) (Dateline, string, bool) {
	if m := c.p.outlet.FindStringSubmatchIndex(p); m != nil {
		rest := p[m[1]:]
		if startsSentence(rest, false) && !wordsAtMost(rest, datelineMinWords-1) {
			return Dateline{Publisher: p[m[2]:m[3]], Text: strings.TrimSpace(p[:m[1]])}, rest, true
		}
	}
	for _, cut := range []func(string) (string, string, string, bool){cutAgencyHead, cutSlashAgencyHead, cutSeparatorHead, c.cutCapsHead} {
		head, agency, rest, ok := cut(p)
		if !ok || !startsSentence(rest, agency != "") || wordsAtMost(rest, datelineMinWords-1) {
			continue
		}
		dl := Dateline{Publisher: agency, Text: strings.TrimSpace(p[:len(p)-len(rest)])}
		if head == "" || (readHead(head, agency != "", &dl) && !c.namesPerson(head, false)) {
			return dl, rest, true
		}
	}
	return Dateline{}, p, false
}

// datelineSeparators end a dateline, longest first.
func datelineSeparators() []string {
	return []string{" — ", " – ", " -- ", "—", "–", "--", ": ", " - ", " _ "}
}

// startsSentence reports whether s opens with a capital letter or a digit; after an agency
// ("(AP) — “We...”") an opening quotation mark is accepted too.
func startsSentence(s string, quoteOK bool) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if quoteOK && strings.ContainsRune(`"“‘`, r) {
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

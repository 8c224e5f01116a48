package clean

import (
	"strings"
	"unicode"
)

// transcriptTurns reports whether the story is a transcript of turns whose first label
// (label, its colon included) is the speaker's, no dateline ("SECRETARY RUBIO: I just got
// off the phone with ...", "Vladimir Putin: Mr President, ..."): a paragraph after the
// first opens with a label in capitals that holds a word of a turn (turnWords: "QUESTION:",
// "MR. PRICE:"), or with the same label again, a bracketed note after it or not
// ("Vladimir Putin (retranslated): ..."). "New Delhi:" opens no later paragraph, and
// "ALSO READ:" holds no word of a turn.
func (c *Cleaner) transcriptTurns(d *document, label string) bool {
	if label == "" {
		return false
	}
	head := strings.TrimSuffix(label, ":")
	live := d.live()
	for _, i := range live[min(1, len(live)):] {
		p := strings.TrimSpace(d.paras[i].text)
		if c.p.turnLabel.MatchString(p) && c.turnWordIn(p) {
			return true
		}
		if rest, ok := strings.CutPrefix(p, head); ok && c.p.turnTail.MatchString(rest) {
			return true
		}
	}
	return false
}

// turnLabelOf returns the label, colon included, of paragraph p that a dateline read as
// dl might be a transcript's first speaker label: the dateline itself when it ends in a
// colon ("Vladimir Putin:"), or the words in capitals before the first colon when they
// run past a dateline read without a separator ("PRIME MINISTER KEIR STARMER:", whose first
// three words look like a place in capitals). "" when there is none.
func turnLabelOf(p, dl string) string {
	if strings.HasSuffix(dl, ":") {
		return dl
	}
	label, _, ok := strings.Cut(p, ": ")
	if !ok || !strings.HasPrefix(label, dl) || strings.ContainsFunc(label, unicode.IsLower) {
		return ""
	}
	return label + ":"
}

// turnWordIn reports whether the label that opens paragraph p holds a word of a turn.
func (c *Cleaner) turnWordIn(p string) bool {
	label, _, _ := strings.Cut(p, ":")
	if i := strings.Index(label, " ("); i >= 0 {
		label = label[:i]
	}
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == ' ' || r == ',' }) {
		if c.p.turnWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// OpensTurn reports whether line opens with a transcript's speaker label in capitals that
// holds a word of a turn ("PRIME MINISTER JANE DOE: Good afternoon ...", "QUESTION: ..."):
// such a line is the first turn of a transcript, not its headline, though no dateline
// opens it.
func (c *Cleaner) OpensTurn(line string) bool {
	return c.p.turnLabel.MatchString(line) && c.turnWordIn(line)
}

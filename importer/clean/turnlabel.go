package clean

import (
	"regexp"
	"strings"
)

// turnLabelPattern matches the speaker label that opens a turn of a transcript: a name or
// an office in capitals, a bracketed note after it or not, then a colon ("SECRETARY
// BLINKEN:", "MR. PRICE:", "Q:", "QUESTION (Jane Doe, Example News):", "A MARTÍNEZ,
// HOST:").
func turnLabelPattern() *regexp.Regexp {
	return regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M} .,'’-]{0,40}(?: \([^()]{1,60}\))?: \S`)
}

// transcriptTurns reports whether a paragraph of the story after its first opens with a
// speaker label: the story is a transcript of turns, and the label of its first turn is
// the speaker's, no dateline ("SECRETARY RUBIO: I just got off the phone with ...").
func (c *Cleaner) transcriptTurns(d *document) bool {
	live := d.live()
	for _, i := range live[min(1, len(live)):] {
		if c.p.turnLabel.MatchString(strings.TrimSpace(d.paras[i].text)) {
			return true
		}
	}
	return false
}

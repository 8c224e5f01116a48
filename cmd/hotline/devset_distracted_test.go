package main_test

import (
	"strings"
	"testing"
	"time"
)

// TestDistractedTuneContacts adds to each sentence of dev/tune that alone tells a held
// gold contact (toldCases) one clause that does not change its truth but holds a word of
// another status or time (devset_distracts_test.go: "Amid fears the truce may collapse,
// X met Y", "..., days before a vote that could topple the government", "Y, who is
// expected to visit Beijing next month, ...", "X met Y on Monday and agreed to meet again
// next month", "X and Y agreed to more talks during Tuesday's call"), and checks that the
// story cut after it still reports the contact with the same participants, held, with the
// mode and date the story cut after the sentence as printed gives it (GUIDELINES: a
// status or a date is the contact's own). Fails under each family's floor.
// HOTLINE_NEGATED_DIR keeps the articles, as for TestNegatedTuneContacts.
func TestDistractedTuneContacts(t *testing.T) {
	var told []negCase
	for _, c := range toldCases(t) {
		if c.status == "held" {
			told = append(told, c)
		}
	}
	for _, fam := range distractFamilies() {
		t.Run(fam.name, func(t *testing.T) {
			var rewrites []measuredRewrite
			for _, rw := range fam.rewrites {
				rewrites = append(rewrites, onStoryDay(rw.name, func(c negCase, day time.Time) (string, []wantedContact, bool) {
					out, want, ok := distractSentence(rw.name, c.sentence, toldContact{day, c.told.mode, c.told.date})
					return out, want, ok && !dropsParty(c, out)
				}))
			}
			measureFamily(t, "distracted", fam.name, told, rewrites, fam.floor)
		})
	}
}

// dropsParty reports an edit that leaves out a party the sentence named ("X spoke with
// Y, with envoys A and B part of the call" made "X and Y agreed to more talks during
// Tuesday's call"): the gold contact of all four is then no longer told, and the
// sentence cannot take the edit.
func dropsParty(c negCase, edited string) bool {
	was, now := strings.ToLower(c.sentence), strings.ToLower(edited)
	for _, g := range c.parties {
		if g.sur != "" && strings.Contains(was, g.sur) && !strings.Contains(now, g.sur) {
			return true
		}
	}
	return false
}

func TestDropsParty(t *testing.T) {
	c := negCase{sentence: "Ortberg spoke with Duroc on Tuesday, with envoys Lind and Berg part of the call.",
		parties: []goldParty{{name: "Lena Ortberg", sur: "ortberg"}, {name: "Alain Duroc", sur: "duroc"}, {name: "Tomas Lind", sur: "lind"}}}
	for _, tc := range []struct {
		name, edited string
		want         bool
	}{
		{"all parties kept", "Amid fears the truce may collapse, Ortberg spoke with Duroc on Tuesday, with envoys Lind and Berg part of the call.", false},
		{"an envoy dropped", "Ortberg and Duroc agreed to more talks during Tuesday's call, the ministry said.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dropsParty(c, tc.edited); got != tc.want {
				t.Errorf("dropsParty(%q) = %v, want %v", tc.edited, got, tc.want)
			}
		})
	}
}

package main_test

import (
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
					return distractSentence(rw.name, c.sentence, toldContact{day, c.told.mode, c.told.date})
				}))
			}
			measureFamily(t, "distracted", fam.name, told, rewrites, fam.floor)
		})
	}
}

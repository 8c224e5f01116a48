package main_test

import (
	"fmt"
	"path/filepath"
	"testing"
)

// devFloors are the floors on the real-news development set (../shared/eval/dev): a little
// under the figures the importer reaches, so that a regression fails while the noise of a
// single article does not. Raise them as extraction improves; never lower them to make a
// change pass. tune is studied, check only measured (its misses are never read).
var devFloors = map[string]map[string]float64{
	"tune": {
		"actors": 0.98, "contacts": 0.965, "quotes": 0.99,
		"speaker": 0.98, "mode": 0.965, "status": 0.97, "date": 0.98, "country": 0.96,
	},
	// check has few contacts (41 matched, 17 dated): one miss moves mode .03 and date .06.
	// Its date floor went down once (.60 -> .52, 2026-12-06) and only for this reason: two
	// more contacts matched (recall .67 -> .71, now .75) with no date of theirs found, so the
	// accuracy over matched contacts fell while the right dates stayed 9. Since then story
	// dates that reach past the lead brought it to 12 of 17 (.71), and the floor to .64;
	// later story-date work brought it to 13 of 17 (.76), and the floor to .70. Contacts
	// .82 -> .84 (2026-12-07, contacts14: "in the presence of Z", "the two" before hosts):
	// floor .80 -> .82. Country .89 -> .90 (2026-12-07, renamed15: a release's publisher
	// and a national outlet's home for bare offices): floor .87 -> .88.
	"check": {
		"actors": 0.935, "contacts": 0.82, "quotes": 0.965,
		"speaker": 0.90, "mode": 0.89, "status": 0.96, "date": 0.70, "country": 0.88,
	},
}

// devEvents is the least number of gold events (reports of one contact by several
// articles) each part must merge into one contact row. tune's second event is a contact
// told only in a photo caption, which the guidelines keep out.
var devEvents = map[string]int{"tune": 1}

// TestDevSetScore imports each part of the real-news development set into its own database
// and scores it with score.py, failing under devFloors (issue 7: extraction that holds on
// real news).
func TestDevSetScore(t *testing.T) {
	for _, part := range []string{"tune", "check"} {
		t.Run(part, func(t *testing.T) {
			floors := devFloors[part]
			dev, err := filepath.Abs(filepath.Join(scoreDir, "dev"))
			if err != nil {
				t.Fatal(err)
			}
			rep := scoreImport(t, filepath.Join(dev, part+".gold.json"), filepath.Join(dev, part))
			for name, p := range map[string]prf{"actors": rep.Actors, "contacts": rep.Contacts, "quotes": rep.Quotes} {
				t.Logf("%s %-8s precision %.2f recall %.2f F1 %.2f", part, name, p.Precision, p.Recall, p.F1)
				if p.F1 < floors[name] {
					t.Errorf("%s F1 %.3f, want at least %.2f", name, p.F1, floors[name])
				}
			}
			var merged, events int
			if _, err := fmt.Sscanf(rep.EventsMerged, "%d/%d", &merged, &events); err != nil {
				t.Errorf("events merged %q: %v", rep.EventsMerged, err)
			}
			t.Logf("%s events merged %d of %d", part, merged, events)
			if merged < devEvents[part] {
				t.Errorf("events merged %d of %d, want at least %d", merged, events, devEvents[part])
			}
			for _, name := range []string{"speaker", "mode", "status", "date", "country"} {
				got := rep.Accuracy[name]
				t.Logf("%s %-8s accuracy %v", part, name, deref(got))
				if got == nil || *got < floors[name] {
					t.Errorf("%s accuracy %v, want at least %.2f", name, deref(got), floors[name])
				}
			}
		})
	}
}

package clean_test

import (
	"testing"

	"hotline/importer/clean"
)

// TestLead covers what stands above a wire dateline: it goes when the dateline has a wire
// shape and what is above is short, and stays otherwise.
func TestLead(t *testing.T) {
	lede := "LIMA, Peru (AP) — The two foreign ministers met for two hours on Friday."
	body := story + "\n\nTalks resumed on Tuesday.\n\nThey ended on Wednesday.\n\nNo deal was reached.\n\nBoth sides blamed each other."
	caption := "The foreign ministers of the two neighbours shake hands before their talks at the presidential palace in Lima on Friday"
	runCases(t, []cleanCase{
		{"caption and stamp above an agency dateline", caption + "\n\nMay 29 at 7:10 AM\n\n" + lede,
			"The two foreign ministers met for two hours on Friday.", []string{"widget", "lead", "dateline"}},
		{"caption above a capitals dateline", caption + "\n\nLIMA — The two foreign ministers met for two hours on Friday.",
			"The two foreign ministers met for two hours on Friday.", []string{"lead", "dateline"}},
		{"colon dateline is not a wire dateline", story + "\n\nLima: The two foreign ministers met for two hours on Friday.",
			story + "\n\nLima: The two foreign ministers met for two hours on Friday.", nil},
		{"a long story above stays", body + "\n\n" + lede, body + "\n\n" + lede, nil},
	})
}

func TestDatelineShapes(t *testing.T) {
	c := clean.New()
	for _, tc := range []struct{ name, in, text, place string }{
		{"underscore", "NEW DELHI, India (AP) _ The two prime ministers will meet later this month.", "The two prime ministers will meet later this month.", "New Delhi, India"},
		{"underscore without agency", "WASHINGTON _ The two prime ministers will meet later this month.", "The two prime ministers will meet later this month.", "Washington"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Clean(tc.in)
			if r.Text != tc.text || r.Dateline != tc.place {
				t.Errorf("got %q place %q, want %q place %q", r.Text, r.Dateline, tc.text, tc.place)
			}
		})
	}
}

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
		{"undated: a dateline of no place", "UNDATED (AP) _ The two prime ministers will meet later this month.", "The two prime ministers will meet later this month.", ""},
		{"undated without agency", "UNDATED -- The two prime ministers will meet later this month.", "The two prime ministers will meet later this month.", ""},
		{"underscore without agency", "WASHINGTON _ The two prime ministers will meet later this month.", "The two prime ministers will meet later this month.", "Washington"},
		{"capitals without separator", "LIMA The two prime ministers will meet later this month.", "The two prime ministers will meet later this month.", "Lima"},
		{"two places without separator", "LIMA/QUITO Officials of the two governments will meet later this month.", "Officials of the two governments will meet later this month.", "Lima/Quito"},
		{"capitals place before an abbreviation", "WASHINGTON U.S. officials said the two prime ministers will meet.", "U.S. officials said the two prime ministers will meet.", "Washington"},
		{"acronym after a place stays", "BRUSSELS EU leaders will meet their counterparts later this month.", "EU leaders will meet their counterparts later this month.", "Brussels"},
		{"acronym is no place", "NATO Secretary-General Ann Lee will meet the ministers later this month.", "NATO Secretary-General Ann Lee will meet the ministers later this month.", ""},
		{"short acronym is no place", "UN envoy Ann Lee will meet the ministers later this month in Lima.", "UN envoy Ann Lee will meet the ministers later this month in Lima.", ""},
		{"headline in capitals is no dateline", "TALKS COLLAPSE AS ENVOYS LEAVE LIMA EARLY ON FRIDAY NIGHT", "TALKS COLLAPSE AS ENVOYS LEAVE LIMA EARLY ON FRIDAY NIGHT", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Clean(tc.in)
			if r.Text != tc.text || r.Dateline != tc.place {
				t.Errorf("got %q place %q, want %q place %q", r.Text, r.Dateline, tc.text, tc.place)
			}
		})
	}
}

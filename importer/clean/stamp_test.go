package clean_test

import (
	"testing"

	"hotline/importer/clean"
)

// TestStamps covers timestamp lines in the shapes sites print them, bylines that carry
// one, and sentences with dates that stay.
func TestStamps(t *testing.T) {
	runCases(t, []cleanCase{
		{"relative time", "6 hrs ago\n\n" + story, story, []string{"widget"}},
		{"updated alone", "Updated\n\n" + story, story, []string{"widget"}},
		{"last update", "LAST UPDATE: 20.30\n\n" + story, story, []string{"widget"}},
		{"segments with a label", story + "\n\nEurope · February 10, 2026 · 3:07 PM UTC · 1 min ago", story, []string{"widget"}},
		{"place and date", story + "\n\nLima April 04, 2020", story, []string{"widget"}},
		{"release number and date", "PR180 12 December 2001\n\n" + story, story, []string{"widget"}},
		{"date and clock", "20 September 2021, 21:16\n\n" + story, story, []string{"widget"}},
		{"clock of a live entry", "11:50 a.m.\n\n" + story + "\n\n11 a.m.\n\n" + story + " Again.", story + "\n\n" + story + " Again.", []string{"widget", "widget"}},
		{"clock in a sentence is kept", "At 11:50 a.m. the talks began.", "At 11:50 a.m. the talks began.", nil},
		{"line with a year is kept", story + "\n\nElections in 2024 and beyond", story + "\n\nElections in 2024 and beyond", nil},
		{"sentence with a date is kept", "Talks resumed on March 4, 2022 in Lima.", "Talks resumed on March 4, 2022 in Lima.", nil},
		{"ago in a sentence is kept", "Two days ago the talks resumed.", "Two days ago the talks resumed.", nil},
		{"date, clock and edition", "Tuesday 10 June 2025 08:39, UK\n\n" + story, story, []string{"widget"}},
		{"date, clock and region", "Friday 3 October 2025 17:05, Ireland\n\n" + story, story, []string{"widget"}},
		{"slashed fields", "June 10, 2025 / 8:39 AM / Updated 2 hours ago\n\n" + story, story, []string{"widget"}},
		{"slashed fields with a zone", "March 4, 2026 / 11:02 PM GMT / Updated an hour ago\n\n" + story, story, []string{"widget"}},
		{"headline with a date and a clock is kept", "Talks set for 10 June 2025 at 08:39 in Geneva", "Talks set for 10 June 2025 at 08:39 in Geneva", nil},
		{"slashed sentence is kept", "Talks resumed on June 10, 2025 / officials said", "Talks resumed on June 10, 2025 / officials said", nil},
	})
	c := clean.New()
	for _, tc := range []struct{ name, in, byline, publisher string }{
		{"byline then stamp", "By Ann Lee | Example May 29 at 7:10 AM\n\n" + story, "Ann Lee", "Example"},
		{"name then published", "Ann Lee Published November 05, 2024 | 02:40 PM\n\n" + story, "Ann Lee", ""},
		{"stamp then outlet", "18 October 2022 - 10:12 By Example\n\n" + story, "", "Example"},
		{"byline with colon", "By: Ann Lee\n\n" + story, "Ann Lee", ""},
		{"written by on a date", "Written by Ann Lee on 10 June 2025\n\n" + story, "Ann Lee", ""},
		{"by on a date with a clock", "By Ann Lee on March 4, 2026, 9:12 AM\n\n" + story, "Ann Lee", ""},
		{"agencies", "By: Agencies\n\n" + story, "", "Agencies"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Clean(tc.in)
			if r.Text != story || r.Byline != tc.byline || r.Publisher != tc.publisher {
				t.Errorf("got %q byline %q publisher %q, want byline %q publisher %q", r.Text, r.Byline, r.Publisher, tc.byline, tc.publisher)
			}
		})
	}
}

// TestPageWidgets covers comment boxes, player notices, link lines, promotions and
// contact lines, and sentences of a similar look that stay.
func TestPageWidgets(t *testing.T) {
	runCases(t, []cleanCase{
		{"comment box", story + "\n\nLeave A Reply\n\nYour email address will not be published.", story, []string{"widget", "widget"}},
		{"audio player", story + "\n\nYour browser does not support the audio element.", story, []string{"widget"}},
		{"domain line", story + "\n\nOriginally published on\n\ndoc.example.com", story, []string{"widget"}},
		{"separator line", story + "\n\n___\n\n" + story + " Again.", story + "\n\n" + story + " Again.", []string{"widget"}},
		{"coordinates", story + "\n\n32.085300 34.781768", story, []string{"widget"}},
		{"click here at the end", story + "\n\nWatch the evening show weeknights at 9 p.m. For the latest from the show click here.", story, []string{"promo"}},
		{"sign up here", story + "\n\nThe Example Briefing newsletter is your guide to the week's news. Sign up here.", story, []string{"promo"}},
		{"click here list", story + "\n\nClick here for the French version French.pdf Click here for the Spanish version Spanish.pdf", story, []string{"promo"}},
		{"alerts", story + "\n\nnotification-importantGet instant alerts and updates based on your interests.", story, []string{"promo"}},
		{"reach on twitter", story + "\n\nReach Ann Lee on Twitter at @annlee", story, []string{"bio"}},
		{"here in a sentence is kept", "The minister said he would sign the accord here.", "The minister said he would sign the accord here.", nil},
	})
}

// TestContactInfo covers the press contacts under official releases, and numbers in
// sentences that stay.
func TestContactInfo(t *testing.T) {
	runCases(t, []cleanCase{
		{"names and numbers", story + "\n\nMedia inquiries: Ann Lee (Ministerial) 02 6277 7500 / 0407 710 374 Bo Chan (Departmental) 02 6261 1555", story, []string{"contact-info"}},
		{"heading and offices", story + "\n\nMedia enquiries\n\n• Minister's office: (02) 6277 7500 • Media Liaison: (02) 6261 1555", story, []string{"contact-info", "contact-info"}},
		{"office and number", story + "\n\nForeign Minister’s Office +61 2 6277 7589", story, []string{"contact-info"}},
		{"figures in a sentence are kept", "The fund grew from 2 400 000 to 3 100 000 dollars in 2020.", "The fund grew from 2 400 000 to 3 100 000 dollars in 2020.", nil},
		{"press office in a sentence is kept", "Press office staff said the talks had ended.", "Press office staff said the talks had ended.", nil},
	})
}

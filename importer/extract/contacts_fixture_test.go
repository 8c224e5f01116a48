package extract_test

import "testing"

// TestSportsFixture checks that players who "meet" in a final, semifinal or match meet as
// opponents, which is no meeting, while a meeting "in the final days of the campaign" or
// "in Belgrade after the match" stays one.
func TestSportsFixture(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"met in the final", "Spain's Rafael Nadal met Switzerland's Roger Federer in the final of the French Open.", "", nil},
		{"met in a quarterfinal at a place", "Spain's Rafael Nadal met Switzerland's Roger Federer in a quarterfinal at Wimbledon.", "", nil},
		{"will meet in a weekday's semifinal", "Spain's Rafael Nadal will meet Switzerland's Roger Federer in Sunday's semifinal.", "", nil},
		{"the final days", "President Joe Biden met President Emmanuel Macron in the final days of the campaign.", "",
			[]contactWant{{names: []string{"Joe Biden", "Emmanuel Macron"}, mode: "meeting", status: "held"}}},
		{"a place before the match", "Novak Djokovic met Serbian Prime Minister Ana Brnabic in Belgrade after the match.", "",
			[]contactWant{{names: []string{"Novak Djokovic", "Ana Brnabic"}, mode: "meeting", status: "held"}}},
	})
}

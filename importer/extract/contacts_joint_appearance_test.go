package extract_test

import "testing"

// TestJointAppearance covers a news conference or briefing held with a named person of
// another country, and "speaking alongside Y": a joint appearance is a meeting; the same
// with a colleague of one's own government is none.
func TestJointAppearance(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"news conference with", "Chilean President Gabriel Boric said at a news conference with Argentine President Javier Milei that the border deal was fair.", "",
			[]contactWant{{names: []string{"Gabriel Boric", "Javier Milei"}, mode: "meeting", status: "held"}}},
		{"press briefing with", "Chilean President Gabriel Boric spoke at a press briefing with Argentine President Javier Milei in Santiago.", "",
			[]contactWant{{names: []string{"Gabriel Boric", "Javier Milei"}, mode: "meeting", status: "held"}}},
		{"joint briefing with", "Chilean President Gabriel Boric said at a joint briefing with Argentine President Javier Milei that the border deal was fair.", "",
			[]contactWant{{names: []string{"Gabriel Boric", "Javier Milei"}, mode: "meeting", status: "held"}}},
		{"addressed a press conference", "Chilean President Gabriel Boric and Argentine President Javier Milei addressed a press conference in Santiago.", "",
			[]contactWant{{names: []string{"Gabriel Boric", "Javier Milei"}, mode: "meeting", status: "held"}}},
		{"speaking alongside", "Chilean President Gabriel Boric, speaking alongside Argentine President Javier Milei, said the border deal was fair.", "",
			[]contactWant{{names: []string{"Gabriel Boric", "Javier Milei"}, mode: "meeting", status: "held"}}},
		{"appearing alongside", "The border deal was fair, Chilean President Gabriel Boric said, appearing alongside Argentine President Javier Milei in Santiago.", "",
			[]contactWant{{names: []string{"Gabriel Boric", "Javier Milei"}, mode: "meeting", status: "held"}}},
		{"news conference alone", "Chilean President Gabriel Boric told a news conference in Santiago that Argentine President Javier Milei was wrong.", "", nil},
		{"press conference of one government", "Chilean Foreign Minister Alberto van Klaveren and Chilean Interior Minister Carolina Toha held a press conference in Santiago.", "", nil},
		{"alongside a colleague", "Chilean President Gabriel Boric, speaking alongside Chilean Foreign Minister Alberto van Klaveren, said the deal was fair.", "", nil},
		{"fought alongside", "Chilean volunteers fought alongside Argentine troops led by General Martin Balza.", "", nil},
	}
	runContactCases(t, x, cases)
}

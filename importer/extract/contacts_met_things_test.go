package extract_test

import "testing"

// TestMeetThings covers "meet" with an object that is no person: obligations, demands and
// deadlines are met without anyone meeting anyone, while a preposition after "met" keeps
// the meeting.
func TestMeetThings(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"meet its responsibilities", "Senator Bill Barrett and Senator Bob Nix backed laws that helped the United States meet its responsibilities around the globe.", "", nil},
		{"met the demands", "Prime Minister Keir Starmer said Foreign Secretary David Lammy had met the demands of the unions.", "", nil},
		{"failed to meet the deadline", "Iran failed to meet the deadline set by President Donald Trump and Prime Minister Benjamin Netanyahu, officials said.", "", nil},
		{"met at the end of the summit", "U.S. President Joe Biden met German Chancellor Olaf Scholz at the end of the summit.", "",
			[]contactWant{{names: []string{"Joe Biden", "Olaf Scholz"}, mode: "meeting", status: "held"}}},
		{"met the needs, then met a person", "Ukrainian President Volodymyr Zelensky said aid met the needs of the army, and met Polish President Andrzej Duda in Kyiv.", "",
			[]contactWant{{names: []string{"Volodymyr Zelensky", "Andrzej Duda"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

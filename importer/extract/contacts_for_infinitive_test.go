package extract_test

import "testing"

// TestForInfinitiveSubject checks that the name between "for" and an infinitive contact
// verb is its subject: "it would be good for X to meet Y" is a proposed contact of X and Y,
// not of the speaker who says so.
func TestForInfinitiveSubject(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"speaker said it would be good for X to meet Y", "Foreign Minister Tomas Varga said it would be good for Prime Minister Jan Novak to meet President Ana Kovac.", "",
			[]contactWant{{names: []string{"Jan Novak", "Ana Kovac"}, mode: "meeting", status: "proposed"}}},
		{"quoted wish with the speaker after", "\"It would be good for Prime Minister Jan Novak to meet President Ana Kovac soon,\" Foreign Minister Tomas Varga said.", "",
			[]contactWant{{names: []string{"Jan Novak", "Ana Kovac"}, mode: "meeting", status: "proposed"}}},
		{"useful for X to speak with Y", "Foreign Minister Tomas Varga said it would be useful for Prime Minister Jan Novak to speak with President Ana Kovac by phone.", "",
			[]contactWant{{names: []string{"Jan Novak", "Ana Kovac"}, mode: "phone", status: "proposed"}}},
		{"helpful for X to hold talks with Y", "Foreign Minister Tomas Varga said it would be helpful for Prime Minister Jan Novak to hold talks with President Ana Kovac.", "",
			[]contactWant{{names: []string{"Jan Novak", "Ana Kovac"}, mode: "meeting", status: "proposed"}}},
		{"the speaker meets Y himself", "Foreign Minister Tomas Varga said it would be good to meet President Ana Kovac.", "",
			[]contactWant{{names: []string{"Tomas Varga", "Ana Kovac"}, mode: "meeting", status: "proposed"}}},
	})
}

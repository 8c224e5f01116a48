package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestDuringTheCall checks readouts that tell a call and then what was said "During the
// call": the call told again is the call told before, by video when it was a video call,
// by phone when it was told as a phone call or without a medium, and one contact.
func TestDuringTheCall(t *testing.T) {
	x := newExtractor(t)
	const p, q = "Indian Prime Minister Arjun Mehta", "Japanese Prime Minister Kenji Sato"
	const during = "\n\nDuring the call, the two leaders discussed trade."
	cases := []struct {
		name, text string
		modes      []string
	}{
		{"after a video call", p + " held a video call with " + q + " on Wednesday." + during, []string{"video"}},
		{"after a virtual meeting", p + " and " + q + " held a virtual meeting on Wednesday." + during, []string{"video"}},
		{"after a phone call", p + " held a phone call with " + q + " on Wednesday." + during, []string{"phone"}},
		{"after spoke with", p + " spoke with " + q + " on Wednesday." + during, []string{"phone"}},
		{"during the call after the verb", p + " held a video call with " + q + " on Wednesday.\n\nThe two leaders discussed trade during the call.", []string{"video"}},
		{"the call told first", "During the call on Wednesday, " + p + " told " + q + " that India valued the partnership.", []string{"phone"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Published: "2024-05-16"})
			assertModes(t, res, c.modes)
		})
	}
}

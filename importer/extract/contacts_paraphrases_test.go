package extract_test

import "testing"

// TestContactParaphrases tells the same contacts in the other words outlets use for them
// (cmd/hotline's TestParaphrasedTuneScore does so for all of dev/tune): each pair of cases
// is one story, and both wordings must read the same.
func TestContactParaphrases(t *testing.T) {
	x := newExtractor(t)
	call := contactWant{names: []string{"Zoran Milanovic", "Peter Pellegrini"}, mode: "phone", status: "held", date: "2016-06-27"}
	inPerson := contactWant{names: []string{"Zoran Milanovic", "Peter Pellegrini"}, mode: "meeting", status: "scheduled"}
	const (
		callThen = "A phone conversation between President Zoran Milanovic and Slovak President Peter Pellegrini on Monday was very positive, officials said.\n\nThe two also agreed during their call to "
	)
	runContactCases(t, x, []contactCase{
		// "in person" after a contact noun makes it a meeting, as after a verb
		{"agreed to meet in person", callThen + "meet in person, his office said.", "2016-06-29", []contactWant{call, inPerson}},
		{"agreed to hold talks in person", callThen + "hold talks in person, his office said.", "2016-06-29", []contactWant{call, inPerson}},
		{"agreed to hold talks face to face", callThen + "hold talks face to face, his office said.", "2016-06-29", []contactWant{call, inPerson}},
	})
}

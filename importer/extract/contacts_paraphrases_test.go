package extract_test

import "testing"

// TestContactParaphrases tells the same contacts in the other words outlets use for them
// (cmd/hotline's TestParaphrasedTuneScore does so for all of dev/tune): each pair of cases
// is one story, and both wordings must read the same.
func TestContactParaphrases(t *testing.T) {
	x := newExtractor(t)
	call := contactWant{names: []string{"Zoran Milanovic", "Peter Pellegrini"}, mode: "phone", status: "held", date: "2016-06-27"}
	inPerson := contactWant{names: []string{"Zoran Milanovic", "Peter Pellegrini"}, mode: "meeting", status: "scheduled"}
	holm := contactWant{names: []string{"Wei Dong", "Lars Holm"}, mode: "meeting", status: "held", dateText: "Aug 20"}
	visit := contactWant{names: []string{"Wei Dong", "Anna Berg"}, mode: "meeting", status: "held", dateText: "Aug 20"}
	earlier := contactWant{names: []string{"Wei Dong", "Anna Berg"}, mode: "meeting", status: "held", date: "2019-05"}
	geneva := []contactWant{{names: []string{"Anna Berg", "Lars Holm"}, mode: "meeting", status: "held"}}
	oslo := []contactWant{
		{names: []string{"Joe Biden", "Anna Berg"}, mode: "meeting", status: "held"},
		{names: []string{"Joe Biden", "Lars Holm"}, mode: "meeting", status: "held"},
	}
	const (
		osloHead  = "Biden arrived in Norway on Monday, meeting first with "
		osloTail  = " at her official residence in Oslo and then with Lars Holm, the prime minister."
		genevaEnd = " last week, Swedish Foreign Minister Lars Holm warned that Sweden would not accept the plan. Former Norwegian Foreign Minister Jonas Dahl weighed into the debate on Friday."
		visitThen = "OSLO - Chinese envoy Wei Dong held talks with Prime Minister Lars Holm on Thursday (Aug 20), during his two-day visit to Norway.\n\nDuring his visit, he called on Mr Holm at his office and Foreign Minister Anna Berg in her office.\n\nIn a separate post, Ms Berg wrote that her meeting with Mr Wei was her first in-person meeting since the pandemic began. The two "
		callThen  = "A phone conversation between President Zoran Milanovic and Slovak President Peter Pellegrini on Monday was very positive, officials said.\n\nThe two also agreed during their call to "
	)
	runContactCases(t, x, []contactCase{
		// "in person" after a contact noun makes it a meeting, as after a verb
		{"agreed to meet in person", callThen + "meet in person, his office said.", "2016-06-29", []contactWant{call, inPerson}},
		{"agreed to hold talks in person", callThen + "hold talks in person, his office said.", "2016-06-29", []contactWant{call, inPerson}},
		{"agreed to hold talks face to face", callThen + "hold talks face to face, his office said.", "2016-06-29", []contactWant{call, inPerson}},
		// "last" before the light verb of a contact noun tells an earlier sitting, as before a
		// verb; "again" after the noun does not (the talks just told as planned)
		{"the two last met", visitThen + "last met in China in May 2019.", "", []contactWant{holm, visit, earlier}},
		{"the two last held talks", visitThen + "last held talks in China in May 2019.", "", []contactWant{holm, visit, earlier}},
		// an office set off after a name is that person's, not a reference to its other holder
		{"office before the name", "At a meeting in Geneva with Norwegian Foreign Minister Anna Berg" + genevaEnd, "", geneva},
		{"office in apposition", "At a meeting in Geneva with Anna Berg, the Norwegian foreign minister," + genevaEnd, "", geneva},
		{"office in apposition without a country", "At a meeting in Geneva with Anna Berg, the foreign minister," + genevaEnd, "", geneva},
		// "and then with Y" after an object's apposition is a contact of its own
		{"then with after a titled name", osloHead + "Norwegian President Anna Berg" + osloTail, "", oslo},
		{"then with after an apposition", osloHead + "Anna Berg, the Norwegian president," + osloTail, "", oslo},
	})
}

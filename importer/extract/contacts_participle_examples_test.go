package extract_test

import "testing"

// TestParticipleMeetingExamples covers ", meeting <plural noun> like/such as/including X"
// after a trip: "meeting" is the participle of the trip's subject, who met the examples,
// not a noun compound ("meeting leaders") that the parse may make of it.
func TestParticipleMeetingExamples(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	runContactCases(t, x, []contactCase{
		{"leaders like one", "Antony Blinken flew to Berlin, meeting leaders like Olaf Scholz.", "",
			[]contactWant{meeting("Antony Blinken", "Olaf Scholz")}},
		{"officials such as two", "Foreign Minister Ana Kovac toured the region, meeting officials such as Olaf Scholz and Emmanuel Macron.", "",
			[]contactWant{meeting("Ana Kovac", "Olaf Scholz", "Emmanuel Macron")}},
		{"scholars like two", "In 2019, Foreign Minister Ana Kovac toured Asia, meeting economists like Paul Danton and Rudi Vaskar before a forum in Seoul.", "",
			[]contactWant{meeting("Ana Kovac", "Paul Danton"), meeting("Ana Kovac", "Rudi Vaskar")}},
		{"officials including one", "Antony Blinken toured the region, meeting officials including Olaf Scholz.", "",
			[]contactWant{meeting("Antony Blinken", "Olaf Scholz")}},
	})
}

package extract_test

import "testing"

// TestObjectPronounAfterWith covers "him"/"her" as the other party after "with"/"to" of a
// contact word, after "called" and "told ... that": the person the sentences before speak
// of; in reported speech ("X said Y had spoken to him") the one reporting.
func TestObjectPronounAfterWith(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"met with him", "Greek Prime Minister Kyriakos Mitsotakis said on Monday that the talks would go on.\n\nCypriot President Nikos Christodoulides met with him on Tuesday.", "",
			[]contactWant{{names: []string{"Kyriakos Mitsotakis", "Nikos Christodoulides"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"held talks with him", "Greek Prime Minister Kyriakos Mitsotakis arrived in Nicosia on Monday.\n\nCypriot President Nikos Christodoulides held talks with him at the presidential palace.", "",
			[]contactWant{{names: []string{"Kyriakos Mitsotakis", "Nikos Christodoulides"}, mode: "meeting", status: "held"}}},
		{"spoke to him", "Greek Prime Minister Kyriakos Mitsotakis said on Monday that the dispute must end.\n\nCypriot President Nikos Christodoulides spoke to him on Tuesday.", "",
			[]contactWant{{names: []string{"Kyriakos Mitsotakis", "Nikos Christodoulides"}, mode: "unspecified", status: "held", dateText: "Tuesday"}}},
		{"called him", "Greek Prime Minister Kyriakos Mitsotakis said on Monday that the talks would go on.\n\nCypriot President Nikos Christodoulides called him on Tuesday.", "",
			[]contactWant{{names: []string{"Kyriakos Mitsotakis", "Nikos Christodoulides"}, mode: "phone", status: "held", dateText: "Tuesday"}}},
		{"told him that", "Greek Prime Minister Kyriakos Mitsotakis arrived in Nicosia on Monday.\n\nCypriot President Nikos Christodoulides told him that the talks would go on.", "",
			[]contactWant{{names: []string{"Kyriakos Mitsotakis", "Nikos Christodoulides"}, mode: "unspecified", status: "held"}}},
		{"reported: spoken to him", "Turkish Cypriot leader Tufan Erhurman said on Monday.\n\nCypriot President Nikos Christodoulides said Greek Prime Minister Kyriakos Mitsotakis had spoken to him on Sunday.", "",
			[]contactWant{{names: []string{"Kyriakos Mitsotakis", "Nikos Christodoulides"}, mode: "unspecified", status: "held", dateText: "Sunday"}}},
		{"hosted him to a meal", "Chinese Foreign Minister Wang Yi arrived in Singapore on Monday.\n\nForeign Minister Vivian Balakrishnan hosted him to breakfast.", "",
			[]contactWant{{names: []string{"Wang Yi", "Vivian Balakrishnan"}, mode: "meeting", status: "held"}}},
		{"welcomed her to the capital", "Finnish President Tarja Halonen arrived in Oslo on Monday.\n\nKing Harald welcomed her to the capital on Tuesday.", "",
			[]contactWant{{names: []string{"Tarja Halonen", "King Harald"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"him after a clause of its own person", "Wang Yi was hosted to lunch by Senior Minister Teo Chee Hean, while Foreign Minister Vivian Balakrishnan hosted him to dinner.", "",
			[]contactWant{{names: []string{"Wang Yi", "Teo Chee Hean"}, mode: "meeting", status: "held"}, {names: []string{"Wang Yi", "Vivian Balakrishnan"}, mode: "meeting", status: "held"}}},
		{"called him a name", "Greek Prime Minister Kyriakos Mitsotakis arrived in Nicosia on Monday.\n\nCypriot President Nikos Christodoulides called him a friend.", "", nil},
	}
	runContactCases(t, x, cases)
}

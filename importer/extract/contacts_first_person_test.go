package extract_test

import "testing"

// TestQuotedSelfInAList covers "I" listed with others before a contact word inside a
// quotation: the speaker is a party of that contact with them, where without the "I" the
// others alone would make a contact the speaker is left out of.
func TestQuotedSelfInAList(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"A, B and I will discuss", `Kenyan President William Ruto arrived in Kampala on Sunday. "President Yoweri Museveni, President Samia Suluhu Hassan and I will discuss the pipeline," he said.`, "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, mode: "unspecified", status: "scheduled"}}},
		{"A and I met", `"President Emmanuel Macron and I met for two hours," German Chancellor Olaf Scholz said on Friday.`, "",
			[]contactWant{{names: []string{"Olaf Scholz", "Emmanuel Macron"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

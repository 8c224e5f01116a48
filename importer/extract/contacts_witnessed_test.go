package extract_test

import "testing"

// TestWitnessedSigning: "A and B witnessed the signing of agreements", "presided over the
// exchange of MoUs" is a meeting of two leaders of different countries at the ceremony;
// leaders of one country, a ceremony of one and what is no ceremony are none.
func TestWitnessedSigning(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	type w = contactWant
	runContactCases(t, x, []contactCase{
		{"presided over the signing", "Kenyan President William Ruto and Ugandan President Yoweri Museveni presided over the signing of five agreements in Entebbe on Monday.", pub,
			[]w{{[]string{"William Ruto", "Yoweri Museveni"}, "meeting", "held", "2024-03-04", ""}}},
		{"witnessed the exchange of MoUs", "Prime Minister Narendra Modi and Prime Minister Sheikh Hasina witnessed the exchange of MoUs in New Delhi on Saturday.", pub,
			[]w{{[]string{"Narendra Modi", "Sheikh Hasina"}, "meeting", "held", "2024-03-02", ""}}},
		{"leaders of one country", "Kenyan President William Ruto and Deputy President Rigathi Gachagua witnessed the signing of the budget at State House on Monday.", pub, nil},
		{"one leader alone", "President William Ruto presided over the signing of the budget at State House on Monday.", pub, nil},
		{"witnessed an attack", "Kenyan President William Ruto and Ugandan President Yoweri Museveni witnessed the attack on the convoy, officials said.", pub, nil},
		{"will witness: scheduled", "Kenyan President William Ruto and Ugandan President Yoweri Museveni will witness the signing of the pipeline deal on Friday.", pub,
			[]w{{[]string{"William Ruto", "Yoweri Museveni"}, "meeting", "scheduled", "2024-03-08", ""}}},
	})
}

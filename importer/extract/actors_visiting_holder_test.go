package extract_test

import "testing"

// TestVisitingHolder runs made-up stories of a visit where "the visiting minister" speaks:
// the guest, whom the host received or who arrived, not the host named last; also when
// the guest's office is told only as "his Kenyan counterpart". Without "visiting", "the
// minister" stays the holder named last.
func TestVisitingHolder(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"arrived and was received",
			"Kenyan Foreign Minister Anders Kolvit arrived in Addis Ababa on Monday, where he was received by Ethiopian Foreign Minister Tomas Berg.\n\n\"Kenya and Ethiopia are brothers,\" the visiting minister said.",
			[]quoteWant{{"Kenya and Ethiopia are brothers,", "Anders Kolvit"}}},
		{"received his counterpart",
			"Ethiopian Foreign Minister Tomas Berg received his Kenyan counterpart Anders Kolvit in Addis Ababa on Monday.\n\n\"Kenya and Ethiopia are brothers,\" the visiting minister said.",
			[]quoteWant{{"Kenya and Ethiopia are brothers,", "Anders Kolvit"}}},
		{"no visitor: the one named last",
			"Kenyan Foreign Minister Anders Kolvit met Ethiopian Foreign Minister Tomas Berg in Nairobi on Monday.\n\n\"Our region needs calm,\" the minister said.",
			[]quoteWant{{"Our region needs calm,", "Tomas Berg"}}},
	})
}

package extract_test

import "testing"

// TestRoleAsPrinted runs made-up stories of two holders of one office whose titles were
// printed differently ("Premier X" and "Prime Minister Y", "External Affairs Minister X"
// and "Foreign Minister Y"): a later "the premier" or "the foreign minister" is the one
// holder titled in those words, not the one named last. Holders titled alike leave it to
// the one named last, as before.
func TestRoleAsPrinted(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the premier after a prime minister",
			"Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Beijing on Monday.\n\n\"China is willing to work with Australia,\" the premier said.",
			[]quoteWant{{"China is willing to work with Australia,", "Li Qiang"}}},
		{"the prime minister after a premier",
			"Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on Monday.\n\n\"We want a stable relationship,\" the prime minister said.",
			[]quoteWant{{"We want a stable relationship,", "Anthony Albanese"}}},
		{"the foreign minister after an external affairs minister",
			"Foreign Minister Penny Wong met External Affairs Minister Subrahmanyam Jaishankar in Canberra.\n\n\"Our partnership has never been closer,\" the foreign minister said.",
			[]quoteWant{{"Our partnership has never been closer,", "Penny Wong"}}},
		{"titled alike: the one named last",
			"Foreign Minister Penny Wong met Foreign Minister Winston Peters in Wellington.\n\n\"The Pacific needs us both,\" the foreign minister said.",
			[]quoteWant{{"The Pacific needs us both,", "Winston Peters"}}},
	})
}

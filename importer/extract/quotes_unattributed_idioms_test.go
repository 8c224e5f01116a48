package extract_test

import "testing"

// TestUnattributedIdioms runs made-up stories for idioms of news copy that attribute a
// quotation without a speech verb beside it: the subject of "declined to comment" whose
// words follow, the subject of "refused to "..."" (its resolve in its words), the one who
// "thanked X for his "..."" (six words or more after "his", as with other judging verbs),
// "In the words of X" (as "according to X"), a quoted paragraph signed "— Name" (nothing
// but an apposition after the name), and "the deputy minister", a holder named before
// whose office carries the rank, never the minister, as "the Commission president" is the
// one named before with the European Commission beside, and "the IAEA's chief" the one
// named "IAEA chief" (while "the IAEA's inspectors" are the IAEA: a body's unnamed
// people speak for it), "the Kremlin aide" the one named "Kremlin aide" ("a Kremlin aide" is
// the Kremlin), "the negotiator" the one named top negotiator, and "the opposition leader"
// the one printed as "Opposition leader X". A quotation after "Berg's response was blunt."
// is Berg's, as one after "For Berg, the answer is simple:" is.
func TestUnattributedIdioms(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"declined to comment, calling",
			"Foreign Minister Jonas Berg declined to comment on what he called \"unfounded rumours about the talks in Geneva.\"",
			[]quoteWant{{"unfounded rumours about the talks in Geneva.", "Jonas Berg"}}},
		{"declined to comment, saying only",
			"Foreign Minister Jonas Berg declined to comment on Monday, saying only that \"the talks will continue next week.\"",
			[]quoteWant{{"the talks will continue next week.", "Jonas Berg"}}},
		{"thanked for his",
			"Foreign Minister Jonas Berg thanked Lena Dahl for her \"steadfast support during the difficult months of the crisis.\"",
			[]quoteWant{{"steadfast support during the difficult months of the crisis.", "Jonas Berg"}}},
		{"in the words of",
			"The talks ended without a deal. In the words of Foreign Minister Jonas Berg, \"nobody left the room happy tonight.\"",
			[]quoteWant{{"nobody left the room happy tonight.", "Jonas Berg"}}},
		{"deputy minister after the quotation",
			"Deputy Foreign Minister Jonas Berg met the Danish envoy on Friday. \"We agreed to keep the border open through the winter,\" the deputy minister said.",
			[]quoteWant{{"We agreed to keep the border open through the winter,", "Jonas Berg"}}},
		{"deputy minister beside the minister",
			"Deputy Foreign Minister Jonas Berg flew to Oslo on Friday. Foreign Minister Lena Dahl met the Danish envoy there. \"We agreed to keep the border open through the winter,\" the deputy minister said.",
			[]quoteWant{{"We agreed to keep the border open through the winter,", "Jonas Berg"}}},
		{"deputy minister with no deputy named",
			"Foreign Minister Lena Dahl met the Danish envoy on Friday. \"We agreed to keep the border open through the winter,\" the deputy minister said.",
			[]quoteWant{{"We agreed to keep the border open through the winter,", ""}}},
		{"Commission president",
			"European Commission President Lena Dahl met the Danish premier on Friday. \"We agreed to keep the border open through the winter,\" the Commission president said.",
			[]quoteWant{{"We agreed to keep the border open through the winter,", "Lena Dahl"}}},
		{"Commission named in full only",
			"Lena Dahl met the Danish premier on Friday. The European Commission said the border would stay open. \"We agreed to keep it open through the winter,\" the Commission president said.",
			[]quoteWant{{"We agreed to keep it open through the winter,", "European Commission"}}},
		{"dash after the quotation",
			"The talks ended without a deal.\n\n\"Nobody left the room happy tonight, but we will be back.\" — Jonas Berg, foreign minister of Norway",
			[]quoteWant{{"Nobody left the room happy tonight, but we will be back.", "Jonas Berg"}}},
		{"dash with the title before the name",
			"The talks ended without a deal.\n\n\"Nobody left the room happy tonight, but we will be back.\" — Foreign Minister Jonas Berg",
			[]quoteWant{{"Nobody left the room happy tonight, but we will be back.", "Jonas Berg"}}},
		{"an embedded post's signature with the handle and the day",
			"The talks ended without a deal.\n\n\"Nobody left the room happy tonight, but we will be back.\" — Jonas Berg (@jonasberg) March 4, 2025",
			[]quoteWant{{"Nobody left the room happy tonight, but we will be back.", "Jonas Berg"}}},
		{"dash inside a sentence that goes on",
			"Jonas Berg met Lena Dahl on Friday.\n\n\"Nobody left the room happy tonight.\" — Jonas Berg's words became the slogan of the protest movement",
			nil},
		{"refused to",
			"Foreign Minister Jonas Berg met the Danish envoy on Friday. Berg refused to \"bow to pressure from any foreign capital.\"",
			[]quoteWant{{"bow to pressure from any foreign capital.", "Jonas Berg"}}},
		{"declined to before the quotation",
			"Foreign Minister Jonas Berg met the Danish envoy on Friday but declined to \"reopen a debate that was settled years ago.\"",
			[]quoteWant{{"reopen a debate that was settled years ago.", "Jonas Berg"}}},
		{"body's possessive before the role",
			"IAEA chief Lena Dahl met the Danish envoy on Friday. \"We agreed to keep the inspectors in place,\" the IAEA's chief said.",
			[]quoteWant{{"We agreed to keep the inspectors in place,", "Lena Dahl"}}},
		{"body's possessive before its unnamed people, no role",
			"IAEA chief Lena Dahl met the Danish envoy on Friday. \"We agreed to keep the inspectors in place,\" the IAEA's inspectors said.",
			[]quoteWant{{"We agreed to keep the inspectors in place,", "IAEA"}}},
		{"possessive response summed up",
			"Foreign Minister Jonas Berg met the Danish envoy on Friday. Berg's response was blunt. \"Nobody will move the border by force.\"",
			[]quoteWant{{"Nobody will move the border by force.", "Jonas Berg"}}},
		{"possessive of no response",
			"Foreign Minister Jonas Berg met the Danish envoy on Friday. Berg's car was late. \"Nobody will move the border by force.\"",
			nil},
		{"the body's aide",
			"Kremlin aide Jonas Berg met the Danish envoy on Friday. \"Nobody will move the border by force,\" the Kremlin aide said.",
			[]quoteWant{{"Nobody will move the border by force,", "Jonas Berg"}}},
		{"a body's aide",
			"Kremlin aide Jonas Berg met the Danish envoy on Friday. \"Nobody will move the border by force,\" a Kremlin aide said.",
			[]quoteWant{{"Nobody will move the border by force,", "Kremlin"}}},
		{"title repeated with its modifier",
			"Opposition leader Jonas Berg met the Danish envoy on Friday. \"Nobody will move the border by force,\" the opposition leader said.",
			[]quoteWant{{"Nobody will move the border by force,", "Jonas Berg"}}},
		{"modifier never printed as a title",
			"Jonas Berg met the Danish envoy on Friday. \"Nobody will move the border by force,\" the opposition leader said.",
			[]quoteWant{{"Nobody will move the border by force,", ""}}},
		{"the negotiator after an apposition",
			"Jonas Berg, Norway's top negotiator, met the Danish envoy on Friday. \"Nobody will move the border by force,\" the negotiator said.",
			[]quoteWant{{"Nobody will move the border by force,", "Jonas Berg"}}},
		{"for the person, a colon",
			"Foreign Minister Jonas Berg met the Danish envoy on Friday. For Berg, the answer is simple: \"Nobody will move the border by force.\"",
			[]quoteWant{{"Nobody will move the border by force.", "Jonas Berg"}}},
		{"for a thing, a colon",
			"Foreign Minister Jonas Berg met the Danish envoy on Friday. For the border, the answer is simple: \"Nobody will move it by force.\"",
			nil},
	})
}

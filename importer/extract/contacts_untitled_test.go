package extract_test

import "testing"

// TestUntitledParties checks that a call or meeting between named persons the text gives
// no office, country or organization is a contact as one with an official is: the
// guidelines count contacts between any named persons or organizations ("the co-founder of
// the firm met with X during his visit", "travelled to Ohio to meet with X"), while the
// same idioms with an unnamed side stay none.
func TestUntitledParties(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"colleagues talked", "Mark Lane talked with Gary Wilson on Tuesday, and he confirmed that the revised values are correct.", "",
			[]contactWant{{names: []string{"Mark Lane", "Gary Wilson"}, mode: "unspecified", status: "held", dateText: "Tuesday"}}},
		{"a scholar met a colleague", "In the 1990s, Anna Berg taught classes at the University of Leeds, where she met Paul Danton, who was conducting studies of verbs.", "",
			[]contactWant{{names: []string{"Anna Berg", "Paul Danton"}, mode: "meeting", status: "held"}}},
		{"a founder met a pupil", "The co-founder of the firm, Sergei Marin, personally met with Tom Hale during his visit to the campus.", "",
			[]contactWant{{names: []string{"Sergei Marin", "Tom Hale"}, mode: "meeting", status: "held"}}},
		{"travelled to meet a friend", "He had read the article. Daniel Ruiz traveled to Ohio to meet with Tom Kessler, who had offered him a job.", "",
			[]contactWant{{names: []string{"Daniel Ruiz", "Tom Kessler"}, mode: "meeting", status: "held"}}},
		{"a phone call between traders", "Paul Dent made a phone call to Tom Noel and told him to fix the market.", "",
			[]contactWant{{names: []string{"Paul Dent", "Tom Noel"}, mode: "phone", status: "held"}}},
		{"met an unnamed agent", "Tom Hale appeared at the awards, where he met an agent.", "", nil},
		{"an official talked with a trader", "Foreign Minister Ana Kovac talked with Gary Wilson on Tuesday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Gary Wilson"}, mode: "unspecified", status: "held", dateText: "Tuesday"}}},
		{"a businessman met a president", "Sergei Marin met President Emmanuel Macron during his visit to Paris.", "",
			[]contactWant{{names: []string{"Sergei Marin", "Emmanuel Macron"}, mode: "meeting", status: "held"}}},
		{"an office told after the contact", "On Tuesday, Jan Novak met Bakary Traoré in Abidjan. Novak, the Czech ambassador, said the talks were useful.", "",
			[]contactWant{{names: []string{"Jan Novak", "Bakary Traoré"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"an office given as the Hon's apposition", "Alexander Downer held talks with the Minister for Foreign Affairs, the Hon Ratu Inoke Kubuabola.", "",
			[]contactWant{{names: []string{"Alexander Downer", "Ratu Inoke Kubuabola"}, mode: "meeting", status: "held"}}},
	})
}

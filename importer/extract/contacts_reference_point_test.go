package extract_test

import "testing"

// TestReferencePoint covers a contact noun told only as the time of the contact before it
// in its sentence, between the same parties ("held talks on Monday, a day before their
// formal summit"): one contact, not two. A contact of another medium ("a day after their
// phone call") or of other parties stays a contact of its own, but the sentences after
// speak of the first ("... three days after X held a summit with Z. W joined the talks").
func TestReferencePoint(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"a day before their formal summit", "Kenyan President William Ruto and Ugandan President Yoweri Museveni held informal talks in Kampala on Monday, a day before their formal summit.", "2024-03-11",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-11"}}},
		{"ahead of their summit", "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Monday ahead of their summit on Tuesday.", "2024-03-11",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-11"}}},
		{"joined the talks, not the summit told as their time", "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday, three days after Ruto held a summit with Tanzanian President Samia Suluhu Hassan. Rwandan President Paul Kagame joined the talks later in the day.", "2024-03-11",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni", "Paul Kagame"}, mode: "meeting", status: "held", date: "2024-03-11"}, {names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held"}}},
		{"a day after their phone call", "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Kampala on Monday, a day after their phone call.", "2024-03-11",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held"}, {names: []string{"William Ruto", "Yoweri Museveni"}, mode: "phone", status: "held"}}},
	})
}

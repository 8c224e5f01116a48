package extract_test

import "testing"

// TestReferencePoint covers a contact noun told only as the time of the contact before it
// in its sentence, between the same parties ("held talks on Monday, a day before their
// formal summit"): one contact, not two. A contact of another medium ("a day after their
// phone call") or of other parties stays a contact of its own.
func TestReferencePoint(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"a day before their formal summit", "Kenyan President William Ruto and Ugandan President Yoweri Museveni held informal talks in Kampala on Monday, a day before their formal summit.", "2024-03-11",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-11"}}},
		{"ahead of their summit", "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Monday ahead of their summit on Tuesday.", "2024-03-11",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-11"}}},
		{"a day after their phone call", "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Kampala on Monday, a day after their phone call.", "2024-03-11",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held"}, {names: []string{"William Ruto", "Yoweri Museveni"}, mode: "phone", status: "held"}}},
	})
}

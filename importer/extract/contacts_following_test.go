package extract_test

import "testing"

// TestFollowingContact covers a contact noun after "following", which wire copy uses as
// "after": the contact is the subject's, whether the phrase ends the sentence or follows a
// comma, and whatever the parse made of "following" (a verb of its own, hung on the object).
func TestFollowingContact(t *testing.T) {
	x := newExtractor(t)
	const ruto, hassan = "William Ruto", "Samia Suluhu Hassan"
	cases := []contactCase{
		{"following a meeting ends the sentence", "Kenyan President William Ruto announced the deal on Tuesday following a meeting with Tanzanian President Samia Suluhu Hassan.", "",
			[]contactWant{{names: []string{ruto, hassan}, mode: "meeting", status: "held"}}},
		{"following a phone call", "Kenyan President William Ruto announced the deal following a phone call with Tanzanian President Samia Suluhu Hassan.", "",
			[]contactWant{{names: []string{ruto, hassan}, mode: "phone", status: "held"}}},
		{"following talks after a comma", "Kenyan President William Ruto said the border would reopen, following talks with Tanzanian President Samia Suluhu Hassan.", "",
			[]contactWant{{names: []string{ruto, hassan}, mode: "meeting", status: "held"}}},
		{"following talks between the verb and its clause", "Kenyan President William Ruto told reporters on Tuesday following talks with Tanzanian President Samia Suluhu Hassan that the border would reopen.", "",
			[]contactWant{{names: []string{ruto, hassan}, mode: "meeting", status: "held"}}},
		{"following alone is no contact", "Kenyan President William Ruto announced the deal following a meeting of the cabinet.", "", nil},
	}
	runContactCases(t, x, cases)
}

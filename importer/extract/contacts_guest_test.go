package extract_test

import "testing"

// TestGuestOf: "X was the guest of Y" (and "will be", an apposition "the guest of Y") is
// a meeting of the visitor and the host, as "received" is; "the guest of honour", a guest
// of a broadcaster's programme and a negated visit are none.
func TestGuestOf(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	type w = contactWant
	runContactCases(t, x, []contactCase{
		{"will be the guest of", "Indian Prime Minister Narendra Modi will be the guest of French President Emmanuel Macron at the Bastille Day parade on Friday.", pub,
			[]w{{[]string{"Narendra Modi", "Emmanuel Macron"}, "meeting", "scheduled", "2024-03-08", ""}}},
		{"the guest of, in an apposition", "Ghana's President John Mahama, the guest of President Bola Tinubu, arrived in Abuja on Monday.", pub,
			[]w{{[]string{"John Mahama", "Bola Tinubu"}, "meeting", "held", "2024-03-04", ""}}},
		{"the guest of honour is none", "Kenyan President William Ruto was the guest of honour at the Mashujaa Day celebrations on Tuesday.", pub, nil},
		{"the guest of a programme is none", "Foreign Minister Penny Wong was the guest of the ABC's Insiders program on Sunday.", pub, nil},
		{"would not be the guest of", "Zambian President Hakainde Hichilema would not be the guest of Botswana's President Mokgweetsi Masisi this year, his office said.", pub, nil},
	})
}

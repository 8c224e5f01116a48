package extract_test

import "testing"

// TestGuestOf: "X was the guest of Y" (and "will be", an apposition "the guest of Y") is
// a meeting of the visitor and the host, as "received" is, and so is "X and his host, Y,"
// or "His guest, Y," after a host (contact.host-apposed); "the guest of honour", a guest
// of a broadcaster's programme, a presenter as host and a negated visit are none.
func TestGuestOf(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	type w = contactWant
	runContactCases(t, x, []contactCase{
		{"will be the guest of", "Indian Prime Minister Narendra Modi will be the guest of French President Emmanuel Macron at the Bastille Day parade on Friday.", pub,
			[]w{{[]string{"Narendra Modi", "Emmanuel Macron"}, "meeting", "scheduled", "2024-03-08", ""}}},
		{"the guest of, in an apposition", "Ghana's President John Mahama, the guest of President Bola Tinubu, arrived in Abuja on Monday.", pub,
			[]w{{[]string{"John Mahama", "Bola Tinubu"}, "meeting", "held", "2024-03-04", ""}}},
		{"his guest, Y, after a host told before", "Chilean President Gabriel Boric hosted a lunch at La Moneda on Monday. His guest, Peruvian President Dina Boluarte, thanked him for Chile's help after the floods.", pub,
			[]w{{[]string{"Gabriel Boric", "Dina Boluarte"}, "meeting", "held", "2024-03-04", ""}}},
		{"X and his host, Y, agreed", "Kenyan President William Ruto visited Kampala on Monday. The Kenyan leader and his host, Ugandan President Yoweri Museveni, agreed to extend the pipeline.", pub,
			[]w{{[]string{"William Ruto", "Yoweri Museveni"}, "meeting", "held", "2024-03-04", ""}}},
		{"his guest, Y, would arrive: scheduled", "Ugandan President Yoweri Museveni said his guest, Kenyan President William Ruto, would arrive on Friday.", pub,
			[]w{{[]string{"Yoweri Museveni", "William Ruto"}, "meeting", "scheduled", "", ""}}},
		{"his guest, Y, did not come", "Ugandan President Yoweri Museveni said his guest, Kenyan President William Ruto, did not come.", pub, nil},
		{"his host, a presenter, is none", "Kenyan President William Ruto and his host, Fox News anchor Bret Baier, discussed the economy.", pub, nil},
		{"the guest of honour is none", "Kenyan President William Ruto was the guest of honour at the Mashujaa Day celebrations on Tuesday.", pub, nil},
		{"the guest of a programme is none", "Foreign Minister Penny Wong was the guest of the ABC's Insiders program on Sunday.", pub, nil},
		{"would not be the guest of", "Zambian President Hakainde Hichilema would not be the guest of Botswana's President Mokgweetsi Masisi this year, his office said.", pub, nil},
	})
}

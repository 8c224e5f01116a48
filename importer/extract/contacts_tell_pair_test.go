package extract_test

import "testing"

// TestTellPair covers a communication verb whose subject and object are the pair a later
// "the two" or "their" of the same sentence names, the contact told as the occasion:
// "X urged Y to act when the two met", "X assured Y of support during their meeting". A
// tell verb with no such occasion ("urged Y to resume their talks with Z", a speech) makes
// no contact of the two.
func TestTellPair(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"urged when the two met", "Kenyan President William Ruto urged Ugandan President Yoweri Museveni to reopen the border when the two met in Kampala on Monday.", "2024-03-12",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-11"}}},
		{"assured during their meeting", "Kenyan President William Ruto assured Ugandan President Yoweri Museveni of his support during their meeting in Kampala on Monday.", "2024-03-12",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-11"}}},
		{"pressed in their phone call", "Kenyan President William Ruto pressed Ugandan President Yoweri Museveni on the pipeline in their phone call on Monday.", "2024-03-12",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "phone", status: "held", date: "2024-03-11"}}},
		{"urged to resume their talks with another", "Kenyan President William Ruto urged Ugandan President Yoweri Museveni to resume their talks with opposition leader Bobi Wine.", "2024-03-12", nil},
		{"asked a given name while they dined is no pair of the contact before", "Ugandan President Yoweri Museveni spoke with Kenyan President William Ruto on Monday. The harvest was poor this year. Farmers blamed the rains. When Museveni asked Peter while they were having lunch on Friday about the harvest, Peter said it was the worst in years.", "2024-03-12",
			[]contactWant{{names: []string{"Yoweri Museveni", "William Ruto"}, mode: "unspecified", status: "held", date: "2024-03-11"}}},
		{"urged in a speech", "Speaking at a rally on Monday, Kenyan President William Ruto urged Ugandan President Yoweri Museveni to reopen the border.", "2024-03-12", nil},
	})
}

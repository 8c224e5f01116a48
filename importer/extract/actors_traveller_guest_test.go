package extract_test

import "testing"

// TestStayPronounGuest covers "During the visit, he met Z" after a sentence in which a host
// welcomed, received or hosted Y ("X welcomed Y to Tokyo on Monday"), or which tells Y "on
// a three-day visit": the pronoun is the guest Y, who is the one visiting, not the host X
// nor the aide who spoke last; so is one who "was welcomed by" X. A person told only as
// "Y's" decision, or after "with", is no guest, and the pronoun keeps its ordinary
// antecedent.
func TestStayPronounGuest(t *testing.T) {
	x := newExtractor(t)
	const aide = "Trade Minister Yuki Mori said the visit would lift exports.\n\n"
	const meets = "During the visit, he also met Emperor Naruhito."
	// first is the sentence before the stay, a the one "he" stands for, hosted whether
	// first tells a contact of Sato and Oduya
	type row struct {
		name, first, a string
		hosted         bool
	}
	rows := []row{
		{"welcomed to a city", "Japanese Prime Minister Kenji Sato welcomed Kenyan President Samuel Oduya to Tokyo on Monday. ", "Samuel Oduya", true},
		{"received at the residence", "Japanese Prime Minister Kenji Sato received Kenyan President Samuel Oduya at his residence on Monday. ", "Samuel Oduya", true},
		{"hosted for talks", "Japanese Prime Minister Kenji Sato hosted Kenyan President Samuel Oduya for talks on Monday. ", "Samuel Oduya", true},
		{"met one on a visit", "Japanese Prime Minister Kenji Sato met Kenyan President Samuel Oduya, who is on a three-day visit to Japan, on Monday. ", "Samuel Oduya", true},
		{"a decision welcomed is no guest", "Japanese Prime Minister Kenji Sato welcomed Kenyan President Samuel Oduya's decision to reopen the embassy on Monday. ", "Kenji Sato", false},
		{"welcomed by in the passive", "Kenyan President Samuel Oduya was welcomed by Japanese Prime Minister Kenji Sato in Tokyo on Monday. ", "Samuel Oduya", true},
		{"an agreement with one is no guest", "Japanese Prime Minister Kenji Sato welcomed the trade agreement with Kenyan President Samuel Oduya on Monday. ", "Kenji Sato", false},
	}
	var cases []contactCase
	for _, r := range rows {
		text := r.first + meets
		if r.a != "Kenji Sato" {
			text = r.first + aide + meets // with an aide's words between: still the guest
		}
		var want []contactWant
		if r.hosted {
			want = append(want, contactWant{[]string{"Kenji Sato", "Samuel Oduya"}, "meeting", "held", "2026-03-09", "Monday"})
		}
		want = append(want, contactWant{[]string{r.a, "Naruhito"}, "meeting", "held", "2026-03-09", "Monday"})
		cases = append(cases, contactCase{r.name, text, "2026-03-10", want})
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestCoordinatedSubjectAnaphora covers a contact told by "they", "the pair" or a
// relative clause whose antecedent is two persons listed as one subject: the persons of
// that list are the parties, even when they are also the speakers of the main clause.
func TestCoordinatedSubjectAnaphora(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"when they met", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan vowed to reopen the border when they met in Arusha on Monday.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"as they met", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan pledged closer trade ties as they met in Arusha on Monday.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"after they spoke by phone", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed to reopen the border after they spoke by phone on Monday.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"the pair met", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan promised on Monday to end the dispute.\n\nThe pair met for three hours in Arusha.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held"}}},
		{"who met", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, who met in Arusha on Monday, disagreed over the border.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"who spoke by phone", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, who spoke by phone on Monday, agreed to reopen the border.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"three listed, who met", "Ruto, Samia Suluhu Hassan and Yoweri Museveni, who met in Arusha on Monday, signed a customs deal.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan", "Yoweri Museveni"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"object of the main verb, who met", "Ruto praised Tanzanian President Samia Suluhu Hassan, who met Ugandan President Yoweri Museveni in Arusha on Monday.", "",
			[]contactWant{{names: []string{"Samia Suluhu Hassan", "Yoweri Museveni"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"participle after the list", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, meeting in Arusha on Monday, agreed to reopen the border.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"participle with a medium", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, speaking by phone on Monday, agreed to reopen the border.", "",
			[]contactWant{{names: []string{"William Ruto", "Samia Suluhu Hassan"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"one speaker, they are others", "Kenyan President William Ruto said the two envoys would settle the border dispute when they met in Arusha.", "", nil},
	}
	runContactCases(t, x, cases)
}

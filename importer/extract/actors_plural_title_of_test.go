package extract_test

import "testing"

// TestPluralTitleOfCountryList covers a plural title followed by a list of "NAME of
// COUNTRY" ("Presidents A of X, B of Y and C of Z met ..."): every listed person holds
// that office for that country, and all of them take part in one meeting.
func TestPluralTitleOfCountryList(t *testing.T) {
	x := newExtractor(t)
	actors := []actorCase{
		{"three surnames", "Presidents Kamau of Kenya, Mrisho of Tanzania and Okello of Uganda met in Arusha on Tuesday.",
			[]actorWant{{"Kamau", "President", "KE"}, {"Mrisho", "President", "TZ"}, {"Okello", "President", "UG"}}, []string{"Arusha"}},
		{"three full names", "Presidents John Kamau of Kenya, Ali Mrisho of Tanzania and Peter Okello of Uganda met in Arusha on Tuesday.",
			[]actorWant{{"John Kamau", "President", "KE"}, {"Ali Mrisho", "President", "TZ"}, {"Peter Okello", "President", "UG"}}, []string{"Arusha"}},
		{"two surnames", "Prime Ministers Halvorsen of Norway and Lindqvist of Sweden met in Oslo on Friday.",
			[]actorWant{{"Halvorsen", "Prime Minister", "NO"}, {"Lindqvist", "Prime Minister", "SE"}}, []string{"Oslo"}},
		{"foreign ministers", "Foreign Ministers Dubois of France, Keller of Germany and Rossi of Italy held talks in Rome on Monday.",
			[]actorWant{{"Dubois", "Foreign Minister", "FR"}, {"Keller", "Foreign Minister", "DE"}, {"Rossi", "Foreign Minister", "IT"}}, nil},
	}
	runActorCases(t, x, actors)
	contacts := []contactCase{
		{"three surnames met", "Presidents Kamau of Kenya, Mrisho of Tanzania and Okello of Uganda met in Arusha on Tuesday.", "",
			[]contactWant{{names: []string{"Kamau", "Mrisho", "Okello"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"three full names met", "Presidents John Kamau of Kenya, Ali Mrisho of Tanzania and Peter Okello of Uganda met in Arusha on Tuesday.", "",
			[]contactWant{{names: []string{"John Kamau", "Ali Mrisho", "Peter Okello"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"two surnames met", "Prime Ministers Halvorsen of Norway and Lindqvist of Sweden met in Oslo on Friday.", "",
			[]contactWant{{names: []string{"Halvorsen", "Lindqvist"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"foreign ministers held talks", "Foreign Ministers Dubois of France, Keller of Germany and Rossi of Italy held talks in Rome on Monday.", "",
			[]contactWant{{names: []string{"Dubois", "Keller", "Rossi"}, mode: "meeting", status: "held", dateText: "Monday"}}},
	}
	runContactCases(t, x, contacts)
}

package extract_test

import "testing"

// TestOfficeOfPlaceBeforeComma covers "the <office> of <country>, X" where "the" stands
// before the country or a bracketed gloss follows it: X is that country's; an ambassador
// to a country is not that country's.
func TestOfficeOfPlaceBeforeComma(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"the before the country", "The delegation met the prime minister of the Netherlands, Pieter Vos, on Monday.",
			[]actorWant{{"Pieter Vos", "Prime Minister", "NL"}}, nil},
		{"a bracketed gloss after the country", "Officials hosted the president of the Sahrawi Arab Democratic Republic (Western Sahara), Omar Salek, in Pretoria.",
			[]actorWant{{"Omar Salek", "President", "EH"}}, nil},
		{"an acronym after the country", "Officials welcomed the foreign minister of the Democratic Republic of Congo (DRC), Paul Mbala, at the airport.",
			[]actorWant{{"Paul Mbala", "Foreign Minister", "CD"}}, nil},
		{"an ambassador to the country", "Guests included the ambassador to the Netherlands, Tom Reyes, and his wife.",
			[]actorWant{{"Tom Reyes", "Ambassador", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestOfficeOfStateFormalName covers a Kremlin readout's "President of the French
// Republic X": the state's formal name ends the title, and the name opens after it.
func TestOfficeOfStateFormalName(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a demonym and the state noun", "Sergei Tarasov had a telephone conversation with President of the French Republic Claire Vautrin.",
			[]actorWant{{"Sergei Tarasov", "", ""}, {"Claire Vautrin", "President", "FR"}}, nil},
		{"an adjective no gazetteer knows", "Sergei Tarasov held talks with Prime Minister of the Hellenic Republic Nikos Andreadis.",
			[]actorWant{{"Sergei Tarasov", "", ""}, {"Nikos Andreadis", "Prime Minister", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

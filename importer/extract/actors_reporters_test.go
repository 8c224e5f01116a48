package extract_test

import "testing"

// TestReportersAreNoActors covers reporters credited in the story's own sentences: an
// outlet's reporter who "reported" (the outlet unknown to the gazetteer), a sentence that
// only says who reported from where, a "Written by" line; a minister who reported from a
// summit that talks had failed is a source and stays.
func TestReportersAreNoActors(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"an unknown outlet's reporter", "US officials met Cuban officials on Tuesday in Havana to sign a travel agreement, The Monitor's Ben Thompson reported on Tuesday. Foreign Minister Bruno Rodriguez said the deal was historic.",
			[]actorWant{{"Bruno Rodriguez", "Foreign Minister", "CU"}}, []string{"Ben Thompson"}},
		{"a sentence crediting the reporter", "Foreign Minister Bruno Rodriguez said the deal was historic.\n\nMarc Frank reported from Havana.",
			[]actorWant{{"Bruno Rodriguez", "Foreign Minister", "CU"}}, []string{"Marc Frank"}},
		{"a written-by line", "Foreign Minister Bruno Rodriguez said the deal was historic.\n\nWritten by Jane Doe, Senior Correspondent",
			[]actorWant{{"Bruno Rodriguez", "Foreign Minister", "CU"}}, []string{"Jane Doe"}},
		{"a minister reporting what happened is a source", "Foreign Minister Bruno Rodriguez reported from the summit that the talks had failed.",
			[]actorWant{{"Bruno Rodriguez", "Foreign Minister", "CU"}}, nil},
		{"a country's official who reported", "Russia's Sergei Shoigu reported to Putin that the town had fallen.",
			[]actorWant{{"Sergei Shoigu", "", "RU"}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestRankBeforeServiceName covers "General" opening the name of an intelligence service
// or bureau: the rank titles no person there.
func TestRankBeforeServiceName(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"general intelligence service", "Egypt's General Intelligence Service chief Hassan Rashad met Hamas officials in Cairo.",
			[]actorWant{{"Hassan Rashad", "", "EG"}}, []string{"Intelligence"}},
		{"general security bureau", "The General Security Bureau said Colonel Amir Haddad had been arrested.",
			[]actorWant{{"Amir Haddad", "", ""}}, []string{"Security"}},
	}
	runActorCases(t, x, cases)
}

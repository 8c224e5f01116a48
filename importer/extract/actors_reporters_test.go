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

// TestPatronymicAndAdvocate covers partial forms of a name: a Gulf name cut to its
// patronymic ("Bin Zayed" of Abdullah bin Zayed Al Nahyan, "bin Farhan" of Faisal bin
// Farhan Al Saud) and a surname after the title "Advocate".
func TestPatronymicAndAdvocate(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"patronymic opening a sentence", "Foreign Minister Abdullah bin Zayed Al Nahyan met Antony Blinken. Bin Zayed added that ties were strong.",
			[]actorWant{{"Abdullah bin Zayed Al Nahyan", "Foreign Minister", "AE"}}, []string{"Bin Zayed"}},
		{"patronymic of an unknown name", "Interior Minister Saud bin Nayef Al Rashid met his Kuwaiti counterpart. Bin Nayef said security ties were strong.",
			[]actorWant{{"Saud bin Nayef Al Rashid", "Interior Minister", ""}}, []string{"Bin Nayef"}},
		{"advocate before a surname", "Opposition leader Nelson Chamisa met diplomats on Monday. Advocate Chamisa denied the claims.",
			[]actorWant{{"Nelson Chamisa", "", ""}}, []string{"Advocate Chamisa"}},
	}
	runActorCases(t, x, cases)
}

// TestMiddleNamePartialForm covers a double surname cut to its first part: "Sassou" is
// Denis Sassou Nguesso, and "Sassou's spokesman" serves his country; a word after a
// particle ("Zayed" of "bin Zayed") is no such part.
func TestMiddleNamePartialForm(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"first part of a double surname", "Republic of Congo President Denis Sassou Nguesso will visit Paris. Sassou's spokesman, Thierry Mabiala, said the trip was planned.",
			[]actorWant{{"Denis Sassou Nguesso", "President", "CG"}, {"Thierry Mabiala", "spokesman", "CG"}}, []string{"Sassou"}},
	}
	runActorCases(t, x, cases)
}

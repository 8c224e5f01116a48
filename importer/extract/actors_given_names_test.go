package extract_test

import "testing"

// TestGivenNameTellsGender covers common given names of Europe and the Americas in the
// words classes male and female: the pronoun after a person so named and a person of
// unknown gender, that disagrees with the name's gender, is the other one.
func TestGivenNameTellsGender(t *testing.T) {
	x := newExtractor(t)
	runPronounCases(t, x, []pronounCase{
		{"a French given name", "President Julien Marcot welcomed Foreign Minister Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" she said.", "she said", "Tamsk Oduya"},
		{"a German given name", "Chancellor Wolfgang Brenner received Foreign Minister Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" she said.", "she said", "Tamsk Oduya"},
		{"an English given name", "Senator Walt Harmon met Foreign Minister Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" she said.", "she said", "Tamsk Oduya"},
		{"a woman's given name", "Foreign Minister Simone Varga met President Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" he said.", "he said", "Tamsk Oduya"},
	})
}

// TestGivenNameVouches covers given names of Europe and the Americas in firstnames.txt: a
// capitalised run that opens with one is a person, with no title or speech verb.
func TestGivenNameVouches(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"French and German given names", "The border talks were attended by Guillaume Ferrand and Ludwig Brenner.",
			[]actorWant{{"Guillaume Ferrand", "", ""}, {"Ludwig Brenner", "", ""}}, nil},
		{"women's given names", "The border talks were attended by Juliette Marceau and Simone Varga.",
			[]actorWant{{"Juliette Marceau", "", ""}, {"Simone Varga", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

package extract_test

import "testing"

// TestGivenNameTellsGender covers common given names of Europe and the Americas in the
// words classes male and female: the pronoun after a person so named and a person of
// unknown gender, that disagrees with the name's gender, is the other one.
func TestGivenNameTellsGender(t *testing.T) {
	x := newExtractor(t)
	cases := []struct{ name, text, pronoun, want string }{
		{"a French given name", "President Julien Marcot welcomed Foreign Minister Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" she said.", "she", "Tamsk Oduya"},
		{"a German given name", "Chancellor Wolfgang Brenner received Foreign Minister Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" she said.", "she", "Tamsk Oduya"},
		{"an English given name", "Senator Walt Harmon met Foreign Minister Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" she said.", "she", "Tamsk Oduya"},
		{"a woman's given name", "Foreign Minister Simone Varga met President Tamsk Oduya on Monday.\n\n\"We agreed on the border,\" he said.", "he", "Tamsk Oduya"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := mentionActor(t, x, c.text, c.pronoun+" said"); got != c.want {
				t.Errorf("%s is %q, want %q", c.pronoun, got, c.want)
			}
		})
	}
}

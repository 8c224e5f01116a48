package extract_test

import "testing"

// TestGivenNameOverKnownAlias covers a bare word that is both a well-known person's alias
// and the first word of a person the article names in full ("leader Xi Mingtao ... Xi
// will"): the article's person, written family name first, not the well-known one the
// article never names.
func TestGivenNameOverKnownAlias(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"family name first", "Indonesia's president will meet leader Xi Mingtao this week. Xi will hold a welcoming ceremony for him, the ministry said.",
			[]actorWant{{"Xi Mingtao", "", ""}}, []string{"Xi Jinping"}},
		{"spokesperson named by family name", "Foreign ministry spokeswoman Mao Lirong told reporters the visit was planned. Prabowo will also meet the premier, Mao added.",
			[]actorWant{{"Mao Lirong", "", ""}}, []string{"Mao Zedong"}},
		{"the well-known person named in full keeps the alias", "Xi Jinping met President Joko Santoso. Xi said the talks were fruitful.",
			[]actorWant{{"Xi Jinping", "", "CN"}}, nil},
	}
	runActorCases(t, x, cases)
}

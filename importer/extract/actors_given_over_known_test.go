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

// TestGivenNameOfAnotherInTheList covers a royal's bare given name that is the given name
// of a person the same sentence names in full after it ("King Abdul, Prime Minister Abdul
// Rahimov"): two persons, not one.
func TestGivenNameOfAnotherInTheList(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a king and a prime minister who share a given name", "In Jordan I met His Majesty King Tarvel, Prime Minister Tarvel Dusmarin and Foreign Minister Ayman Kolsadi.",
			[]actorWant{{"King Tarvel", "King", ""}, {"Tarvel Dusmarin", "Prime Minister", ""}}, nil},
		{"the full name named before keeps the given name", "Prime Minister Tarvel Dusmarin arrived on Monday. Later, Tarvel and Foreign Minister Ayman Kolsadi met the envoy.",
			[]actorWant{{"Tarvel Dusmarin", "Prime Minister", ""}}, []string{"Tarvel"}},
	}
	runActorCases(t, x, cases)
}

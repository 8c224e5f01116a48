package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestNamesakesAndGender covers two persons of one surname, a bare surname after a title
// going to the one the title picks (the one printed with that title before, else the one
// whose given name the title's gender fits: titledSurnameOf), and "he" skipping a person
// whose given name tells she is a woman (words class female holds given names).
func TestNamesakesAndGender(t *testing.T) {
	runPronounCases(t, newExtractor(t), []pronounCase{
		{"the same title as before",
			"Defence Minister Tomas Reinholt opened the session. Dr. Ilse Reinholt presented the report. Tomas Reinholt thanked the staff. Dr. Reinholt then took questions.",
			"Reinholt then", "Ilse Reinholt"},
		{"a woman's title",
			"Paolo Ferrante met his sister Giulia Ferrante in Rome. Paolo Ferrante later flew to Milan. Ms. Ferrante stayed in Rome.",
			"Ferrante stayed", "Giulia Ferrante"},
		{"he is not the woman",
			"Giulia Ferlanti met Tommaso Brevini in Rome on Monday. He said the talks went well.",
			"He said", "Tommaso Brevini"},
	})
}

// TestPlacedWordIsNoWeakSurname checks that a word the article prints alone as a place
// ("in Valbonne") does not resolve, alone, to a run only the words around it made a
// person ("HarbourWorks Valbonne said"), but does to a person a given name vouches for.
func TestPlacedWordIsNoWeakSurname(t *testing.T) {
	x := newExtractor(t)
	const place = " Ferries now stop in Valbonne twice a day. Valbonne has two museums and a zoo."
	for _, c := range []struct {
		name, text, actor string
		mentions          int
	}{
		{"a run the speech verb vouched for", "HarbourWorks Valbonne said on Monday the new quay was finished." + place, "HarbourWorks Valbonne", 1},
		{"a person a given name vouches for", "Marta Valbonne said on Monday the new quay was finished." + place, "Marta Valbonne", 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, ok := findActor(x.Extract(extract.Input{Text: c.text}), c.actor)
			if !ok || len(a.Mentions) != c.mentions {
				t.Errorf("%s: found %v with %d mentions, want %d", c.actor, ok, len(a.Mentions), c.mentions)
			}
		})
	}
}

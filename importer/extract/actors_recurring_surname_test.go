package extract_test

import "testing"

// TestRecurringSurnameVouches covers a capitalised run whose last word recurs alone,
// which vouches for a person (actor.name-recurs, actor.name-said when it speaks) unless that
// word is printed alone after a preposition of place ("Visiting Kalmoria ... in Kalmoria": a
// place), or with "the" and a possessive or punctuation after it ("the Pirates'": a team or
// a thing), a word of the run is printed in lower case too ("Kestrel Rangers ... park rangers"), or the run opens its
// sentence with a word capitalised only for opening it, a verb's -ing form or a word the
// article prints in lower case ("Describing Mirovski", "Progressive Maldeva"), or the word
// recurs only as a line of its own, a menu's item ("Brownies"): then
// neither the run nor the word alone is a person. A run of an unknown given name that
// opens its sentence, or whose surname is printed after "in" as a possessive, still is.
func TestRecurringSurnameVouches(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a place after in", "Visiting Kalmoria is hard this year. Ferries to Kalmoria stopped in March. Foreign Minister Ondrej Kralik said hotels in Kalmoria were empty.",
			[]actorWant{{"Ondrej Kralik", "Foreign Minister", ""}}, []string{"Visiting Kalmoria", "Kalmoria"}},
		{"a place after near", "Rebuilding Tarvessa will take years, Foreign Minister Ondrej Kralik said. Fighting near Tarvessa went on, and Tarvessa lost its power.",
			[]actorWant{{"Ondrej Kralik", "Foreign Minister", ""}}, []string{"Rebuilding Tarvessa", "Tarvessa"}},
		{"an -ing form", "Describing Mirovski is not easy, said Ruth Ames. Mirovski wrote nine books. Critics of Mirovski stayed silent.",
			[]actorWant{{"Ruth Ames", "", ""}}, []string{"Describing Mirovski", "Mirovski"}},
		{"a word printed in lower case too", "Progressive Maldeva won the vote, said Ruth Ames. Maldeva wants a progressive budget. Critics of Maldeva stayed silent.",
			[]actorWant{{"Ruth Ames", "", ""}}, []string{"Progressive Maldeva", "Maldeva"}},
		{"a word also printed in lower case", "Fans cheered Kestrel Rangers on Monday. Rangers coaches smiled, and Rangers fans sang. Two park rangers watched.",
			nil, []string{"Kestrel Rangers", "Rangers"}},
		{"a team the article gives an article", "The scout played for Caldera Pirates in 2012. He was drafted by the Pirates. He began with the Pirates' affiliate. Pirates fans cheered.",
			nil, []string{"Caldera Pirates", "Pirates"}},
		{"a place that speaks", "The clinic is near Ruhango Health Kalmoria. Kalmoria said it would reopen. Kalmoria announced new hours, and tourists in Kalmoria cheered.",
			nil, []string{"Ruhango Health Kalmoria", "Health Kalmoria", "Kalmoria"}},
		{"a person the run names", "Iran closed the door on meeting Odera Mwangaza. Tehran dismissed a photo-op with Mwangaza. It doubted the Mwangaza administration.",
			[]actorWant{{"Odera Mwangaza", "", ""}}, nil},
		{"an unknown given name opening the sentence", "Odera Mwangaza closed the door on talks. Tehran dismissed a photo-op with Mwangaza. It doubted the Mwangaza administration.",
			[]actorWant{{"Odera Mwangaza", "", ""}}, nil},
		{"a menu printed twice", "Cakes\n\nBrownies\n\nBundt Brownies\n\nForeign Minister Ondrej Kralik met bakers on Monday.\n\nCakes\n\nBrownies\n\nBundt Brownies",
			[]actorWant{{"Ondrej Kralik", "Foreign Minister", ""}}, []string{"Bundt Brownies", "Brownies"}},
		{"a possessive after in", "Iran closed the door on meeting Odera Mwangaza. Tehran had no faith in Mwangaza's plan. It doubted the Mwangaza administration.",
			[]actorWant{{"Odera Mwangaza", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

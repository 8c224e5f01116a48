package main_test

import (
	"maps"
	"slices"
	"testing"

	"hotline/importer/parse"
)

// loadParse loads the parse model for the rewrite tests.
func loadParse(tb testing.TB) *parse.Model {
	tb.Helper()
	m, err := parse.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// TestSwapAllEdits checks the "all swapped" rewrite on made-up sentences: every pronoun
// and gendered word of people of the other gender, "her" by its parse.
func TestSwapAllEdits(t *testing.T) {
	m := loadParse(t)
	for _, tc := range []struct{ name, in, want string }{
		{"subject and possessive", "Foreign Minister Lena Varga said she had told her counterpart.", "Foreign Minister Lena Varga said he had told his counterpart."},
		{"object her", "Tanaka thanked her for the invitation and met her later.", "Tanaka thanked him for the invitation and met him later."},
		{"his and him", "He said his talks with Mr. Olsen had reassured him.", "She said her talks with Ms. Olsen had reassured her."},
		{"reflexive and honorific", "Mrs Okafor introduced herself to the spokesman.", "Mr Okafor introduced himself to the spokeswoman."},
		{"honorific not before a name", "Yes, the king said, Lord.", "Yes, the queen said, Lord."},
		{"capitals kept", "HE SAID SHE WOULD.", "SHE SAID HE WOULD."},
		{"man in a name kept", "Isle of Man officials met.", "Isle of Man officials met."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := applyEdits(tc.in, swapAllEdits(m, tc.in)); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestApplyEdits checks edits applied by rune offsets, and a gold quote's share of them.
func TestApplyEdits(t *testing.T) {
	text := "Ledoux, élue, said: \"He will come.\""
	edits := []textEdit{{21, 23, "She"}, {0, 6, "Berg"}}
	for _, tc := range []struct {
		name, in string
		edits    []textEdit
		want     string
	}{
		{"whole text", text, edits, "Berg, élue, said: \"She will come.\""},
		{"a quote's share", "He will come.", editsWithin(edits, 21, 34), "She will come."},
		{"overlapping edit dropped", "abc", []textEdit{{0, 2, "x"}, {1, 3, "y"}}, "xc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := applyEdits(tc.in, tc.edits); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSentenceSpans checks the rough sentence cutter: titles and initials end none.
func TestSentenceSpans(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     int
	}{
		{"two sentences", "Mr. Olsen met Ms. Varga. He said so.", 2},
		{"initial", "George W. Okafor arrived. She left.", 2},
		{"quote closes", "\"We agree.\" She left.\nNew paragraph", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(regenderSentenceSpans(tc.in)); got != tc.want {
				t.Errorf("%d sentences, want %d: %v", got, tc.want, regenderSentenceSpans(tc.in))
			}
		})
	}
}

// storyPersons builds gold persons, their mentions and genders from made-up actors.
func storyPersons(tb testing.TB, m *parse.Model, text string, names ...string) ([]parse.Sentence, []goldPerson, []personMention) {
	tb.Helper()
	var actors []any
	for _, n := range names {
		actors = append(actors, map[string]any{"name": n, "kind": "person"})
	}
	_, genders, err := genderedGivenNames()
	if err != nil {
		tb.Fatal(err)
	}
	persons := goldPersons(actors)
	sents := parseSentences(m, text)
	mentions := findMentions(text, persons)
	tellGenders(persons, mentions, sents, genders)
	return sents, persons, mentions
}

// TestTellGenders checks the gender the test reads for a gold person: given name,
// honorific, else the pronoun right after the name.
func TestTellGenders(t *testing.T) {
	m := loadParse(t)
	for _, tc := range []struct {
		name, text, person, want string
	}{
		{"given name", "Maria Okafor arrived.", "Maria Okafor", "f"},
		{"honorific", "Tolu Okafor arrived. Mr Okafor said.", "Tolu Okafor", "m"},
		{"pronoun after", "Tolu Okafor said she would come.", "Tolu Okafor", "f"},
		{"honorific of a form", "Tolu Okafor arrived. Mrs Okafor said so.", "Tolu Okafor", "f"},
		{"nothing tells", "Tolu Okafor arrived.", "Tolu Okafor", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, persons, _ := storyPersons(t, m, tc.text, tc.person)
			if persons[0].gender != tc.want {
				t.Errorf("gender %q, want %q", persons[0].gender, tc.want)
			}
		})
	}
}

// TestPartialEdits checks the partial rewrites: only pronouns that stand for a swapped
// person change, and a pronoun that may stand for a swapped and an unswapped person is
// counted unsafe.
func TestPartialEdits(t *testing.T) {
	m := loadParse(t)
	for _, tc := range []struct {
		name, text string
		persons    []string
		swap       []bool
		want       string
		unsafe     int
	}{
		{"the one man named", "John Berg met Maria Okafor. He said her offer was fair.", []string{"John Berg", "Maria Okafor"}, []bool{true, false},
			"John Berg met Maria Okafor. She said her offer was fair.", 0},
		{"the woman stays", "John Berg met Maria Okafor. He said her offer was fair.", []string{"John Berg", "Maria Okafor"}, []bool{false, false},
			"John Berg met Maria Okafor. He said her offer was fair.", 0},
		{"two men, one swapped", "John Berg met Peter Lind. He said Mr Lind agreed.", []string{"John Berg", "Peter Lind"}, []bool{false, true},
			"John Berg met Peter Lind. He said Ms Lind agreed.", 1},
		{"opening phrase", "In his speech, John Berg thanked Peter Lind.", []string{"John Berg", "Peter Lind"}, []bool{true, false},
			"In her speech, John Berg thanked Peter Lind.", 0},
		{"a person of unknown gender between", "John Berg met Tolu Okafor. He said so.", []string{"John Berg", "Tolu Okafor"}, []bool{true, false},
			"John Berg met Tolu Okafor. He said so.", 1},
		{"a pronoun before of another", "John Berg arrived on Monday. Among those he met was Peter Lind. He also met Tom Ek.", []string{"John Berg", "Peter Lind", "Tom Ek"}, []bool{false, true, false},
			"John Berg arrived on Monday. Among those he met was Peter Lind. He also met Tom Ek.", 1},
		{"spokesman before the name", "Spokesman John Berg said he agreed.", []string{"John Berg"}, []bool{true},
			"Spokeswoman John Berg said she agreed.", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents, persons, mentions := storyPersons(t, m, tc.text, tc.persons...)
			edits, _, unsafe := partialEdits(sents, persons, mentions, tc.swap)
			if unsafe != tc.unsafe {
				t.Errorf("unsafe %d, want %d", unsafe, tc.unsafe)
			}
			if got := applyEdits(tc.text, edits); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestSwapSet checks which persons each variant turns into the other gender.
func TestSwapSet(t *testing.T) {
	m := loadParse(t)
	text := "John Berg met Maria Okafor and Peter Lind. Tolu Adeyemi was there."
	_, persons, mentions := storyPersons(t, m, text, "John Berg", "Maria Okafor", "Peter Lind", "Tolu Adeyemi")
	for _, tc := range []struct {
		name, variant string
		alt           bool
		want          []bool
	}{
		{"kept", "kept", false, []bool{false, false, false, false}},
		{"all swapped", "all swapped", false, []bool{true, true, true, true}},
		{"women only", "women only", false, []bool{true, false, true, false}},
		{"mixed, the first stays", "mixed", false, []bool{false, true, false, false}},
		{"mixed, the second stays", "mixed", true, []bool{true, false, true, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := swapSet(tc.variant, persons, mentions, tc.alt); !slices.Equal(got, tc.want) {
				t.Errorf("swap %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSwapNameWords checks the gendered words of gold names and aliases.
func TestSwapNameWords(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"royal", "His Majesty King Tarik", "Her Majesty Queen Tarik"},
		{"honorific", "Mrs Okafor", "Mr Okafor"},
		{"no gendered word", "Tolu Okafor", "Tolu Okafor"},
		{"a name that is a lower word capitalized", "Mother Teresa Berg", "Father Teresa Berg"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := swapNameWords(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEditDistanceOne checks the near-miss test that keeps given names off famous
// surnames.
func TestEditDistanceOne(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"one letter more", "ellen", "yellen", true},
		{"one letter other", "maria", "marie", true},
		{"same", "maria", "maria", false},
		{"two apart", "anna", "annika", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := editDistanceOne(tc.a, tc.b); got != tc.want {
				t.Errorf("editDistanceOne(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestOtherSpellings checks the aliases that spell one word of a name otherwise.
func TestOtherSpellings(t *testing.T) {
	for _, tc := range []struct {
		name, full string
		aliases    []string
		want       map[string]string
	}{
		{"given name", "Tomas Berg", []string{"Thomas Berg", "Berg"}, map[string]string{"Thomas": "Tomas"}},
		{"surname", "Lena Varga", []string{"Lena Warga"}, map[string]string{"Warga": "Varga"}},
		{"two words differ", "Lena Varga", []string{"Helena Warga"}, map[string]string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := otherSpellings(tc.full, tc.aliases); !maps.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

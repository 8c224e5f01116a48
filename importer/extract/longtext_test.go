package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestHostileWorkBounded checks that the rules see no sentence longer than
// extract.MaxSentenceTokens in a hostile text of 20,000 words: their work per sentence is
// then bounded, and the work on the text linear in its length. It counts tokens and parsed
// tokens per sentence, never time (BenchmarkHostile measures that).
func TestHostileWorkBounded(t *testing.T) {
	x := newExtractor(t)
	for _, h := range hostileTexts() {
		t.Run(h.name, func(t *testing.T) {
			ex := x.Explain(extract.Input{Text: h.make(20000), Published: "2022-02-01"})
			words := 0
			for i, st := range ex.Sentences {
				words += len(st.Tokens)
				if len(st.Tokens) > extract.MaxSentenceTokens || len(st.Parse) > extract.MaxSentenceTokens {
					t.Fatalf("sentence %d: %d tokens, %d parsed, over %d", i, len(st.Tokens), len(st.Parse), extract.MaxSentenceTokens)
				}
			}
			if words < 10000 {
				t.Fatalf("the sentences hold %d tokens of a text of 20,000 words", words)
			}
		})
	}
}

// TestOverlongSentenceCut checks where an over-long sentence is cut: a list of names at a
// comma, so that no name is split, and a long sentence of real length not at all.
func TestOverlongSentenceCut(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name  string
		text  string
		sents int  // sentences expected, 0: more than one
		comma bool // every sentence but the last ends with a comma
	}{
		{"list of names cut at commas", strings.Repeat("Anna Novak, Boris Petrov, ", 400), 0, true},
		{"long sentence of news prose whole", "Foreign Minister Ana Ruiz, who " + strings.Repeat("had travelled through the region for weeks and ", 10) + "arrived in Vienna on Tuesday, met Chancellor Oskar Brandt.", 1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex := x.Explain(extract.Input{Text: c.text, Published: "2022-02-01"})
			if c.sents > 0 && len(ex.Sentences) != c.sents || c.sents == 0 && len(ex.Sentences) < 2 {
				t.Fatalf("%d sentences, want %d (0: several)", len(ex.Sentences), c.sents)
			}
			for i, st := range ex.Sentences[:len(ex.Sentences)-1] {
				if last := st.Tokens[len(st.Tokens)-1].Text; c.comma && last != "," {
					t.Errorf("sentence %d ends with %q, not a comma", i, last)
				}
			}
		})
	}
}

// TestFirmNamesPastDirectScans checks that a firm described at one occurrence of its name
// is an organization at the others also when a list of names before it has made
// describedAt read the runs from its index: the index finds the same occurrences.
func TestFirmNamesPastDirectScans(t *testing.T) {
	x := newExtractor(t)
	first := []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo"}
	last := []string{"Novak", "Petrov", "Lindqvist", "Moreau", "Okafor", "Tanaka", "Weber", "Silva"}
	var names []string
	for i := 0; i < 48; i++ {
		names = append(names, first[i%8]+" "+last[i/8])
	}
	list := "The guests were " + strings.Join(names, ", ") + ".\n\n"
	for _, tc := range []struct {
		name, text, org, person string
	}{
		{"partner of the firm", "Ramon Fonseca, a founding partner of Mossack Fonseca, denied wrongdoing. \"We have always complied with the law,\" Mossack Fonseca said in a statement.", "Mossack Fonseca", "Ramon Fonseca"},
		{"executives after the name", "British Finance Minister Rachel Holt met Morgan Fairbanks executives in London on Tuesday. Morgan Fairbanks said it would invest.", "Morgan Fairbanks", "Rachel Holt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: list + tc.text})
			for n, kind := range map[string]extract.Kind{tc.org: "organization", tc.person: "person"} {
				if a, ok := findActor(res, n); !ok {
					t.Errorf("missing actor %q", n)
				} else if a.Kind != kind {
					t.Errorf("%s kind = %q, want %q", n, a.Kind, kind)
				}
			}
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestFirmNames covers firms named after their founders, which read like persons: a
// description of the name as a business anywhere in the article makes it an organization;
// persons around it stay persons.
func TestFirmNames(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct {
		name, text string
		orgs       []string
		persons    []string
	}{
		{"partner of the firm", "Ramon Fonseca, a founding partner of Mossack Fonseca, denied wrongdoing. \"We have always complied with the law,\" Mossack Fonseca said in a statement.",
			[]string{"Mossack Fonseca"}, []string{"Ramon Fonseca"}},
		{"the law firm before the name", "\"We broke no law,\" the law firm Mossack Fonseca said.",
			[]string{"Mossack Fonseca"}, nil},
		{"a firm in apposition", "\"We broke no law,\" said Mossack Fonseca, a Panamanian law firm. Jurgen Mossack met President Juan Carlos Varela.",
			[]string{"Mossack Fonseca"}, []string{"Jurgen Mossack", "Juan Carlos Varela"}},
		{"a law firm in apposition before the name, with & Co.", "The papers came from a Panamanian law firm, Halvard Brenner & Co. Halvard Brenner said it \"follows the law.\" The firm said \"the claims are false.\"",
			[]string{"Halvard Brenner"}, nil},
		{"a partnership named with & Co.", "\"We broke no law,\" said Halvard Brenner & Co., which manages the funds.",
			[]string{"Halvard Brenner"}, nil},
		{"the company after the name", "\"Our lawyers will help,\" the Baker McKenzie company said.",
			[]string{"Baker McKenzie"}, nil},
		{"a person who works at a firm stays a person", "Sarah Lindqvist, a partner at the firm, said the deal was fair.",
			nil, []string{"Sarah Lindqvist"}},
		{"a state firm after its country's possessive", "Russia's Gazprom said exports would rise. Russia's Volkonsky said so too.",
			[]string{"Gazprom"}, []string{"Volkonsky"}},
		{"a person named with no business stays a person", "Mossack Fonseca said the firm would cooperate.",
			nil, []string{"Mossack Fonseca"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: tc.text})
			for _, want := range [][2]any{{tc.orgs, extract.Kind("organization")}, {tc.persons, extract.Kind("person")}} {
				for _, n := range want[0].([]string) {
					a, ok := findActor(res, n)
					if !ok {
						t.Errorf("missing actor %q in %v", n, actorNames(res))
					} else if a.Kind != want[1].(extract.Kind) {
						t.Errorf("%s kind = %q, want %q", n, a.Kind, want[1])
					}
				}
			}
		})
	}
}

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
		noPerson   []string // names no person actor may have (a business's, linked or not)
	}{
		{"partner of the firm", "Ramon Fonseca, a founding partner of Mossack Fonseca, denied wrongdoing. \"We have always complied with the law,\" Mossack Fonseca said in a statement.",
			[]string{"Mossack Fonseca"}, []string{"Ramon Fonseca"}, nil},
		{"the law firm before the name", "\"We broke no law,\" the law firm Mossack Fonseca said.",
			[]string{"Mossack Fonseca"}, nil, nil},
		{"a firm in apposition", "\"We broke no law,\" said Mossack Fonseca, a Panamanian law firm. Jurgen Mossack met President Juan Carlos Varela.",
			[]string{"Mossack Fonseca"}, []string{"Jurgen Mossack", "Juan Carlos Varela"}, nil},
		{"a law firm in apposition before the name, with & Co.", "The papers came from a Panamanian law firm, Halvard Brenner & Co. Halvard Brenner said it \"follows the law.\" The firm said \"the claims are false.\"",
			[]string{"Halvard Brenner"}, nil, nil},
		{"a partnership named with & Co.", "\"We broke no law,\" said Halvard Brenner & Co., which manages the funds.",
			[]string{"Halvard Brenner"}, nil, nil},
		{"the company after the name", "\"Our lawyers will help,\" the Baker McKenzie company said.",
			[]string{"Baker McKenzie"}, nil, nil},
		{"a person who works at a firm stays a person", "Sarah Lindqvist, a partner at the firm, said the deal was fair.",
			nil, []string{"Sarah Lindqvist"}, nil},
		{"a state firm after its country's possessive", "Russia's Gazprom said exports would rise. Russia's Volkonsky said so too.",
			[]string{"Gazprom"}, []string{"Volkonsky"}, nil},
		{"a person named with no business stays a person", "Mossack Fonseca said the firm would cooperate.",
			nil, []string{"Mossack Fonseca"}, nil},
		{"executives after the name", "British Finance Minister Rachel Holt met Morgan Fairbanks executives in London on Tuesday. Morgan Fairbanks said it would invest.",
			[]string{"Morgan Fairbanks"}, []string{"Rachel Holt"}, nil},
		{"bosses after the name, the firm in no contact", "Indian Prime Minister Vikram Rao held talks with Tarrant Oakley bosses on Friday.",
			nil, []string{"Vikram Rao"}, []string{"Tarrant Oakley"}},
		{"executives from the firm", "British Finance Minister Rachel Holt met with executives from Morgan Fairbanks in London on Tuesday.",
			nil, []string{"Rachel Holt"}, []string{"Morgan Fairbanks"}},
		{"the chief executives of the firm", "French President Claire Vautrin met the chief executives of Corvane Dalby in Paris on Monday. \"The talks were useful,\" Corvane Dalby said.",
			[]string{"Corvane Dalby"}, []string{"Claire Vautrin"}, nil},
		{"a known firm with a person-like name", "Indian Prime Minister Vikram Rao held talks with Lockheed Martin on Friday. Saudi Energy Minister Faisal Nasser met Exxon Mobil on Sunday.",
			[]string{"Lockheed Martin", "ExxonMobil"}, []string{"Vikram Rao", "Faisal Nasser"}, nil},
		{"the same name with an office stays a person", "Morgan Fairbanks, the finance minister, met Rachel Holt on Tuesday.",
			nil, []string{"Morgan Fairbanks", "Rachel Holt"}, nil},
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
			for _, n := range tc.noPerson {
				if a, ok := findActor(res, n); ok && a.Kind == extract.Kind("person") {
					t.Errorf("%s is a person in %v", n, actorNames(res))
				}
			}
		})
	}
}

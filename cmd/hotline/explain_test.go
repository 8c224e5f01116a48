package main_test

import (
	"strings"
	"testing"
)

// explainArticle is made up, in the idioms of wire copy: a call with a date and medium, a
// quotation attributed after it, a meeting that was ruled out, and a name printed with a
// quoted nickname.
const explainArticle = `---
title: Ministers talk
published: 2024-03-05
---
Foreign Minister Maria Castell spoke by phone with her counterpart Tomas Varga on Tuesday.

"We agreed to keep talking," Castell said after the call.

Castell said the two would not meet this month.

Interior Minister Ramon "Monching" Albaret was not on the call.
`

func TestExplain(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "call.md", explainArticle)
	r := hotline(t, dir, nil, "", "explain", path)
	if r.code != 0 {
		t.Fatalf("explain: code %d, stderr %q", r.code, r.stderr)
	}
	for _, tc := range []struct{ name, want string }{
		{"source header", "== " + path},
		{"publication date", "published: 2024-03-05"},
		{"sentence", "] Foreign Minister Maria Castell spoke by phone with her counterpart Tomas Varga on Tuesday."},
		{"tokens with tags and gazetteer", "Minister/word[office]"},
		{"mention with rule and actor", `mention "Maria Castell" person actor.title-name -> Maria Castell`},
		{"contact made with its rule", "=> contact contact.spoke: Maria Castell + Tomas Varga (phone, held, date 2024-03-05"},
		{"quote made with its rule", `=> quote quote.said-after: speaker Maria Castell`},
		{"date decision", `+ date date.resolved "": "Tuesday" -> 2024-03-05 (published 2024-03-05, status held)`},
		{"refused contact with a reason", `- contact contact.meet "meet": negated, refused or hypothetical`},
		{"nickname blanked with its rule", `+ person name.nickname "Ramon \"Monching\" Albaret": the quoted nickname "Monching" blanked with its marks, leaving "Ramon Albaret"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(r.stdout, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, r.stdout)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		r := hotline(t, dir, nil, "", "explain", "nope.txt")
		if r.code == 0 || r.stderr == "" {
			t.Errorf("explain of a missing file: code %d, stderr %q", r.code, r.stderr)
		}
	})
}

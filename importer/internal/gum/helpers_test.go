package gum_test

import (
	"strings"
	"testing"

	"hotline/importer/internal/gum"
)

// conllu builds a made-up CoNLL-U file from lines whose word lines give, separated by
// spaces, ID FORM UPOS HEAD DEPREL MISC, MISC running to the line's end (LEMMA is the form in lower case, XPOS, FEATS and
// DEPS are "_"); comments and blank lines are kept as they are.
func conllu(tb testing.TB, lines ...string) string {
	tb.Helper()
	var b strings.Builder
	for _, l := range lines {
		if l != "" && !strings.HasPrefix(l, "#") {
			f := strings.SplitN(l, " ", 6)
			if len(f) != 6 {
				tb.Fatalf("fixture line %q: %d fields, want 6", l, len(f))
			}
			l = strings.Join([]string{f[0], f[1], strings.ToLower(f[1]), f[2], "_", "_", f[3], f[4], "_", f[5]}, "\t")
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// read reads a made-up file and fails the test on an error.
func read(tb testing.TB, text string, o gum.Options) []gum.Doc {
	tb.Helper()
	docs, err := gum.Read(strings.NewReader(text), o)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// printed is what a document prints on runes [start, end) of its text.
func printed(d gum.Doc, start, end int) string {
	if start < 0 {
		return "-"
	}
	return string([]rune(d.Text)[start:end])
}

package lexicon_test

import (
	"testing"

	"hotline/importer/extract/lexicon"
)

// mustLoad returns the embedded lexicon, failing the test when it does not load.
func mustLoad(tb testing.TB) *lexicon.Lexicon {
	tb.Helper()
	lex, err := lexicon.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return lex
}

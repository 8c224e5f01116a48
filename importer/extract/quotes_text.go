package extract

import (
	"hotline/importer/extract/tokens"
	"strings"
	"unicode"
)

// quoteText is the quoted words as printed (a quotation never spans paragraphs: each
// paragraph of a long one is a quotation of its own).
func quoteText(rs []rune, q tokens.QuoteSpan) string {
	return string(rs[q.Start:q.End])
}

func wordCount(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }))
}

func (s *scan) textOrEmpty(from, to int) string {
	if from < 0 || to <= from || to > len(s.toks) {
		return ""
	}
	return s.text(from, to)
}

// endsLikeSpeech reports quoted words that end as a sentence does; a quoted paragraph
// without final punctuation is a subheading, not more speech.
func endsLikeSpeech(text string) bool {
	t := strings.TrimRight(text, " ”’\"'")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "…")
}

// isTitle reports quoted words that name a work: short, title-cased, no final punctuation
// ("The Art of the Deal").
func isTitle(text string) bool {
	w := strings.Fields(text)
	if len(w) < 2 || len(w) > 8 || endsLikeSpeech(text) {
		return false
	}
	caps := 0
	for _, x := range w {
		if r := []rune(x)[0]; unicode.IsUpper(r) {
			caps++
		}
	}
	return caps*2 >= len(w)
}

package importer

import (
	"strings"
	"unicode/utf8"

	"hotline/db"
	"hotline/importer/extract"
)

// runeSpan checks an extractor span against a text of n runes: a span outside the text or
// empty is no evidence (storing it would break substr(text, start+1, end-start)).
func runeSpan(start, end, n int) (*db.Span, bool) {
	if start < 0 || end <= start || end > n {
		return nil, false
	}
	return &db.Span{Start: start, End: end}, true
}

// sentenceSpan returns where an evidence sentence stands in the text, so that only its
// offsets are stored, or nil when the extractor's offsets do not hold exactly that sentence
// (the sentence itself is stored then).
func sentenceSpan(text []rune, ev extract.Span) *db.Span {
	from, to := ev.SentenceStart, ev.SentenceEnd
	if ev.Sentence == "" || from < 0 || to <= from || to > len(text) {
		return nil
	}
	i := 0
	for _, r := range ev.Sentence {
		if from+i >= to || text[from+i] != r {
			return nil
		}
		i++
	}
	if from+i != to {
		return nil
	}
	return &db.Span{Start: from, End: to}
}

// quoteSpan returns the span of a quotation's words in the text: the extractor's span when
// it holds exactly those words, else the occurrence of the words nearest to it, else nil.
func quoteSpan(text []rune, quote string, start, end int) *db.Span {
	if span, ok := runeSpan(start, end, len(text)); ok && string(text[start:end]) == quote {
		return span
	}
	if quote == "" {
		return nil
	}
	s := string(text)
	var best *db.Span
	for from := 0; ; {
		i := strings.Index(s[from:], quote)
		if i < 0 {
			break
		}
		at := utf8.RuneCountInString(s[:from+i])
		if best == nil || absInt(at-start) < absInt(best.Start-start) {
			best = &db.Span{Start: at, End: at + utf8.RuneCountInString(quote)}
		}
		from += i + len(quote)
	}
	return best
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

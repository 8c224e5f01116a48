package extract

import (
	"hotline/importer/extract/tokens"
)

// markQuotes records which tokens are quoted words.
func (s *scan) markQuotes() {
	s.inQuote = make([]bool, len(s.toks))
	s.quotes = tokens.QuoteSpans(s.rs)
	spans := s.quotes
	k := 0
	for i, t := range s.toks {
		for k < len(spans) && spans[k].Close < t.Start {
			k++
		}
		s.inQuote[i] = k < len(spans) && (t.Start > spans[k].Open || spans[k].Unmarked && t.Start == spans[k].Open) && t.Start < spans[k].Close
	}
}

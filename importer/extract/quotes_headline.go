package extract

import (
	"unicode"

	"hotline/importer/extract/tokens"
)

// headlineQuote reports a quotation in single marks that ends its paragraph right after a
// word, with no full stop: a headline's ("Minister on the talks: 'We are close'",
// "X says 'the door is open'"). A paragraph of a story ends its sentence, inside the
// marks or after them (‘We are close.’, ‘close’.), and headlines yield no quotes.
func (s *scan) headlineQuote(q tokens.QuoteSpan) bool {
	c := q.Close
	if q.OpenEnd || c < 1 || c >= len(s.rs) || s.rs[c] != '’' && s.rs[c] != '\'' {
		return false
	}
	if c+1 < len(s.rs) && s.rs[c+1] != '\n' {
		return false
	}
	before := s.rs[c-1]
	return unicode.IsLetter(before) || unicode.IsDigit(before)
}

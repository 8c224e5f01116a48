package extract

import (
	"fmt"
	"strings"

	"hotline/importer/dates"
)

// A year alone ("The two first met in 2019", "He met Y last year", "In 2019, X met Y"), or
// a span before an event of no day told ("met Y a day after the vote", "A week after the
// election, X met Y"), gives a contact no date of the formats, but the extraction
// guidelines keep the words as date_text, as they keep "last week". It is read last, for a contact that no rule dated
// or gave words (the story's day, a headline's, a nearby contact's all come first), and
// only where the year plainly tells of the contact: opening its sentence, or after the
// contact word with no mark of punctuation and no other doing between ("met Y to discuss
// the accord signed in 2019" tells the accord's year). The date rules never see a year
// alone (sentenceDates), so it ends no story's day and merges nothing.

// yearTexts gives each contact without a date or words the year alone, or the span before
// an undated event, told of it.
func (x *Extractor) yearTexts(r *resolver, cs []Contact) {
	s := r.s
	var idx func(int) int
	for i := range cs {
		c := &cs[i]
		if c.Date != "" || c.DateText != "" {
			continue
		}
		if idx == nil {
			idx = s.tokenIndex()
		}
		at := idx(c.Evidence.Start)
		if at < 0 {
			continue
		}
		to := at + 1
		for to < len(s.toks) && s.toks[to].Start < c.Evidence.End {
			to++
		}
		if d, ok := s.yearOf(at, to); ok {
			c.DateText = d.text
			s.note(s.toks[at].Sent, "date", "date.late-words", true, -1, -1, fmt.Sprintf("%q kept as words: a year alone, or a span from an undated event, names no day or month", d.text))
		}
	}
}

// yearOf returns the year alone, or the span from an undated event, that tells of the
// contact word at tokens [at, to).
func (s *scan) yearOf(at, to int) (dateExpr, bool) {
	si := s.toks[at].Sent
	for _, d := range s.placeDates(si, func(e dates.Expr) bool { return e.Kind == dates.YearOnly || e.Kind == dates.Anaphoric && e.Leads }) {
		if s.inQuote[d.from] != s.inQuote[at] {
			continue
		}
		if d.to <= at && s.opensSentence(d) || d.from >= to && d.from-to <= 8 && s.plainBetween(to, d.from) {
			return d, true
		}
	}
	return dateExpr{}, false
}

// opensSentence reports a date that opens its sentence after its preposition and
// qualifier: "In 2019, ...", "In early 2019, ...".
func (s *scan) opensSentence(d dateExpr) bool {
	first := s.sents[s.toks[d.from].Sent].from
	for k := first; k < d.from; k++ {
		switch s.toks[k].Low {
		case "in", "during", "early", "late", "mid", "-":
		default:
			return false
		}
	}
	return true
}

// plainBetween reports tokens [from, to) without a mark of punctuation or a participle or
// past form of another doing ("signed", "reaching"): names, places and small words only.
func (s *scan) plainBetween(from, to int) bool {
	for k := from; k < to; k++ {
		t := s.toks[k]
		if hasPunct(s, k, k+1) {
			return false
		}
		if !t.Cap && t.Low != "during" && (strings.HasSuffix(t.Low, "ed") || strings.HasSuffix(t.Low, "ing")) {
			return false
		}
	}
	return true
}

package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// describedCountry returns the country of a demonym that opens a description ending right
// before a name in a noun of a person that no office names: "U.S. Republican presidential
// candidate X", "Iranian reformist lawmaker X", "a Russian opposition activist X". News
// introduces people the reader does not know this way, so the demonym is the only word
// that tells their country. Up to four plain words may stand between the demonym and the
// noun, none of them matched, a given name or a function word ("and": a list is not one
// description; "the Iranian advice as his fellow X" describes no X). A
// country's name counts only as an abbreviation used as an adjective ("U.S.", "UK"): "a
// China analyst" studies China. "" when no such description stands there.
func (x *Extractor) describedCountry(s *scan, se sentence, from int) string {
	k := from - 1
	if k <= se.from {
		return ""
	}
	if t := s.toks[k]; t.Kind != tokens.Word || t.Cap || !s.isPersonNoun(t.Low) {
		return ""
	}
	for j := k - 1; j >= se.from && j >= k-5; j-- {
		if m, ok := s.matchOf(j); ok {
			if m.To != j+1 {
				return ""
			}
			switch {
			case m.Kind == lexicon.PhraseDemonym:
				return x.gaz.Countries[m.Idx].Code
			case m.Kind == lexicon.PhraseCountry && m.To-m.From == 1 && isAbbreviation(s.toks[j].Text):
				return x.gaz.Countries[m.Idx].Code
			}
			return ""
		}
		w := s.toks[j]
		if w.Kind != tokens.Word || !w.Cap && x.gaz.Stop[w.Low] || w.Cap && x.firstName(w.Text) {
			return ""
		}
	}
	return ""
}

// isPersonNoun reports a noun that names a person by what they do, not by an office:
// "candidate", "lawmaker", "analyst", "envoy".
func (s *scan) isPersonNoun(w string) bool {
	return s.gaz.In(lexicon.Candidacy, w) || s.gaz.In(lexicon.Epithet, w) || s.gaz.In(lexicon.Serving, w) || s.isHeadNoun(w)
}

// isAbbreviation reports a country's short form printed in capitals ("U.S.", "UK").
func isAbbreviation(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w
}

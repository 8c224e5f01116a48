package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// sportsFixture returns the token of a contest word (class fixture) that ends an "in"
// phrase after a verb of meeting, "Federer met Nadal in the final of the French Open",
// "will meet Berg in Sunday's semifinal": players or teams meet as opponents in a match,
// which is no meeting of theirs. The word must end its phrase (a preposition, a
// punctuation mark or the clause's end after it), so that "met X in the final days of the
// campaign" stays a meeting. -1 when there is none.
func (s *scan) sportsFixture(c clause, tr trigger) int {
	if cw, ok := s.gaz.ContactWords[s.toks[tr.at].Low]; !ok || cw.Pattern != "meet" || tr.noun {
		return -1
	}
	for k := tr.to; k < c.to && k <= tr.to+10; k++ {
		if s.toks[k].Low != "in" {
			continue
		}
		for j := k + 1; j < c.to && j <= k+4; j++ {
			if s.gaz.In(lexicon.Preposition, s.toks[j].Low) {
				break // "met X in Belgrade after the match": the match is another phrase's
			}
			if !s.gaz.In(lexicon.Fixture, s.toks[j].Low) {
				continue
			}
			if j+1 >= c.to || s.toks[j+1].Kind != tokens.Word || s.gaz.In(lexicon.Preposition, s.toks[j+1].Low) {
				return j
			}
			break
		}
	}
	return -1
}

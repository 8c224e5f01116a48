package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// SidelinesRule ends the rule name of a contact told as held on the sidelines of a
// gathering ("contact.met+sidelines"): a bilateral "on the margins of the summit" is a
// meeting of its own, which the merge of one meeting told through two of its parties must
// not fold into the summit's contact, however many of the summit's leaders the article
// names. The rule is what a contact_mentions row keeps, so it carries the mark across runs.
const SidelinesRule = "+sidelines"

// OnSidelines reports a contact rule that SidelinesRule ends.
func OnSidelines(rule string) bool { return strings.HasSuffix(rule, SidelinesRule) }

// BaseRule is a contact rule without the SidelinesRule mark: the words that told the
// contact ("contact.talks").
func BaseRule(rule string) string { return strings.TrimSuffix(rule, SidelinesRule) }

// onSidelines reports the edge of a gathering told in the sentence of the contact word
// tr: "On the sidelines of the G20 summit, X met Y", "X held talks with Y on the margins
// of the NATO summit", "on the summit's fringes". The place is the contact's: a sentence
// tells one occasion.
func (s *scan) onSidelines(tr trigger) bool {
	se := s.sents[s.toks[tr.at].Sent]
	for k := se.from + 2; k < se.to; k++ {
		if !s.tokIn(lexicon.Margins, k) {
			continue
		}
		for j := k - 1; j >= se.from && j >= k-4; j-- {
			t := s.toks[j]
			if t.Low == "on" || t.Low == "at" {
				return true
			}
			if t.Kind == tokens.Punct {
				break
			}
		}
	}
	return false
}

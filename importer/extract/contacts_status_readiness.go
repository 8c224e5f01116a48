package extract

import (
	"hotline/importer/extract/lexicon"
	"strings"
)

// readyTo reports an adjective of readiness at token k (words class readiness) right
// before "to" and the contact: "X is prepared to meet Y", "stands ready to hold talks
// with Y", "is open to a call with Y". The contact is offered, not arranged: proposed. A
// participle ("prepared") counts only after a form of "be" or a copula, "X is prepared
// to meet Y", "remains prepared to talk"; "X prepared to meet Y" tells a plan.
func (s *scan) readyTo(c clause, k int, tr trigger, head int) bool {
	if !s.tokIn(lexicon.Readiness, k) || k+2 > tr.at || s.toks[k+1].Low != "to" {
		return false
	}
	if k+2 != head && !(tr.noun && (head == tr.at || head == k+1) && tr.at-k <= 4) {
		return false // "ready to sign the deal at talks with Y": the talks are no offer
	}
	if !strings.HasSuffix(s.toks[k].Low, "ed") {
		return true
	}
	return s.copulaBefore(c, k)
}

// copulaBefore reports a form of "be" or a copula before token k, past adverbs and
// auxiliaries ("is still prepared", "has always been prepared"): k is an adjective.
func (s *scan) copulaBefore(c clause, k int) bool {
	for j := k - 1; j >= c.from && j >= k-3; j-- {
		w := s.toks[j].Low
		switch {
		case isBeVerb(w) || w == "be" || s.tokIn(lexicon.Copula, j):
			return true
		case strings.HasSuffix(w, "ly") || s.tokIn(lexicon.CopulaAux, j):
			continue
		default:
			return false
		}
	}
	return false
}

// reluctantTo reports an adjective of unreadiness at token k (words class reluctance)
// right before "to" and the contact at token at: "X is unwilling to talk to Y",
// "reluctant to meet Y". Refused: no contact.
func (s *scan) reluctantTo(k, at int) bool {
	return s.tokIn(lexicon.Reluctance, k) && k+2 <= at && at-k <= 6 && s.toks[k+1].Low == "to"
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// appositionEnd returns the comma that closes an apposition opened by the comma at token
// k (", the Ethiopian government's representative,") when it holds no verb and closes
// before token to; else -1.
func (s *scan) appositionEnd(k, to int) int {
	if k+1 >= to {
		return -1
	}
	switch s.toks[k+1].Low {
	case "the", "a", "an", "his", "her":
	default:
		return -1
	}
	for j := k + 2; j < to && j < k+12; j++ {
		t := s.toks[j]
		if t.Text == "," {
			return j
		}
		if s.gaz.IsSpeechVerb(t.Low) || s.verbAfter(j) || t.Kind == tokens.QuoteMark {
			return -1
		}
	}
	return -1
}

// orgModifies reports an organization named only to qualify the person after it: "Hamas
// political bureau chief Ismail Haniyeh", "CIA Director William Burns".
func (s *scan) orgModifies(at []int, mi int) bool {
	m := s.mentions[mi]
	if m.kind != mOrg {
		return false
	}
	if m.to < len(s.toks) && (s.isMatchKind(m.to, lexicon.PhraseOffice) || s.isHeadNoun(s.toks[m.to].Low)) {
		return true // "Perthes, the UN envoy for Sudan, spoke": the envoy is the party, not the UN
	}
	if m.to < len(s.toks) && s.gaz.In(lexicon.Gathering, s.toks[m.to].Low) {
		return true // "The NATO summit brought together A and B": the body names the gathering, the leaders meet
	}
	for k := m.to; k < len(s.toks) && k < m.to+5; k++ {
		if a := at[k]; a >= 0 && a != mi {
			return s.mentions[a].kind == mPerson && k > m.to
		}
		if t := s.toks[k]; t.Kind != tokens.Word || t.Cap && !s.isMatchKind(k, lexicon.PhraseOffice) && !s.gaz.In(lexicon.Calling, t.Low) {
			return false
		}
	}
	return false
}

// verbAfter reports a finite verb right after token i-1: the name before it is a subject.
func (s *scan) verbAfter(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.Kind != tokens.Word || t.Cap {
		return false
	}
	return s.gaz.In(lexicon.FiniteVerb, t.Low) || len(t.Low) > 4 && strings.HasSuffix(t.Low, "ed")
}

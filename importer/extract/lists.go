package extract

import "strings"

// appositionEnd returns the comma that closes an apposition opened by the comma at token
// k (", the Ethiopian government's representative,") when it holds no verb and closes
// before token to; else -1.
func (s *scan) appositionEnd(k, to int) int {
	if k+1 >= to {
		return -1
	}
	switch s.toks[k+1].low {
	case "the", "a", "an", "his", "her":
	default:
		return -1
	}
	for j := k + 2; j < to && j < k+12; j++ {
		t := s.toks[j]
		if t.text == "," {
			return j
		}
		if s.gaz.isSpeechVerb(t.low) || s.verbAfter(j) || t.kind == tQuote {
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
	if m.to < len(s.toks) && (s.isMatchKind(m.to, pOffice) || isHeadNoun(s.toks[m.to].low)) {
		return true // "Perthes, the UN envoy for Sudan, spoke": the envoy is the party, not the UN
	}
	for k := m.to; k < len(s.toks) && k < m.to+5; k++ {
		if a := at[k]; a >= 0 && a != mi {
			return s.mentions[a].kind == mPerson && k > m.to
		}
		if t := s.toks[k]; t.kind != tWord || t.cap && !s.isMatchKind(k, pOffice) && !isCalling(t.low) {
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
	if t.kind != tWord || t.cap {
		return false
	}
	switch t.low {
	case "held", "met", "spoke", "has", "had", "have", "is", "was", "will", "would", "told", "called", "visited", "arrived", "left", "flew":
		return true
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

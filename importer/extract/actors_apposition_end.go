package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// The end of an apposition and a finite verb after a name: the actors stage reads them
// to find a relative clause's subject ("which X, the prime minister, called"), the
// contacts stage to read lists of parties (a name with an apposition and a verb after it
// ends one: apposedSubject).

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

// apposedSubject reports a name that an apposition follows and a verb after it, "Hua
// Chunying, a spokeswoman for the ministry, said": the subject of a clause of its own,
// not one more of a list before it ("to meet Kerry, Hua Chunying, ..., said"). to bounds
// the sentence.
func (s *scan) apposedSubject(m mention, to int) bool {
	if m.to >= to || s.toks[m.to].Text != "," {
		return false
	}
	e := s.appositionEnd(m.to, to)
	return e > 0 && e+1 < to && (s.gaz.IsSpeechVerb(s.toks[e+1].Low) || s.verbAfter(e+1))
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// unnamedAntecedent reports a "he" or "she" m whose own sentence names no person before it
// but holds, before it, a phrase opened by "a", "an", "one", "another", "my", "your" or "our"
// and closed by a noun of a private person whose gender agrees (words class private-person):
// "placed in front of a monk so he can pick it up", "what a scientist has in his mind, they
// can see what he has", "Why should I bother my child when he can buy a computer": the
// pronoun stands for that unnamed person, not for one named sentences before. A pronoun
// that speaks is left to unnamedSpeaker.
func (r *resolver) unnamedAntecedent(m *mention, p string) bool {
	s := r.s
	if s.pronounSpeaks(*m) {
		return false // "..., the youngest of whom was a boy of one, he said": unnamedSpeaker's, which reads the speech verb's subject
	}
	se := s.sents[m.sent]
	for _, mi := range s.sentenceMentions(m.sent) {
		o := s.mentions[mi]
		if o.from < m.from && o.actor >= 0 && r.actors[o.actor].kind == "person" && s.inQuote[o.from] == s.inQuote[m.from] {
			return false // "Putin, a former KGB officer, said he": the one named
		}
	}
	for k := se.from; k < m.from; k++ {
		t := s.toks[k]
		if s.inQuote[k] != s.inQuote[m.from] || t.Kind != tokens.Word || !s.gaz.In(lexicon.PrivatePerson, t.Low) || !s.genderAgrees(t.Low, p) {
			continue
		}
		for j := k - 1; j >= se.from && j >= k-4 && s.toks[j].Kind == tokens.Word && s.toks[j].Low != "the"; j-- {
			switch s.toks[j].Low {
			case "a", "an", "one", "another", "my", "your", "our":
				return true
			}
		}
	}
	return false
}

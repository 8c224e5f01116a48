package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// groupBody returns the international body whose members speak together when an
// attribution with no speaker has "the leaders", "the ministers" (words class group) for
// subject and a sentence of the three before named them as that body's: "Leaders of the
// Group of Seven met in Apulia. ... "...," the leaders said in a final communique" and
// "ASEAN foreign ministers met ... the ministers said in a joint communique" are the G7's
// and ASEAN's words, as "the G7 leaders said" is. -1 otherwise: "the two leaders said" of
// a bilateral meeting names no body.
func (r *resolver) groupBody(at []int, a attribution) int {
	s := r.s
	if a.speaker >= 0 || !a.found || a.from < 0 {
		return -1
	}
	noun := -1
	for k := a.from; k+1 < a.to && k+1 < len(s.toks); k++ {
		if s.toks[k].Low == "the" && s.gaz.In(lexicon.Group, s.toks[k+1].Low) && k+2 < len(s.toks) && s.gaz.IsSpeechVerb(s.toks[k+2].Low) {
			noun = k + 1
			break
		}
	}
	if noun < 0 {
		return -1
	}
	si := s.toks[noun].Sent
	for k := noun - 1; k >= 0 && si-s.toks[k].Sent <= 3; k-- {
		if s.toks[k].Low != s.toks[noun].Low || s.inQuote[k] {
			continue
		}
		if b := r.bodyBeside(at, k); b >= 0 {
			return b
		}
	}
	return -1
}

// bodyBeside returns the international body named right before the plural noun at token k
// (past other nouns and adjectives: "ASEAN foreign ministers") or after it and "of the"
// ("Leaders of the Group of Seven"), or -1.
func (r *resolver) bodyBeside(at []int, k int) int {
	s := r.s
	body := func(j int) int {
		if j < 0 || j >= len(s.toks) || at[j] < 0 {
			return -1
		}
		m := s.mentions[at[j]]
		if m.kind != mOrg || m.actor < 0 || r.actors[m.actor].orgKind != "international" {
			return -1
		}
		return m.actor
	}
	for j := k - 1; j >= 0 && j >= k-3 && s.toks[j].Sent == s.toks[k].Sent; j-- {
		if b := body(j); b >= 0 {
			return b
		}
		if t := s.toks[j]; t.Kind != tokens.Word || !t.Cap && j < k-1 && t.Low != "foreign" && t.Low != "defence" && t.Low != "defense" && t.Low != "finance" {
			break
		}
	}
	if k+2 < len(s.toks) && s.toks[k+1].Low == "of" {
		j := k + 2
		if s.toks[j].Low == "the" {
			j++
		}
		return body(j)
	}
	return -1
}

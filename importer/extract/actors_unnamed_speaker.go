package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// unnamedSpeaker resolves a "he"/"she" that speaks ("he said", "she added", "said he")
// after a sentence whose speaker is a person left unnamed: in `"...," a senior State
// Department official said. "...," he added.` and `A Western diplomat said Weiss had been
// firm. "...," he said.` the pronoun is the official or the diplomat, not the person named
// before them. It returns the body the unnamed person speaks for ("a State Department
// official": the State Department; "a diplomat": none, -1) and true, or false when the
// nearest of the two sentences before that has a subject has a named person for it. "The
// diplomat said" counts unless the resolver made "the diplomat" a person named before.
func (r *resolver) unnamedSpeaker(m *mention, subject map[int]int) (int, bool) {
	s := r.s
	p := strings.ToLower(m.words[0])
	if p != "he" && p != "she" || !s.pronounSpeaks(*m) {
		return -1, false
	}
	para := s.sents[m.sent].para
	for k := m.sent - 1; k >= 0 && k >= m.sent-2 && para-s.sents[k].para <= 1; k-- {
		if a, ok := r.unnamedIn(k, p); ok {
			return a, true
		}
		if _, ok := subject[k]; ok {
			return -1, false // "Tabari said the talks were useful. "...," he said": Tabari
		}
	}
	return -1, false
}

// pronounSpeaks reports a pronoun that is the subject of a speech verb right after it ("he
// said", "she later added") or right before it ("said he").
func (s *scan) pronounSpeaks(m mention) bool {
	k := m.to
	if k < len(s.toks) && (s.toks[k].Low == "also" || s.toks[k].Low == "later" || s.toks[k].Low == "then") {
		k++
	}
	if k < len(s.toks) && s.toks[k].Sent == m.sent && s.gaz.IsSpeechVerb(s.toks[k].Low) {
		return true
	}
	return m.from > 0 && s.toks[m.from-1].Sent == m.sent && s.gaz.IsSpeechVerb(s.toks[m.from-1].Low)
}

// unnamedIn returns the body of the unnamed person who speaks in sentence si (-1 for
// none) and true, when the sentence's first speech verb outside quotations has for subject
// a phrase opened by an article and closed by a noun of the unnamed class, with no named
// person inside: "A senior official said", `," one Western diplomat told Reuters`, "said a
// ministry spokesman", "An EU diplomat who attended the talks said". A noun whose gender
// disagrees with pronoun p ("a spokeswoman" for "he") is no such speaker.
func (r *resolver) unnamedIn(si int, p string) (int, bool) {
	s := r.s
	se := s.sents[si]
	verb := -1
	for k := se.from; k < se.to; k++ {
		if !s.inQuote[k] && s.toks[k].Kind == tokens.Word && s.gaz.IsSpeechVerb(s.toks[k].Low) && !strings.HasSuffix(s.toks[k].Low, "ing") {
			verb = k
			break
		}
	}
	if verb < 0 {
		return -1, false
	}
	// the noun of the phrase: right after an inverted verb ("said a senior official"), or
	// the last unnamed noun before the verb
	noun := -1
	if verb > se.from && (s.toks[verb-1].Text == "," || s.toks[verb-1].Kind == tokens.QuoteMark) {
		for k := verb + 1; k < se.to && k <= verb+7; k++ {
			if s.toks[k].Kind != tokens.Word {
				break
			}
			if s.gaz.In(lexicon.Unnamed, s.toks[k].Low) {
				noun = k
				break
			}
		}
	}
	if noun < 0 {
		for k := verb - 1; k >= se.from && k >= verb-14; k-- {
			if s.inQuote[k] || s.toks[k].Kind == tokens.QuoteMark {
				break
			}
			if s.gaz.In(lexicon.Unnamed, s.toks[k].Low) {
				noun = k
				break
			}
		}
		if noun < 0 || r.personBetween(noun+1, verb) {
			return -1, false // "A diplomat said after meeting Weiss": not with a person between
		}
	}
	if noun < 0 || !s.genderAgrees(s.toks[noun].Low, p) {
		return -1, false
	}
	det := -1
	for k := noun - 1; k >= se.from && k >= noun-6; k-- {
		t := s.toks[k]
		if t.Kind != tokens.Word {
			break
		}
		if t.Low == "a" || t.Low == "an" || t.Low == "one" || t.Low == "another" || t.Low == "the" {
			det = k
			break
		}
	}
	if det < 0 || s.toks[det].Low == "the" && s.gaz.In(lexicon.HolderRole, s.toks[noun].Low) {
		return -1, false // "the envoy said" stands for an envoy named before, though the resolver found none
	}
	if det > se.from {
		if t := s.toks[det-1]; t.Kind != tokens.QuoteMark && t.Text != "," && !s.gaz.IsSpeechVerb(t.Low) && t.Low != "but" && t.Low != "and" {
			return -1, false // "met a senior official": not the sentence's subject
		}
		if mi := s.mentionAt(det - 2); s.toks[det-1].Text == "," && mi >= 0 && r.actors[s.mentions[mi].actor].kind == "person" {
			return -1, false // "Koh, an expert on North Korea, said": the apposition of a name
		}
	}
	body := -1
	for k := det; k < noun; k++ {
		mi := s.mentionAt(k)
		if mi < 0 {
			continue
		}
		a := s.mentions[mi].actor
		if r.actors[a].kind == "person" {
			return -1, false // "an aide to Karimov", "a Karimov aide": the resolver's
		}
		body = a // "a senior State Department official": the State Department
	}
	return body, true
}

// personBetween reports a named person outside quotations in tokens [from, to).
func (r *resolver) personBetween(from, to int) bool {
	s := r.s
	for k := from; k < to; k++ {
		if s.inQuote[k] {
			continue
		}
		if mi := s.mentionAt(k); mi >= 0 && r.actors[s.mentions[mi].actor].kind == "person" {
			return true
		}
	}
	return false
}

// genderAgrees reports a noun of the unnamed class whose gender, if it tells one (words.tsv
// male and female: "spokesman", "spokeswoman"), is that of pronoun p.
func (s *scan) genderAgrees(noun, p string) bool {
	switch s.gaz.Gender(noun) {
	case "m":
		return p == "he"
	case "f":
		return p == "she"
	}
	return true
}

// unnamedSpokesOf reports a person or body mention followed by an unnamed spokesperson of
// it ("Ms Wong's spokesperson said", "a ministry spokesman told"), whom "the spokesperson"
// later stands for; "Putin's spokesman Dmitry Peskov" is named, not unnamed.
func (s *scan) unnamedSpokesOf(m mention) bool {
	if s.inQuote[m.from] || m.kind != mPerson && m.kind != mOrg {
		return false
	}
	k := m.to
	if k < len(s.toks) && s.toks[k].Kind == tokens.Poss {
		k++
	} else if m.kind == mPerson {
		return false
	}
	if k >= len(s.toks) || !isSpokesWord(s.toks[k].Low) {
		return false
	}
	return k+1 >= len(s.toks) || !s.toks[k+1].Cap
}

// indefiniteBefore reports a description m ("the diplomat") whose noun, of words class
// unnamed, introduced an unnamed person in its sentence or the two before, outside
// quotations, after an indefinite determiner ("a Western diplomat", "one diplomat"): the
// description is that person, not one named before.
func (s *scan) indefiniteBefore(m mention) bool {
	w := s.toks[m.from].Low
	if !s.gaz.In(lexicon.Unnamed, w) {
		return false
	}
	from := s.sents[max(m.sent-2, 0)].from
	for k := m.from - 1; k >= from; k-- {
		if s.toks[k].Low != w || s.inQuote[k] {
			continue
		}
		for j := k - 1; j >= from && j >= k-4; j-- {
			t := s.toks[j]
			if t.Low == "a" || t.Low == "an" || t.Low == "one" || t.Low == "another" {
				return true
			}
			if t.Kind != tokens.Word || t.Low == "the" {
				break
			}
		}
	}
	return false
}

// bodyOfBareOfficial returns the body an official named by no body speaks for, "a senior
// official said", `," an official said`: the body, no news medium, that spoke in the two
// sentences before ("The Kazakh Foreign Ministry said on Monday it had protested"), as
// GUIDELINES.md gives an unnamed official's words to the official's organization; -1 when
// the official does not speak or no such body spoke.
func (r *resolver) bodyOfBareOfficial(m mention) int {
	s := r.s
	if !s.speechAfter(s.sents[m.sent], m.to) && !s.invertedAttribution(m.from) {
		return -1
	}
	a := r.orgSpokeBefore(m.sent, 2)
	if a < 0 || r.actors[a].orgKind == "media" {
		return -1
	}
	return a
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// sharedCountry returns the country of the person named right before the "and" at token
// j when a demonym gave it with another office: in "Iraqi Prime Minister Mohammed Shia
// al-Sudani and President Abdul Latif Rashid" the demonym governs both offices. A known
// actor's own country still wins over this one.
func (s *scan) sharedCountry(se sentence, j int, role string) string {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.sent != s.toks[j].Sent || m.kind != mPerson {
			continue
		}
		if m.to == j && m.role != "" && m.role != role && m.country != "" && s.demonymBefore(se, m.from) {
			return m.country
		}
		return ""
	}
	return ""
}

// governmentAnd returns the country of "<country> government" right before the "and" at
// token j before a national office (role): in "the UK government and Prime Minister X"
// one country governs both, the government and its head; "" otherwise, and after
// "between", which sets two sides apart ("talks between the Israeli government and Hamas
// leader X").
func (x *Extractor) governmentAnd(s *scan, se sentence, j int, role string) string {
	k := j - 1
	if k <= se.from || s.toks[k].Low != "government" || !x.gaz.IsNationalOffice(role) {
		return ""
	}
	m, ok := s.matchOf(k - 1)
	if !ok || m.To != k || m.Kind != lexicon.PhraseCountry && m.Kind != lexicon.PhraseDemonym {
		return ""
	}
	for b := m.From - 1; b >= se.from && b >= m.From-2; b-- {
		if s.toks[b].Low == "between" {
			return ""
		}
	}
	return x.gaz.Countries[m.Idx].Code
}

// demonymBefore reports a demonym opening the title before a name at token from.
func (s *scan) demonymBefore(se sentence, from int) bool {
	for k := from - 1; k >= se.from && k >= from-6; k-- {
		if s.isMatchKind(k, lexicon.PhraseDemonym) {
			return true
		}
		if t := s.toks[k]; t.Kind != tokens.Word || !t.Cap {
			return false
		}
	}
	return false
}

// officeOf reads "of (the) <country>" after an office ending at token j: "President of
// Indonesia", "President of the French Republic"; "" when no country follows.
func (x *Extractor) officeOf(s *scan, se sentence, j int) string {
	if m, ok := s.ofPhrase(se, j); ok && (m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym) {
		return x.gaz.Countries[m.Idx].Code
	}
	return ""
}

// ofPhrase returns the gazetteer phrase of "of (the) <phrase>" at token j.
func (s *scan) ofPhrase(se sentence, j int) (lexicon.Match, bool) {
	if j = s.afterOf(se, j); j < 0 {
		return lexicon.Match{}, false
	}
	m, ok := s.matchOf(j)
	return m, ok && m.From == j
}

// afterOf returns the token after "of" or "of the" at token j (the start of what the "of"
// names), or -1 when token j is no "of" with a word after it. Offices, bodies and states
// are all named so ("President of the French Republic", "of the Office of ...").
func (s *scan) afterOf(se sentence, j int) int {
	if j+1 >= se.to || s.toks[j].Low != "of" {
		return -1
	}
	j++
	if s.toks[j].Low == "the" && j+1 < se.to {
		j++
	}
	return j
}

// nationalsBefore reads the country of "<demonym> nationals, A and B" or "a French
// citizen, A" before a name at token from: the persons are that country's. Only names,
// commas and "and" may stand between the noun and the name; "" when no such noun is
// there.
func (x *Extractor) nationalsBefore(s *scan, se sentence, from int) string {
	for k := from - 1; k > se.from && k >= from-12; k-- {
		t := s.toks[k]
		if s.gaz.In(lexicon.National, t.Low) && !t.Cap {
			if m, ok := s.matchOf(k - 1); ok && m.To == k && m.Kind == lexicon.PhraseDemonym {
				return x.gaz.Countries[m.Idx].Code
			}
			return ""
		}
		if t.Kind == tokens.Word && t.Cap || t.Text == "," || t.Low == "and" {
			continue
		}
		return ""
	}
	return ""
}

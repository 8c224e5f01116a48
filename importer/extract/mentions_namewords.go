package extract

import (
	"strings"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// nameDespiteStop reports a capitalized word that is usually a month or a function word
// but here is a surname: after a known first name ("Theresa May", "Denis Will"), or a
// month written alone right before "said"/"told" ("May said", never a date).
func (x *Extractor) nameDespiteStop(s *scan, i int) bool {
	t := s.toks[i]
	if !t.Cap || t.Kind != tokens.Word || strings.HasSuffix(t.Text, ".") {
		return false
	}
	if s.knownStopOpener(i) || x.titledStopSurname(s, i) {
		return true
	}
	_, month := dates.MonthNumber(t.Low)
	if !month && t.Low != "will" && t.Low != "hope" && t.Low != "rich" {
		return false
	}
	if x.namedAsSurname(s, i) {
		return true
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].Sent == t.Sent {
		switch s.toks[n].Low {
		case "said", "says", "told", "added", "wrote":
			return true
		}
	}
	// A person the article named with a first name or a title ("Theresa May") is the
	// word's bearer elsewhere too, where a month cannot stand: as the possessor of an office
	// or an aide ("May's office said", "May's spokesman": words class persons-own), or right after an inverted speech
	// verb at the end of the attribution (`," said May.`).
	if !x.surnameInText(s, t.Text) {
		return false
	}
	if n := i + 2; n < len(s.toks) && s.toks[n].Sent == t.Sent && s.toks[i+1].Kind == tokens.Poss && x.gaz.In(lexicon.PersonsOwn, s.toks[n].Low) {
		return true
	}
	if p, n := i-1, i+1; p >= 0 && s.toks[p].Sent == t.Sent && s.gaz.IsSpeechVerb(s.toks[p].Low) && (n >= len(s.toks) || s.toks[n].Sent != t.Sent || s.toks[n].Text == "." || s.toks[n].Text == ",") {
		return true
	}
	return false
}

// titledStopSurname reports a capitalized function word that is the surname of a titled
// person ("Speaker Anita Among", "Minister Denis Long"): after a title or an office and
// a given name, where the name ends its clause here (`said Speaker Anita Among.`) or
// somewhere else in the article: a function word never ends a clause after a name, so
// there it can only be the name's.
func (x *Extractor) titledStopSurname(s *scan, i int) bool {
	if !x.titledGivenBefore(s, i) {
		return false
	}
	for k := range s.toks {
		if s.toks[k].Text == s.toks[i].Text && x.titledGivenEnds(s, k) {
			return true
		}
	}
	return false
}

// titledGivenEnds reports titledGivenBefore at token i with the clause ending right after
// it (a full stop, comma, semicolon or the end of the sentence).
func (x *Extractor) titledGivenEnds(s *scan, i int) bool {
	if !x.titledGivenBefore(s, i) {
		return false
	}
	n := i + 1
	return n >= len(s.toks) || s.toks[n].Sent != s.toks[i].Sent || s.toks[n].Text == "." || s.toks[n].Text == "," || s.toks[n].Text == ";"
}

// titledGivenBefore reports a capitalized word at token i, inside its sentence, right
// after a known given name that a title or an office precedes ("Speaker Anita _").
func (x *Extractor) titledGivenBefore(s *scan, i int) bool {
	t := s.toks[i]
	g, p := i-1, i-2
	if !t.Cap || t.Kind != tokens.Word || p < 0 || s.toks[p].Sent != t.Sent {
		return false
	}
	gt := s.toks[g]
	if gt.Kind != tokens.Word || !gt.Cap || x.gaz.Stop[gt.Low] || x.gaz.IsTitleWord(gt.Low) || !s.toks[p].Cap {
		return false
	}
	if !x.gaz.IsTitleWord(s.toks[p].Low) && !s.isMatchKind(p, lexicon.PhraseOffice) {
		return false
	}
	return x.firstName(gt.Text)
}

// namedAsSurname reports a capitalized word at token i after a known first name ("Theresa
// May") or after a title or an office ("Mrs May", "Prime Minister May").
func (x *Extractor) namedAsSurname(s *scan, i int) bool {
	t := s.toks[i]
	p := i - 1
	if p < 0 || s.toks[p].Sent != t.Sent || !s.toks[p].Cap {
		return false
	}
	if s.toks[p].Kind == tokens.Word && !x.gaz.Stop[s.toks[p].Low] && x.firstName(s.toks[p].Text) {
		return true
	}
	return x.gaz.IsTitleWord(s.toks[p].Low) || s.isMatchKind(p, lexicon.PhraseOffice) // "Mrs May said", "Prime Minister May"
}

// surnameInText reports a word the article also prints as a surname (namedAsSurname). The
// answer is kept per word: asked of every month of a timeline or a table of dates, reading
// the article each time cost the square of its length.
func (x *Extractor) surnameInText(s *scan, w string) bool {
	if held, ok := s.surnames[w]; ok {
		return held
	}
	held := false
	for k := range s.toks {
		if s.toks[k].Text == w && x.namedAsSurname(s, k) {
			held = true
			break
		}
	}
	if s.surnames == nil {
		s.surnames = map[string]bool{}
	}
	s.surnames[w] = held
	return held
}

// knownStopOpener reports a capitalized stop word inside a sentence that opens a known
// actor's name of several words: "talks with To Lam" (Vietnam's leader).
func (s *scan) knownStopOpener(i int) bool {
	t := s.toks[i]
	return t.Cap && i > 0 && i+1 < len(s.toks) && s.toks[i-1].Sent == t.Sent && s.isKnown(i) && s.isKnown(i+1) && s.matchAt[i] == s.matchAt[i+1] && s.toks[i+1].Cap
}

// particleSurname reports a surname written with a lower-case particle joined by a hyphen
// ("al-Ansari said", "el-Sisi"): it may open a name run although it is not capitalized.
func particleSurname(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && lexicon.IsParticle(w[:i]) && w[i+1] >= 'A' && w[i+1] <= 'Z'
}

// particleOpens reports a lower-case particle that opens a surname ("bin Salman said",
// "von der Leyen said"): particles and then a capitalized word, not after a capitalized
// word (then the particle is inside a full name the run already holds).
func (s *scan) particleOpens(i, end int) bool {
	if i > 0 && s.toks[i-1].Cap && s.toks[i-1].Kind == tokens.Word {
		return false
	}
	for k := i; k < end && k < i+3; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word {
			return false
		}
		if t.Cap {
			return k > i
		}
		if !lexicon.IsParticle(t.Low) {
			return false
		}
	}
	return false
}

// givenNameNotPlace reports a place name that is here a given name: a first name that is
// also a country or capital ("Santiago Peña", "Israel Katz", "Jordan Bardella"), right
// before a capitalized word that is neither a gazetteer phrase nor a stop word.
func (x *Extractor) givenNameNotPlace(s *scan, i int) bool {
	t := s.toks[i]
	if i+1 >= len(s.toks) {
		return false
	}
	n := s.toks[i+1]
	if n.Sent != t.Sent || n.Kind != tokens.Word || !n.Cap || x.gaz.Stop[n.Low] || lexicon.IsDateWord(n.Low) || s.gaz.IsInstitutionNoun(n.Low) {
		return false
	}
	if _, matched := s.matchOf(i + 1); matched {
		return false
	}
	return x.firstName(t.Text) // last: the name key is the costly test
}

// afterLocative reports a run right after "in", "at", "near": a place ("speaking at a rally
// in Balneário Camboriú, said"), not a speaker.
func (s *scan) afterLocative(from int) bool {
	if from == 0 {
		return false
	}
	switch s.toks[from-1].Low {
	case "in", "at", "near", "outside", "into", "across", "inside":
		return true
	}
	return false
}

// nameRuns returns token ranges of capitalized name-like sequences in a sentence. Each
// run keeps at least one name word, as every mention made of it needs one.
func (x *Extractor) nameRuns(s *scan, se sentence) [][2]int {
	var runs [][2]int
	for i := se.from; i < se.to; {
		if !x.isNameWord(s, i) || !s.toks[i].Cap && s.toks[i].Text != "(" && !s.isKnown(i) && !particleSurname(s.toks[i].Text) && !s.particleOpens(i, se.to) {
			i++
			continue
		}
		j := i
		for j < se.to && x.isNameWord(s, j) {
			j++
		}
		for j > i && lexicon.IsParticle(s.toks[j-1].Low) { // no trailing particles
			j--
		}
		if j-i >= 2 && i > se.from && s.toks[i].Cap && s.toks[i-1].Cap {
			if _, found := x.gaz.PluralOffice(s.toks[i-1].Low + " " + s.toks[i].Low); found {
				i++ // "Prime Ministers A of Norway and B": the plural title is no word of the name
			}
		}
		if j-i >= 2 && i > se.from && s.stateNoun(s.toks[i].Low) && s.isMatchKind(i-1, lexicon.PhraseDemonym) {
			i++ // "President of the French Republic Claire X": the noun ends the country, not opens the name
		} else if j-i >= 3 && i-2 >= se.from && s.stateNoun(s.toks[i+1].Low) && s.toks[i-1].Low == "the" && s.toks[i-2].Low == "of" {
			i += 2 // "Prime Minister of the Hellenic Republic Nikos X": a state's formal name, whatever its adjective
		}
		end := j
		i, j = x.runInEdges(s, i, j)
		if k := x.pairedNames(s, i, j); k > 0 {
			runs = append(runs, [2]int{i, k})
			i = k
		}
		if j > i && len(nameWords(s.toks, i, j)) > 0 {
			runs = append(runs, [2]int{i, j}) // never a run of brackets and initials alone: "Minister (J) Van", its particle trimmed
		}
		i = max(end, i+1)
	}
	return runs
}

// nameWords returns the printed words of tokens [from, to), dropping middle initials and
// the brackets of an added given name.
func nameWords(toks []tokens.Token, from, to int) []string {
	var w []string
	for k := from; k < to; k++ {
		t := toks[k].Text
		if t == "(" || t == ")" {
			continue // "Prime Minister (Shinzo) Abe"
		}
		if k > from && k < to-1 && len([]rune(strings.TrimSuffix(t, "."))) == 1 {
			continue
		}
		w = append(w, t)
	}
	return w
}

// titleAsSurname reports a title word written right after a known given name: there it
// is a name ("Julie Bishop", "Hassan Sheikh Mohamud"), not the title of the next name.
func (x *Extractor) titleAsSurname(s *scan, i int) bool {
	t := s.toks[i]
	if !t.Cap || strings.HasSuffix(t.Text, ".") || i == 0 {
		return false
	}
	p := s.toks[i-1]
	return p.Sent == t.Sent && p.Kind == tokens.Word && p.Cap && !x.gaz.IsTitleWord(p.Low) && !x.gaz.Stop[p.Low] && x.firstName(p.Text)
}

// stateNoun reports the noun that a demonym makes the formal name of a state ("the French
// Republic", "the Russian Federation"), as Kremlin and ministry readouts title a foreign
// leader before the name: the noun belongs to the title, so a name run does not open with it
// (words class state-noun).
func (s *scan) stateNoun(low string) bool { return s.gaz.In(lexicon.StateNoun, low) }

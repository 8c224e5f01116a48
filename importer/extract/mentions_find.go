package extract

import (
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// mKind is what a mention refers to.
type mKind uint8

const (
	mPerson    mKind = iota // a named person ("Sergey Lavrov", "Lavrov", "Mr. Biden")
	mOrg                    // a named organization
	mRole                   // an office without a name ("the Russian president")
	mPronoun                // "he", "she"
	mOfficial               // an unnamed official ("the official", "a spokesperson")
	mOrgRef                 // "the ministry", "the department": an organization named before
	mStatement              // "the statement said": whoever issued the statement named before
)

// mention is one reference to an actor in one sentence.
type mention struct {
	from, to  int // tokens of the name (or of the phrase for roles and organizations)
	kind      mKind
	words     []string    // the name's words as printed, without titles and middle initials
	known     int         // index into gazetteer people, or -1
	org       lexicon.Org // for mOrg and for officials of a named organization
	role      string
	alt       string // a second office named with the first
	country   string
	titled    bool     // a title, office or "counterpart" stands before it
	single    bool     // a bare surname
	royal     string   // "King", "Prince": the name after it is a given name
	possessor int      // token of the person whose office this is ("Moon's spokesman"), 0 for none
	mods      []string // for an epithet, its capitalized modifiers, lowercased: "the Scottish Nationalist premier" -> scottish, nationalist
	epithet   bool     // a description that opens its clause as subject ("the Scottish leader will meet"): with no holder of its office, the person the sentences before speak of
	sent      int
	rule      string
	actor     int // resolved actor index, -1 until resolved
}

// surface returns the printed form of the mention.
func (m *mention) surface() string { return strings.Join(m.words, " ") }

// findMatches runs the gazetteer over every sentence, longest match first.
func (x *Extractor) findMatches(s *scan) {
	s.matchAt = make([]int, len(s.toks))
	for i := range s.matchAt {
		s.matchAt[i] = -1
	}
	for _, se := range s.sents {
		for i := se.from; i < se.to; {
			m, ok := x.gaz.MatchAt(s.toks[:se.to], i)
			if !ok || m.Kind == lexicon.PhraseOffice && m.To == i+1 && lexicon.IsAllCaps(s.toks[i].Text) && i > se.from && clockTime(s.toks[i-1].Text) {
				i++
				continue // "01:35 PM Michael Tien asked": the hour, not the Prime Minister
			}
			if m.Kind == lexicon.PhraseOrg && lowerAfterArticle(s.toks[m.From:m.To]) {
				i++
				continue // "The economist X said", "the guardian of": a common noun, not the paper
			}
			for k := m.From; k < m.To; k++ {
				s.matchAt[k] = len(s.matches)
			}
			s.matches = append(s.matches, m)
			i = m.To
		}
	}
}

// lowerAfterArticle reports an organization's name printed as "the" and words in lower
// case only: "The economist", "the guardian" are common nouns, not the papers.
func lowerAfterArticle(ts []tokens.Token) bool {
	if len(ts) < 2 || !strings.EqualFold(ts[0].Text, "the") {
		return false
	}
	for _, t := range ts[1:] {
		if t.Cap {
			return false
		}
	}
	return true
}

// clockTime reports a time of day as printed before "AM" or "PM": "10", "01:35",
// "10:14:06".
func clockTime(w string) bool {
	parts := strings.Split(w, ":")
	if len(parts) > 3 {
		return false
	}
	for k, p := range parts {
		if len(p) == 0 || len(p) > 2 || k > 0 && len(p) != 2 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// matchOf returns the gazetteer match covering token i.
func (s *scan) matchOf(i int) (lexicon.Match, bool) {
	if i < 0 || i >= len(s.toks) || s.matchAt[i] < 0 {
		return lexicon.Match{}, false
	}
	return s.matches[s.matchAt[i]], true
}

// orgKind is the kind of the organization a match names.
func (s *scan) orgKind(m lexicon.Match) string {
	if m.Kind != lexicon.PhraseOrg {
		return ""
	}
	return s.gaz.Orgs[m.Idx].Kind
}

// isNameWord reports whether token i may be part of a person's name.
func (x *Extractor) isNameWord(s *scan, i int) bool {
	t := s.toks[i]
	if t.Text == "(" || t.Text == ")" {
		return x.bracketedGiven(s, i)
	}
	if t.Kind != tokens.Word {
		return false
	}
	if m, ok := s.matchOf(i); ok && m.Kind != lexicon.PhraseKnown && !(m.Kind == lexicon.PhraseCountry && m.From == i && m.To == i+1 && x.givenNameNotPlace(s, i)) {
		return false
	}
	if !t.Cap {
		return lexicon.IsParticle(t.Low) || (strings.Contains(t.Low, "-") && lexicon.IsParticle(strings.SplitN(t.Low, "-", 2)[0]))
	}
	if t.Text == "He" && i > 0 && s.toks[i-1].Sent == t.Sent && s.toks[i-1].Kind == tokens.Word && i+1 < len(s.toks) && s.toks[i+1].Cap && (!s.toks[i-1].Cap || s.isMatchKind(i-1, lexicon.PhraseOffice) || x.gaz.IsTitleWord(s.toks[i-1].Low)) {
		return true // "Wang Yi and He Lifeng", "Vice Premier He Lifeng": a capital "He" inside a sentence is a name; not after a name in a headline ("Nominee Sam Ortiz He Would ...")
	}
	if initials(t.Text) && !x.gaz.IsTitleWord(t.Low) && i+1 < len(s.toks) && s.toks[i+1].Sent == t.Sent && s.toks[i+1].Kind == tokens.Word && s.toks[i+1].Cap && !lexicon.IsAllCaps(s.toks[i+1].Text) {
		return true // "P.J. Crowley", "J.D. Vance": initials before a name
	}
	if m, ok := s.matchOf(i); ok && m.Kind == lexicon.PhraseKnown && m.From == i && m.To == i+1 && lexicon.IsAllCaps(t.Text) && len(t.Text) <= 4 && (i+1 >= len(s.toks) || !lexicon.IsAllCaps(s.toks[i+1].Text)) {
		return true // a known actor's initials: "MBS met Xi", "MBZ"
	}
	if t.Text == "Amir" && i > 0 && s.toks[i-1].Low == "the" && s.toks[i-1].Sent == t.Sent {
		return false // "the Amir said": an emir's office as Gulf agencies print it, not the given name
	}
	if x.capitalSurnameFirst(s, i) {
		return true // "Mr. KISHIDA Fumio": an official readout's surname first, in capitals
	}
	if _, _, _, ok := x.shoutedName(s, i); ok {
		return true // "PRESIDENT ELENA VARGAS met ...": a name in capitals the article prints in mixed case
	}
	if s.knownRegnal(i) {
		return true // "Mohammed VI", "Charles III": the numeral of a known monarch's name
	}
	if lexicon.IsAllCaps(t.Text) || (x.gaz.Stop[t.Low] || lexicon.IsDateWord(t.Low)) && !x.nameDespiteStop(s, i) || x.gaz.HasCommonEnding(t.Low) && !s.isKnown(i) && !x.gaz.First[lexicon.FirstKey(t.Text)] {
		return false // a listed given name ends as no common noun does: "Felicity Okafor"
	}
	if parts := strings.Split(t.Low, "-"); len(parts) > 1 && (x.gaz.Stop[parts[0]] || parts[0] == "ex") {
		return false // "Then-president X", "Ambassador-at-large X", "Ex-minister X": a description
	}
	if x.gaz.IsTitleWord(t.Low) && !x.titleAsSurname(s, i) || (strings.HasSuffix(t.Text, ".") && len([]rune(t.Text)) != 2) {
		return false
	}
	return !strings.ContainsAny(t.Text, "0123456789") // "Kim X33098": a phone extension, no name
}

// bracketedGiven reports a bracket of a given name an editor added inside a quotation
// between an office and a surname, "Prime Minister (Shinzo) Abe": the brackets are part
// of the name, which is the given name and the surname. Token i is either bracket. Both
// must themselves be name words: before a surname that is none ("Secretary of State (B)
// Russian") a run would hold only the brackets and their letter, and around a given name
// that is none ("Sen. (GMT-08:00) Time") only the bracket: a name of no words.
func (x *Extractor) bracketedGiven(s *scan, i int) bool {
	open := i
	if s.toks[i].Text == ")" {
		open = i - 2
	}
	if open < 1 || open+3 >= len(s.toks) || s.toks[open].Text != "(" || s.toks[open+2].Text != ")" {
		return false
	}
	given, sur, title := s.toks[open+1], s.toks[open+3], s.toks[open-1]
	if given.Kind != tokens.Word || sur.Kind != tokens.Word || !given.Cap || !sur.Cap || title.Sent != sur.Sent || given.Sent != sur.Sent {
		return false
	}
	return (s.isMatchKind(open-1, lexicon.PhraseOffice) || x.gaz.IsTitleWord(title.Low)) && x.isNameWord(s, open+1) && x.isNameWord(s, open+3)
}

func (s *scan) isKnown(i int) bool {
	m, ok := s.matchOf(i)
	return ok && m.Kind == lexicon.PhraseKnown
}

// firstName reports whether a word is a known first name, or a hyphenated given name
// that starts with one ("Jean-Claude", "Hans-Dietrich") and is not two known actors'
// names joined ("Kim-Trump").
func (x *Extractor) firstName(w string) bool {
	if x.gaz.First[lexicon.FirstKey(w)] {
		return true
	}
	i := strings.Index(w, "-")
	if i <= 0 || i+1 >= len(w) || w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	return x.gaz.First[lexicon.FirstKey(w[:i])] && x.knownIndex([]string{w[i+1:]}) < 0 && x.knownIndex([]string{w[:i]}) < 0
}

// initials reports a word of two or more dotted capital initials ("P.J.", "J.R.R."); a
// gazetteer match ("U.S.", "U.N.") is read before this is asked.
func initials(w string) bool {
	r := []rune(w)
	if len(r) < 4 || len(r)%2 != 0 {
		return false
	}
	for i := 0; i < len(r); i += 2 {
		if !unicode.IsUpper(r[i]) || r[i+1] != '.' {
			return false
		}
	}
	return true
}

// isMatchKind reports a gazetteer match of a kind covering token i.
func (s *scan) isMatchKind(i int, kind lexicon.PhraseKind) bool {
	m, ok := s.matchOf(i)
	return ok && m.Kind == kind
}

// capitalSurnameFirst reports a surname printed first and in capitals between a courtesy
// title and a given name, as Japanese and some other official readouts print names
// ("Mr. KISHIDA Fumio", "Ms. KAMIKAWA Yoko"). Elsewhere a word in capitals is an acronym
// or a shouted headline and no name word.
func (x *Extractor) capitalSurnameFirst(s *scan, i int) bool {
	t := s.toks[i]
	if i == 0 || i+1 >= len(s.toks) || !lexicon.IsAllCaps(t.Text) || strings.ContainsAny(t.Text, ".0123456789") {
		return false
	}
	p, n := s.toks[i-1], s.toks[i+1]
	if p.Sent != t.Sent || n.Sent != t.Sent || n.Kind != tokens.Word || !n.Cap || lexicon.IsAllCaps(n.Text) || x.gaz.Stop[n.Low] {
		return false
	}
	switch strings.TrimSuffix(p.Low, ".") {
	case "mr", "mrs", "ms", "dr":
		return true
	}
	return false
}

// capitalSurnameWords puts a name printed surname first in capitals back in the order
// and case the rest of the news prints it: "KISHIDA Fumio" is "Fumio Kishida".
func (x *Extractor) capitalSurnameWords(s *scan, from int, words []string) []string {
	if len(words) != 2 || !x.capitalSurnameFirst(s, from) {
		return words
	}
	sur := []rune(strings.ToLower(words[0]))
	sur[0] = []rune(words[0])[0]
	return []string{words[1], string(sur)}
}

// knownRegnal reports a Roman numeral (II to XX) inside a known actor's name, after its
// given name ("King Mohammed VI", "Charles III"), or after a given name a royal title
// opens ("Pope Leo XIV", "King Felipe VI"). Elsewhere capitals are an acronym's.
func (s *scan) knownRegnal(i int) bool {
	t := s.toks[i]
	if len(t.Text) > 5 || strings.Trim(t.Text, "IVX") != "" || i == 0 || s.toks[i-1].Sent != t.Sent || !s.toks[i-1].Cap {
		return false
	}
	if s.isKnown(i) && s.isKnown(i-1) && s.matchAt[i] == s.matchAt[i-1] {
		return true
	}
	// "Pope Leo XIV", "King Felipe VI", "Queen Elizabeth II": a monarch's numeral after the
	// given name a royal title names (words class royal), known or not; "I" is left out
	return t.Text != "I" && i >= 2 && s.toks[i-2].Sent == t.Sent && s.gaz.In(lexicon.Royal, s.toks[i-2].Low) && s.toks[i-2].Cap
}

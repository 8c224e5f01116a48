package extract

import (
	"strings"
	"unicode"

	"hotline/importer/dates"
	"hotline/importer/names"
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
	words     []string // the name's words as printed, without titles and middle initials
	known     int      // index into gazetteer people, or -1
	org       org      // for mOrg and for officials of a named organization
	role      string
	alt       string // a second office named with the first
	country   string
	titled    bool   // a title, office or "counterpart" stands before it
	single    bool   // a bare surname
	royal     string // "King", "Prince": the name after it is a given name
	possessor int    // token of the person whose office this is ("Moon's spokesman"), 0 for none
	sent      int
	rule      string
	actor     int // resolved actor index, -1 until resolved
}

// surface returns the printed form of the mention.
func (m *mention) surface() string { return strings.Join(m.words, " ") }

// scan holds one article's tokens, sentences, gazetteer matches and mentions.
type scan struct {
	gaz      *gazetteer
	rs       []rune
	toks     []token
	sents    []sentence
	matches  []match
	matchAt  []int // token -> index into matches, -1
	mentions []mention
	inQuote  []bool             // the token stands between quotation marks
	quotes   []qspan            // the quotations of the article
	dates    map[int][]dateExpr // sentence -> its date expressions, found on demand
	finder   *dates.Finder
	trace    *tracer         // nil except for Explain
	syntax   map[int]*syntax // sentence -> its parse (nil: none), made on demand by syntaxOf
	refused  map[int]bool    // sentence -> it tells a negated, refused or hypothetical contact of named parties
}

// markQuotes records which tokens are quoted words.
func (s *scan) markQuotes() {
	s.inQuote = make([]bool, len(s.toks))
	s.quotes = quoteSpans(s.rs)
	spans := s.quotes
	k := 0
	for i, t := range s.toks {
		for k < len(spans) && spans[k].close < t.start {
			k++
		}
		s.inQuote[i] = k < len(spans) && t.start > spans[k].open && t.start < spans[k].close
	}
}

// findMatches runs the gazetteer over every sentence, longest match first.
func (x *Extractor) findMatches(s *scan) {
	s.matchAt = make([]int, len(s.toks))
	for i := range s.matchAt {
		s.matchAt[i] = -1
	}
	for _, se := range s.sents {
		for i := se.from; i < se.to; {
			m, ok := x.gaz.matchAt(s.toks[:se.to], i)
			if !ok {
				i++
				continue
			}
			for k := m.from; k < m.to; k++ {
				s.matchAt[k] = len(s.matches)
			}
			s.matches = append(s.matches, m)
			i = m.to
		}
	}
}

// matchOf returns the gazetteer match covering token i.
func (s *scan) matchOf(i int) (match, bool) {
	if i < 0 || i >= len(s.toks) || s.matchAt[i] < 0 {
		return match{}, false
	}
	return s.matches[s.matchAt[i]], true
}

// orgKind is the kind of the organization a match names.
func (s *scan) orgKind(m match) string {
	if m.kind != pOrg {
		return ""
	}
	return s.gaz.orgs[m.idx].kind
}

// isNameWord reports whether token i may be part of a person's name.
func (x *Extractor) isNameWord(s *scan, i int) bool {
	t := s.toks[i]
	if t.kind != tWord {
		return false
	}
	if m, ok := s.matchOf(i); ok && m.kind != pKnown && !(m.kind == pCountry && m.from == i && m.to == i+1 && x.givenNameNotPlace(s, i)) {
		return false
	}
	if !t.cap {
		return isParticle(t.low) || (strings.Contains(t.low, "-") && isParticle(strings.SplitN(t.low, "-", 2)[0]))
	}
	if t.text == "He" && i > 0 && s.toks[i-1].sent == t.sent && s.toks[i-1].kind == tWord && i+1 < len(s.toks) && s.toks[i+1].cap {
		return true // "Wang Yi and He Lifeng": a capital "He" inside a sentence is a name
	}
	if initials(t.text) && !x.gaz.isTitleWord(t.low) && i+1 < len(s.toks) && s.toks[i+1].sent == t.sent && s.toks[i+1].kind == tWord && s.toks[i+1].cap && !isAllCaps(s.toks[i+1].text) {
		return true // "P.J. Crowley", "J.D. Vance": initials before a name
	}
	if isAllCaps(t.text) || (x.gaz.stop[t.low] || isDateWord(t.low)) && !x.nameDespiteStop(s, i) {
		return false
	}
	if x.gaz.isTitleWord(t.low) && !x.titleAsSurname(s, i) || (strings.HasSuffix(t.text, ".") && len([]rune(t.text)) != 2) {
		return false
	}
	r := []rune(t.text)[0]
	return r < '0' || r > '9'
}

func (s *scan) isKnown(i int) bool {
	m, ok := s.matchOf(i)
	return ok && m.kind == pKnown
}

// firstName reports whether a word is a known first name, or a hyphenated given name
// that starts with one ("Jean-Claude", "Hans-Dietrich") and is not two known actors'
// names joined ("Kim-Trump").
func (x *Extractor) firstName(w string) bool {
	if x.gaz.first[firstKey(w)] {
		return true
	}
	i := strings.Index(w, "-")
	if i <= 0 || i+1 >= len(w) || w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	return x.gaz.first[firstKey(w[:i])] && x.knownIndex([]string{w[i+1:]}) < 0 && x.knownIndex([]string{w[:i]}) < 0
}

// firstKey is the lookup form of a first name.
func firstKey(w string) string { return names.Key(w) }

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

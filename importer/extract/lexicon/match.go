package lexicon

import "hotline/importer/extract/tokens"

// PhraseKind is what a gazetteer phrase names.
type PhraseKind uint8

const (
	PhraseKnown    PhraseKind = iota // a well-known person
	PhraseOrg                        // an organization
	PhraseMinistry                   // a ministry named after a country
	PhraseOffice                     // an office or title
	PhraseCountry                    // a country name or short form
	PhraseDemonym                    // a country adjective
)

// wildDem stands for "{dem}" in office variants: one country or demonym word.
const wildDem = "DEMWILDCARD"

// phrase is one surface form of a gazetteer entry, as lowercased tokens.
type phrase struct {
	Words []string
	exact []bool // the word is written in capitals and must match case exactly
	Kind  PhraseKind
	Idx   int  // index into the table of its kind
	cased bool // the first word must be capitalized in the text
}

// Match is a phrase found in the text: tokens [from, to).
type Match struct {
	From, To int
	Kind     PhraseKind
	Idx      int
	Country  int // for offices with {dem}: the country index, else -1
}

// MatchAt returns the longest gazetteer phrase starting at token i, or ok=false.
func (g *Lexicon) MatchAt(toks []tokens.Token, i int) (Match, bool) {
	t := toks[i]
	if t.Kind != tokens.Word {
		return Match{}, false
	}
	for _, p := range g.Phrases[t.Low] {
		if p.cased && !t.Cap {
			continue
		}
		if m, ok := g.try(p, toks, i); ok {
			return m, true
		}
	}
	return Match{}, false
}

// try checks phrase p against the tokens at i.
func (g *Lexicon) try(p phrase, toks []tokens.Token, i int) (Match, bool) {
	m := Match{From: i, To: i + len(p.Words), Kind: p.Kind, Idx: p.Idx, Country: -1}
	if m.To > len(toks) {
		return m, false
	}
	for k, w := range p.Words {
		t := toks[i+k]
		if t.Para != toks[i].Para {
			return m, false
		}
		if w == "demwildcard" {
			c, ok := g.countryWord(t)
			if !ok {
				return m, false
			}
			m.Country = c
			continue
		}
		if t.Low != w || (p.exact[k] && !IsAllCaps(t.Text)) {
			return m, false
		}
	}
	return m, true
}

// countryWord reports the country of a single capitalized token naming a country or
// demonym ("Russian", "U.S.").
func (g *Lexicon) countryWord(t tokens.Token) (int, bool) {
	if !t.Cap {
		return 0, false
	}
	for _, p := range g.Phrases[t.Low] {
		if (p.Kind == PhraseCountry || p.Kind == PhraseDemonym) && len(p.Words) == 1 && (!p.exact[0] || IsAllCaps(t.Text)) {
			return p.Idx, true
		}
	}
	return 0, false
}

// IsTitleWord reports whether a lowercased word is an honorific or rank that precedes a
// name without being an office ("Mr.", "Gen.", "Colonel").
func (g *Lexicon) IsTitleWord(w string) bool {
	return g.In(Title, w) // data/words.tsv, class title
}

// IsTitlePart reports a title word that only opens a compound rank ("Air Marshal", "Rear
// Admiral", "Field Marshal"): right before a name it titles none ("the Air Force Special
// Operations team", "the Clean Air Act").
func (g *Lexicon) IsTitlePart(w string) bool {
	return g.In(TitlePart, w) // data/words.tsv, class title-part
}

func (k PhraseKind) String() string {
	switch k {
	case PhraseKnown:
		return "known person"
	case PhraseOrg:
		return "org"
	case PhraseMinistry:
		return "ministry"
	case PhraseOffice:
		return "office"
	case PhraseCountry:
		return "country"
	}
	return "demonym"
}

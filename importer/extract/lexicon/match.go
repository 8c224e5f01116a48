package lexicon

import (
	"hotline/importer/extract/tokens"
	"strings"
)

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

// wildOffice stands for "{office}" in office variants: the office of another table row,
// a demonym before it allowed ("Senior Adviser to the Prime Minister", "Chief of Staff to
// the Ukrainian President"), whose holder the aide serves. A variant with it matches only
// capitalized, as a title: "an adviser to the president, X," is prose.
const wildOffice = "OFFICEWILDCARD"

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
	// Principal is, for an aide's office built on another ("Assistant to the President"),
	// the index of the principal's office, else -1; Country is then the demonym's before it.
	Principal int
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
	m := Match{From: i, Kind: p.Kind, Idx: p.Idx, Country: -1, Principal: -1}
	at := i
	for k, w := range p.Words {
		if at >= len(toks) || toks[at].Para != toks[i].Para {
			return m, false
		}
		t := toks[at]
		switch w {
		case "demwildcard":
			c, ok := g.countryWord(t)
			if !ok {
				return m, false
			}
			m.Country = c
		case "officewildcard":
			if c, ok := g.countryWord(t); ok && at+1 < len(toks) {
				m.Country, at = c, at+1 // "to the Ukrainian President"
			}
			o, ok := g.principalAt(toks, at)
			if !ok {
				return m, false
			}
			m.Principal, at = o.Idx, o.To
			continue
		default:
			if t.Low != w || (p.exact[k] && !IsAllCaps(t.Text)) {
				return m, false
			}
		}
		at++
	}
	m.To = at
	return m, true
}

// principalAt returns the longest plain office phrase at token i, one without "{office}"
// of its own: the principal of an aide's title.
func (g *Lexicon) principalAt(toks []tokens.Token, i int) (Match, bool) {
	if toks[i].Kind != tokens.Word {
		return Match{}, false
	}
	for _, p := range g.Phrases[toks[i].Low] {
		if p.Kind != PhraseOffice || p.aide() {
			continue
		}
		if m, ok := g.try(p, toks, i); ok {
			return m, true
		}
	}
	return Match{}, false
}

// aide reports a variant built on another office ("{office}").
func (p phrase) aide() bool {
	for _, w := range p.Words {
		if w == "officewildcard" {
			return true
		}
	}
	return false
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

// MinistryAt returns the ministry phrase of data/ministries.tsv at token i, singular
// ("foreign ministry", "military") or with its last word plural ("foreign ministries",
// "militaries", "armies" of "army"), and whether the form read was plural.
func (g *Lexicon) MinistryAt(toks []tokens.Token, i int) (m Match, plural, ok bool) {
	if i >= len(toks) || toks[i].Kind != tokens.Word {
		return Match{}, false, false
	}
	cands := g.Phrases[toks[i].Low]
	if low := toks[i].Low; strings.HasSuffix(low, "ies") {
		cands = append(cands[:len(cands):len(cands)], g.Phrases[low[:len(low)-3]+"y"]...) // "militaries"
	} else if strings.HasSuffix(low, "s") {
		cands = append(cands[:len(cands):len(cands)], g.Phrases[low[:len(low)-1]]...) // "governments"
	}
	for _, p := range cands {
		if p.Kind != PhraseMinistry || i+len(p.Words) > len(toks) {
			continue
		}
		n := len(p.Words) - 1
		match := true
		for k := 0; k < n && match; k++ {
			match = toks[i+k].Low == p.Words[k] && toks[i+k].Para == toks[i].Para
		}
		last := toks[i+n]
		if !match || last.Para != toks[i].Para {
			continue
		}
		if w := p.Words[n]; last.Low == w || last.Low == pluralOf(w) {
			return Match{From: i, To: i + n + 1, Kind: PhraseMinistry, Idx: p.Idx, Country: -1}, last.Low != w, true
		}
	}
	return Match{}, false, false
}

// pluralOf is the regular plural of a lower-case noun: "ministries", "embassies",
// "governments"; "police" and "forces" stay as they are.
func pluralOf(w string) string {
	switch {
	case w == "police" || strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

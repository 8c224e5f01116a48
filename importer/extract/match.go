package extract

// phraseKind is what a gazetteer phrase names.
type phraseKind uint8

const (
	pKnown    phraseKind = iota // a well-known person
	pOrg                        // an organization
	pMinistry                   // a ministry named after a country
	pOffice                     // an office or title
	pCountry                    // a country name or short form
	pDemonym                    // a country adjective
)

// wildDem stands for "{dem}" in office variants: one country or demonym word.
const wildDem = "DEMWILDCARD"

// phrase is one surface form of a gazetteer entry, as lowercased tokens.
type phrase struct {
	words []string
	exact []bool // the word is written in capitals and must match case exactly
	kind  phraseKind
	idx   int  // index into the table of its kind
	cased bool // the first word must be capitalized in the text
}

// match is a phrase found in the text: tokens [from, to).
type match struct {
	from, to int
	kind     phraseKind
	idx      int
	country  int // for offices with {dem}: the country index, else -1
}

// matchAt returns the longest gazetteer phrase starting at token i, or ok=false.
func (g *gazetteer) matchAt(toks []token, i int) (match, bool) {
	t := toks[i]
	if t.kind != tWord {
		return match{}, false
	}
	for _, p := range g.phrases[t.low] {
		if p.cased && !t.cap {
			continue
		}
		if m, ok := g.try(p, toks, i); ok {
			return m, true
		}
	}
	return match{}, false
}

// try checks phrase p against the tokens at i.
func (g *gazetteer) try(p phrase, toks []token, i int) (match, bool) {
	m := match{from: i, to: i + len(p.words), kind: p.kind, idx: p.idx, country: -1}
	if m.to > len(toks) {
		return m, false
	}
	for k, w := range p.words {
		t := toks[i+k]
		if t.para != toks[i].para {
			return m, false
		}
		if w == "demwildcard" {
			c, ok := g.countryWord(t)
			if !ok {
				return m, false
			}
			m.country = c
			continue
		}
		if t.low != w || (p.exact[k] && !isAllCaps(t.text)) {
			return m, false
		}
	}
	return m, true
}

// countryWord reports the country of a single capitalized token naming a country or
// demonym ("Russian", "U.S.").
func (g *gazetteer) countryWord(t token) (int, bool) {
	if !t.cap {
		return 0, false
	}
	for _, p := range g.phrases[t.low] {
		if (p.kind == pCountry || p.kind == pDemonym) && len(p.words) == 1 && (!p.exact[0] || isAllCaps(t.text)) {
			return p.idx, true
		}
	}
	return 0, false
}

// isTitleWord reports whether a lowercased word is an honorific or rank that precedes a
// name without being an office ("Mr.", "Gen.", "Colonel").
func (g *gazetteer) isTitleWord(w string) bool {
	switch w {
	case "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady",
		"rev", "rev.", "sheikh", "ayatollah", "prof", "prof.", "professor",
		"gen", "gen.", "general", "lt", "lt.", "lieutenant", "maj", "maj.", "major", "col", "col.",
		"colonel", "adm", "adm.", "admiral", "brig", "brig.", "brigadier", "capt", "capt.",
		"captain", "sgt", "sgt.", "sergeant", "marshal", "field", "rear", "vice", "air", "chief",
		"cmdr", "cmdr.", "amb", "amb.", "archbishop", "cardinal", "bishop", "imam", "patriarch", "metropolitan", "rabbi",
		"shri", "sri", "smt", "smt.", "shrimati", "hon", "hon.", "excellency", "highness", "majesty", "h.e.", "sayyid", "sheikha", "datuk", "dato":
		return true
	}
	return false
}

package lexicon

import (
	"errors"
	"fmt"
	"hotline/importer/extract/tokens"
	"hotline/importer/names"
	"sort"
	"strings"
)

func (g *Lexicon) addCountry(f []string) error {
	code := strings.TrimSpace(f[0])
	dems := split(f[2])
	if len(code) != 2 || len(dems) == 0 {
		return errors.New("want a two-letter code and at least one demonym")
	}
	idx := len(g.Countries)
	g.Countries = append(g.Countries, country{Code: code, Adjective: dems[0]})
	for _, n := range split(f[1]) {
		g.addPhrase(n, PhraseCountry, idx, true)
	}
	for _, d := range dems {
		g.addPhrase(d, PhraseDemonym, idx, true)
	}
	return nil
}

func (g *Lexicon) addOffice(f []string) error {
	for len(f) < 6 {
		f = append(f, "")
	}
	o := office{Role: strings.TrimSpace(f[0]), Country: strings.TrimSpace(f[2]), family: strings.TrimSpace(f[3])}
	o.spokes = strings.HasPrefix(o.Role, "spokes")
	for _, flag := range strings.Fields(f[4]) {
		switch flag {
		case "ref":
			o.ref = true
		case "generic":
			o.generic = true
		case "national":
			o.national = true
		case "plural-family":
			o.pluralFamily = true
		case "org-chief":
			o.orgChief = true
		case "org-prefix":
			o.orgPrefix = true
		default:
			return fmt.Errorf("unknown office flag %q (want ref, generic, national, plural-family, org-chief, org-prefix)", flag)
		}
	}
	if _, dup := g.roles[o.Role]; dup {
		return fmt.Errorf("office %q listed twice", o.Role)
	}
	idx := len(g.Offices)
	g.Offices = append(g.Offices, o)
	g.roles[o.Role] = idx
	for _, v := range split(f[1]) {
		g.addPhrase(v, PhraseOffice, idx, false)
	}
	for _, pl := range split(f[5]) {
		g.plurals[strings.ToLower(pl)] = idx
	}
	return nil
}

func (g *Lexicon) addOrg(f []string) error {
	for len(f) < 5 {
		f = append(f, "")
	}
	o := Org{Name: strings.TrimSpace(f[0]), Kind: strings.TrimSpace(f[1]), Country: strings.TrimSpace(f[2]), Head: strings.TrimSpace(f[4])}
	idx := len(g.Orgs)
	g.Orgs = append(g.Orgs, o)
	for _, a := range append(split(f[3]), o.Name) {
		g.addPhrase(a, PhraseOrg, idx, true)
	}
	return nil
}

func (g *Lexicon) addMinistry(f []string) error {
	idx := len(g.Ministries)
	g.Ministries = append(g.Ministries, strings.TrimSpace(f[0]))
	for _, v := range split(f[1]) {
		g.addPhrase(v, PhraseMinistry, idx, false)
	}
	return nil
}

func (g *Lexicon) addPerson(f []string) error {
	p := known{Name: strings.TrimSpace(f[0]), Role: strings.TrimSpace(f[1]), Country: strings.TrimSpace(f[2])}
	idx := len(g.People)
	g.People = append(g.People, p)
	aliases := []string{p.Name}
	if len(f) > 3 {
		aliases = append(aliases, split(f[3])...)
	}
	for _, a := range aliases {
		g.addPhrase(a, PhraseKnown, idx, true)
	}
	return nil
}

// addPhrase registers a surface form, tokenized exactly as article text is.
func (g *Lexicon) addPhrase(surface string, kind PhraseKind, idx int, cased bool) {
	toks := tokens.Tokenize([]rune(strings.NewReplacer("{dem}", wildDem, "{office}", wildOffice).Replace(surface)))
	if len(toks) == 0 {
		return
	}
	p := phrase{Kind: kind, Idx: idx, cased: cased}
	for _, t := range toks {
		p.Words = append(p.Words, t.Low)
		p.exact = append(p.exact, IsAllCaps(t.Text) && t.Low != "demwildcard" && t.Low != "officewildcard")
	}
	p.cased = p.cased || p.aide() // "Senior Adviser to the Prime Minister X", a title
	g.Phrases[p.Words[0]] = append(g.Phrases[p.Words[0]], p)
}

// sortPhrases orders each candidate list longest first, so the first match is the longest.
func (g *Lexicon) sortPhrases() {
	for k, list := range g.Phrases {
		sort.SliceStable(list, func(i, j int) bool {
			if len(list[i].Words) != len(list[j].Words) {
				return len(list[i].Words) > len(list[j].Words)
			}
			return list[i].Kind < list[j].Kind
		})
		g.Phrases[k] = list
	}
}

// IsAllCaps reports whether a word of two letters or more has no lower-case letter (US, NATO).
func IsAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// FirstKey is the lookup form of a first name.
func FirstKey(w string) string { return names.Key(w) }

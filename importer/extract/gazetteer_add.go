package extract

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

func (g *gazetteer) addCountry(f []string) error {
	code := strings.TrimSpace(f[0])
	dems := split(f[2])
	if len(code) != 2 || len(dems) == 0 {
		return errors.New("want a two-letter code and at least one demonym")
	}
	idx := len(g.countries)
	g.countries = append(g.countries, country{code: code, adjective: dems[0]})
	for _, n := range split(f[1]) {
		g.addPhrase(n, pCountry, idx, true)
	}
	for _, d := range dems {
		g.addPhrase(d, pDemonym, idx, true)
	}
	return nil
}

func (g *gazetteer) addOffice(f []string) error {
	for len(f) < 6 {
		f = append(f, "")
	}
	o := office{role: strings.TrimSpace(f[0]), country: strings.TrimSpace(f[2]), family: strings.TrimSpace(f[3])}
	o.spokes = strings.HasPrefix(o.role, "spokes")
	for _, flag := range strings.Fields(f[4]) {
		switch flag {
		case "ref":
			o.ref = true
		case "national":
			o.national = true
		case "plural-family":
			o.pluralFamily = true
		default:
			return fmt.Errorf("unknown office flag %q (want ref, national, plural-family)", flag)
		}
	}
	if _, dup := g.roles[o.role]; dup {
		return fmt.Errorf("office %q listed twice", o.role)
	}
	idx := len(g.offices)
	g.offices = append(g.offices, o)
	g.roles[o.role] = idx
	for _, v := range split(f[1]) {
		g.addPhrase(v, pOffice, idx, false)
	}
	for _, pl := range split(f[5]) {
		g.plurals[strings.ToLower(pl)] = idx
	}
	return nil
}

func (g *gazetteer) addOrg(f []string) error {
	o := org{name: strings.TrimSpace(f[0]), kind: strings.TrimSpace(f[1]), country: strings.TrimSpace(f[2])}
	idx := len(g.orgs)
	g.orgs = append(g.orgs, o)
	for _, a := range append(split(f[3]), o.name) {
		g.addPhrase(a, pOrg, idx, true)
	}
	return nil
}

func (g *gazetteer) addMinistry(f []string) error {
	idx := len(g.ministries)
	g.ministries = append(g.ministries, strings.TrimSpace(f[0]))
	for _, v := range split(f[1]) {
		g.addPhrase(v, pMinistry, idx, false)
	}
	return nil
}

func (g *gazetteer) addPerson(f []string) error {
	p := known{name: strings.TrimSpace(f[0]), role: strings.TrimSpace(f[1]), country: strings.TrimSpace(f[2])}
	idx := len(g.people)
	g.people = append(g.people, p)
	aliases := []string{p.name}
	if len(f) > 3 {
		aliases = append(aliases, split(f[3])...)
	}
	for _, a := range aliases {
		g.addPhrase(a, pKnown, idx, true)
	}
	return nil
}

// addPhrase registers a surface form, tokenized exactly as article text is.
func (g *gazetteer) addPhrase(surface string, kind phraseKind, idx int, cased bool) {
	toks := tokenize([]rune(strings.ReplaceAll(surface, "{dem}", wildDem)))
	if len(toks) == 0 {
		return
	}
	p := phrase{kind: kind, idx: idx, cased: cased}
	for _, t := range toks {
		p.words = append(p.words, t.low)
		p.exact = append(p.exact, isAllCaps(t.text))
	}
	g.phrases[p.words[0]] = append(g.phrases[p.words[0]], p)
}

// sortPhrases orders each candidate list longest first, so the first match is the longest.
func (g *gazetteer) sortPhrases() {
	for k, list := range g.phrases {
		sort.SliceStable(list, func(i, j int) bool {
			if len(list[i].words) != len(list[j].words) {
				return len(list[i].words) > len(list[j].words)
			}
			return list[i].kind < list[j].kind
		})
		g.phrases[k] = list
	}
}

// isAllCaps reports whether a word of two letters or more has no lower-case letter (US, NATO).
func isAllCaps(s string) bool {
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

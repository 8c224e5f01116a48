package extract_test

import (
	"fmt"
	"sort"

	"hotline/importer/extract"
)

func add(a, b tally) tally { return tally{a.tp + b.tp, a.fp + b.fp, a.fn + b.fn} }

// articleScore is one article's tallies and misses.
type articleScore struct {
	actors, contacts, quotes    tally
	mode, status, date, speaker ratio
	log                         []string
}

func scoreArticle(g goldArticle, res extract.Result) articleScore {
	var sc articleScore
	found := map[int]bool{}
	for _, a := range res.Actors {
		i := resolveGold(g, a.Name)
		switch {
		case i < 0 || found[i]:
			sc.actors.fp++
			sc.log = append(sc.log, fmt.Sprintf("actor extra %q (%s, %s, %s)", a.Name, a.Kind, a.Role, a.Country))
		case !g.Actors[i].Optional:
			sc.actors.tp++
		}
		if i >= 0 {
			found[i] = true
		}
	}
	for i, a := range g.Actors {
		if !found[i] && !a.Optional {
			sc.actors.fn++
			sc.log = append(sc.log, fmt.Sprintf("actor missing %q", a.Name))
		}
	}
	sc.scoreContacts(g, res)
	sc.scoreQuotes(g, res)
	return sc
}

func (sc *articleScore) scoreContacts(g goldArticle, res extract.Result) {
	type cand struct {
		agree, p, gi int
		opt          bool
	}
	var cands []cand
	for p, c := range res.Contacts {
		pk := participantKey(g, contactNames(res, c))
		for gi, gc := range g.Contacts {
			if participantKey(g, gc.Participants) != pk {
				continue
			}
			agree := b2i(string(c.Mode) == gc.Mode) + b2i(string(c.Status) == gc.Status) + b2i(gc.Date != nil && *gc.Date != "" && c.Date == *gc.Date)
			cands = append(cands, cand{agree, p, gi, gc.Optional})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].agree != cands[j].agree {
			return cands[i].agree > cands[j].agree
		}
		return !cands[i].opt && cands[j].opt
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	for _, c := range cands {
		if usedP[c.p] || usedG[c.gi] {
			continue
		}
		usedP[c.p], usedG[c.gi] = true, true
		gc, pc := g.Contacts[c.gi], res.Contacts[c.p]
		if gc.Optional {
			continue
		}
		sc.contacts.tp++
		sc.mode.add(string(pc.Mode) == gc.Mode)
		sc.status.add(string(pc.Status) == gc.Status)
		if gc.Date != nil && *gc.Date != "" {
			sc.date.add(pc.Date == *gc.Date)
			if pc.Date != *gc.Date {
				sc.log = append(sc.log, fmt.Sprintf("contact %v: date %q (%q), want %q (%q)", gc.Participants, pc.Date, pc.DateText, *gc.Date, gc.DateText))
			}
		}
		if string(pc.Mode) != gc.Mode || string(pc.Status) != gc.Status {
			sc.log = append(sc.log, fmt.Sprintf("contact %v: got %s/%s %q, want %s/%s %q", gc.Participants, pc.Mode, pc.Status, pc.DateText, gc.Mode, gc.Status, gc.DateText))
		}
	}
	for p, c := range res.Contacts {
		if !usedP[p] {
			sc.contacts.fp++
			sc.log = append(sc.log, fmt.Sprintf("contact extra %v %s/%s %q [%s] %q", contactNames(res, c), c.Mode, c.Status, c.DateText, c.Evidence.Rule, c.Evidence.Sentence))
		}
	}
	for gi, gc := range g.Contacts {
		if !usedG[gi] && !gc.Optional {
			sc.contacts.fn++
			sc.log = append(sc.log, fmt.Sprintf("contact missing %v %s/%s %q", gc.Participants, gc.Mode, gc.Status, gc.DateText))
		}
	}
}

func (sc *articleScore) scoreQuotes(g goldArticle, res extract.Result) {
	type cand struct {
		f     float64
		p, gi int
		opt   bool
	}
	var cands []cand
	for p, q := range res.Quotes {
		for gi, gq := range g.Quotes {
			if f := overlapF1(gq.Text, q.Text); f >= 0.8 {
				cands = append(cands, cand{f, p, gi, gq.Optional})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].f > cands[j].f })
	usedP, usedG := map[int]bool{}, map[int]bool{}
	for _, c := range cands {
		if usedP[c.p] || usedG[c.gi] {
			continue
		}
		usedP[c.p], usedG[c.gi] = true, true
		gq, q := g.Quotes[c.gi], res.Quotes[c.p]
		if gq.Optional {
			continue
		}
		sc.quotes.tp++
		if gq.Speaker != nil {
			keys := map[string]bool{scoreKey(*gq.Speaker): true}
			for _, a := range gq.AliasesOK {
				keys[scoreKey(a)] = true
			}
			if i := resolveGold(g, *gq.Speaker); i >= 0 {
				for k := range g.Actors[i].keys() {
					keys[k] = true
				}
			}
			got := ""
			if q.Speaker >= 0 {
				got = res.Actors[q.Speaker].Name
			}
			sc.speaker.add(got != "" && keys[scoreKey(got)])
			if got == "" || !keys[scoreKey(got)] {
				sc.log = append(sc.log, fmt.Sprintf("quote speaker %q, want %q [%s]: %.50q", got, *gq.Speaker, q.Evidence.Rule, q.Text))
			}
		}
	}
	for p, q := range res.Quotes {
		if !usedP[p] {
			sc.quotes.fp++
			sc.log = append(sc.log, fmt.Sprintf("quote extra [%s] %.60q", q.Evidence.Rule, q.Text))
		}
	}
	for gi, gq := range g.Quotes {
		if !usedG[gi] && !gq.Optional {
			sc.quotes.fn++
			sc.log = append(sc.log, fmt.Sprintf("quote missing %.60q", gq.Text))
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

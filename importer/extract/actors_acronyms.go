package extract

import (
	"slices"
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// personAcronyms reads the acronym an article gives a person in brackets after the full
// name, `Khalid Sheikh Mohammed ("KSM")`, "Mohammed bin Salman (MBS)", and makes every
// later use of it a mention of that person (rule actor.acronym): news copy shortens a few
// people so, and the acronym alone then speaks and meets ("KSM met X"). The acronym must
// be the initials of the name's words, two to five capitals, and no gazetteer phrase.
func (r *resolver) personAcronyms() {
	s := r.s
	acr := map[string]int{} // acronym -> actor
	defined := map[int]bool{}
	for _, m := range s.mentions {
		if m.kind != mPerson || m.actor < 0 || m.to-m.from < 2 {
			continue
		}
		k := m.to
		if k >= len(s.toks) || s.toks[k].Text != "(" {
			continue
		}
		k++
		if k < len(s.toks) && s.toks[k].Kind == tokens.QuoteMark {
			k++
		}
		if k >= len(s.toks) || s.toks[k].Sent != s.toks[m.from].Sent {
			continue
		}
		a := s.toks[k].Text
		close := k + 1
		if close < len(s.toks) && s.toks[close].Kind == tokens.QuoteMark {
			close++
		}
		if close >= len(s.toks) || s.toks[close].Text != ")" || !r.initialsOf(m, a) || s.matchAt[k] >= 0 {
			continue
		}
		if prev, ok := acr[a]; ok && prev != m.actor {
			acr[a] = -1 // two people with one acronym: neither
			continue
		}
		acr[a] = m.actor
		defined[k] = true
	}
	if len(acr) == 0 {
		return
	}
	for k, t := range s.toks {
		a, ok := acr[t.Text]
		if !ok || a < 0 || defined[k] || s.matchAt[k] >= 0 || r.x.furniture(s, t.Sent) {
			continue
		}
		s.mentions = append(s.mentions, mention{from: k, to: k + 1, kind: mPerson, words: []string{t.Text}, known: -1, sent: t.Sent, actor: a, rule: "actor.acronym", single: true})
		r.link(len(s.mentions) - 1)
		s.note(t.Sent, "person", "actor.acronym", true, k, k+1, "the acronym the article gave "+r.actorName(a))
	}
}

// initialsOf reports whether a, two to five capital letters, spells the initials of the
// words of person mention m ("KSM" of "Khalid Sheikh Mohammed", "MBS" of "Mohammed bin
// Salman").
func (r *resolver) initialsOf(m mention, a string) bool {
	if len(a) < 2 || len(a) > 5 || strings.Trim(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	var b strings.Builder
	for k := m.from; k < m.to; k++ {
		t := r.s.toks[k]
		if t.Kind != tokens.Word {
			continue
		}
		for _, c := range t.Text {
			b.WriteRune(unicode.ToUpper(c))
			break
		}
	}
	return b.String() == a
}

// orgAcronyms makes an acronym that spells the initials of an organization the article
// names in full a mention of that organization (rule actor.org-acronym): "the Center for
// Strategic and International Studies ... the CSIS report said", "the Association of
// Muslim Scholars ... AMS said". News copy names a body in full once and by its initials
// after, brackets or not; the joining words (of, for, and, the, on, in) give no letter. An
// acronym that speaks and was made an organization of its own (actor.named-org) joins the
// full name.
func (r *resolver) orgAcronyms() {
	s := r.s
	acr := map[string]int{} // initials -> organization actor, -1 for two
	for ai, a := range r.actors {
		if a.kind != "organization" {
			continue
		}
		if in := orgInitials(a.name); in != "" {
			if prev, ok := acr[in]; ok && prev != ai {
				ai = -1
			}
			acr[in] = ai
		}
	}
	if len(acr) == 0 {
		return
	}
	at := s.mentionIndex()
	for k, t := range s.toks {
		a, ok := acr[t.Text]
		if !ok || a < 0 || s.inQuote[k] || s.matchAt[k] >= 0 || r.x.furniture(s, t.Sent) {
			continue
		}
		if mi := at[k]; mi >= 0 {
			m := &s.mentions[mi]
			if m.kind != mOrg || m.rule != "actor.named-org" || m.actor == a {
				continue
			}
			old := &r.actors[m.actor]
			old.mentions = slices.DeleteFunc(old.mentions, func(i int) bool { return i == mi })
			m.actor, m.org, m.rule = a, lexicon.Org{Name: r.actors[a].name, Kind: r.actors[a].orgKind, Country: r.actors[a].country}, "actor.org-acronym"
			r.link(mi)
			continue
		}
		s.mentions = append(s.mentions, mention{from: k, to: k + 1, kind: mOrg, words: []string{t.Text}, known: -1, sent: t.Sent, actor: a, rule: "actor.org-acronym",
			org: lexicon.Org{Name: r.actors[a].name, Kind: r.actors[a].orgKind, Country: r.actors[a].country}})
		r.link(len(s.mentions) - 1)
		s.note(t.Sent, "actor", "actor.org-acronym", true, k, k+1, "the initials of "+r.actors[a].name)
	}
}

// orgInitials returns the initials of an organization's name of three or more capitalized
// words, joining words skipped ("CSIS" of "Center for Strategic and International
// Studies"), or "".
func orgInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch w {
		case "of", "for", "and", "the", "on", "in", "&":
			continue
		}
		c := []rune(w)[0]
		if !unicode.IsUpper(c) || c > unicode.MaxASCII {
			return ""
		}
		b.WriteRune(c)
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

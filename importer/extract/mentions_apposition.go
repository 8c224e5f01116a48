package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// rightContext reads a description after a name: an apposition (", the Joint Staff
// spokesman", ", Russia's foreign minister", ", chief of the Russian General Staff", "(Czech
// ambassador)"), the same told by a copula or a relative clause ("is the Czech
// ambassador", ", who serves as foreign minister of Hungary,"), or "of Ukraine".
func (x *Extractor) rightContext(s *scan, se sentence, from, to int) context {
	var c context
	j := to
	if j+1 < se.to && s.toks[j].Low == "of" {
		k := j + 1
		if s.toks[k].Low == "the" && k+1 < se.to {
			k++ // "Leonel Fernandez of the Dominican Republic"
		}
		if m, ok := s.matchOf(k); ok && m.Kind == lexicon.PhraseCountry && m.From == k {
			c.country = x.gaz.Countries[m.Idx].Code
		}
		if m, ok := s.matchOf(k); ok && m.Kind == lexicon.PhraseDemonym && m.From == k && s.stateBodyAt(se, m.To) {
			c.country = x.gaz.Countries[m.Idx].Code // "Colonel X of the Russian army", "X of the Thai foreign ministry"
		}
		return c
	}
	start, linked := s.descriptionStart(se, from, to)
	if start < 0 {
		return c
	}
	c = x.description(s, se, start)
	if linked && c.role == "" && c.country != "" && s.gaz.In(lexicon.Heading, s.toks[start-1].Low) {
		c.titled = true // "X, who heads the Czech delegation,": a person of Czechia
	}
	if linked && c.role == "" && !c.titled {
		return context{} // "X is Russia's enemy": a copula tells a name's country only with an office or a post ("X is the head of the Czech delegation")
	}
	return c
}

// description reads the description of a name that starts at token start: "the Joint
// Staff spokesman", "Russia's foreign minister", "chief of the Russian General Staff".
func (x *Extractor) description(s *scan, se sentence, start int) context {
	var c context
	j := start
	if j < se.to && (s.toks[j].Low == "the" || s.toks[j].Low == "a" || s.toks[j].Low == "an") {
		j++
	}
	var orgName string
	unknown := 0 // capitalized words the gazetteer does not know: ", the TPLF spokesman"
	for j < se.to {
		m, ok := s.matchOf(j)
		if !ok || m.From != j {
			t := s.toks[j]
			switch {
			case t.Kind == tokens.Poss || s.gaz.In(lexicon.RankAdjective, t.Low):
				j++ // ", a former White House adviser"
				continue
			case t.Kind == tokens.Word && !t.Cap && j+1 < se.to && s.toks[j+1].Kind == tokens.Poss && j > start && isDeterminer(s.toks[j-1].Low):
				j += 2 // ", the country's foreign minister", ", the kingdom's ambassador": the office is the name's
				continue
			case t.Kind == tokens.Word && t.Cap && unknown < 3 && j > start:
				unknown++
				j++
				continue
			case t.Kind == tokens.Word && (t.Low == "member" || t.Low == "lawmaker" || t.Low == "legislator") && pick(x.officeOf(s, se, j+1), x.orgOf(s, se, j+1)) != "":
				// ", a member of the Israeli parliament", ", a lawmaker of Egypt's ruling party", ", a member of the Labour Party": a person of that country
				return context{titled: true, country: pick(x.officeOf(s, se, j+1), x.orgOf(s, se, j+1))}
			case t.Kind == tokens.Word && s.gaz.In(lexicon.Expert, t.Low):
				if s.gaz.In(lexicon.Serving, t.Low) {
					return context{titled: true, country: c.country} // ", a senior Czech diplomat": a person who serves Czechia
				}
				return context{titled: true} // ", a China analyst at ...": a person, no office or country
			case t.Kind == tokens.Word && s.gaz.In(lexicon.Chief, t.Low) && (j > start && (c.country != "" || orgName != "") || j+1 < se.to && s.toks[j+1].Low == "of" || x.officeServed(s, se, j+1) != ""):
				// ", a senior Kenyan official", ", head of the Kenyan delegation", ", an aide to the Kenyan president": a person of Kenya
				// ", head of the Russian Security Council": the state's body gives its country
				return context{titled: true, country: pick(c.country, pick(pick(x.officeOf(s, se, j+1), x.orgOf(s, se, j+1)), x.officeServed(s, se, j+1)))}
			case t.Kind == tokens.Word && !t.Cap && j > start && s.officeStartsAt(j+1, se.to):
				j++ // ", Kenya's trade minister", ", the country's finance minister": a portfolio before the office
				continue
			}
			return c
		}
		switch m.Kind {
		case lexicon.PhraseCountry, lexicon.PhraseDemonym:
			if m.Kind == lexicon.PhraseCountry && m.From == start && m.To < se.to && (s.toks[m.To].Text == "," || s.toks[m.To].Low == "and" || x.givenNameNotPlace(s, m.From)) {
				return context{} // "the position of Karzai, Iran, Russia and India": a list, not his country; "Elisha Cuthbert, Chad Michael Murray": a given name
			}
			c.country = pick(c.country, x.gaz.Countries[m.Idx].Code)
		case lexicon.PhraseOrg:
			o := x.gaz.Orgs[m.Idx]
			orgName, c.country = shortOrg(o.Name), pick(c.country, o.Country)
		case lexicon.PhraseOffice:
			if m.To < se.to && s.toks[m.To].Kind == tokens.Poss {
				return context{} // ", the crown prince's father": someone else's office
			}
			if s.titlesNext(se, m) {
				return context{} // "in Wyoming, Vice-President Cheney's home state": the office is the next name's
			}
			if orgName == "" && c.country == "" && x.orgOffice(s, se, m) {
				return context{titled: true} // ", a representative for the sheriff's office"; not ", an Iranian representative at the UN"
			}
			o := x.gaz.Offices[m.Idx]
			c.role = x.roleWithOrg(o.Role, orgName)
			if m.Country >= 0 {
				c.country = pick(c.country, x.gaz.Countries[m.Country].Code)
			}
			c.country = pick(c.country, pick(x.officeOf(s, se, m.To), x.officeServed(s, se, m.To))) // ", President of Indonesia", ", adviser to the Czech president"
			c.country = pick(c.country, x.orgOf(s, se, m.To))                                       // ", a former leader of the Conservative Party"
			if strings.HasPrefix(o.Role, "spokes") {
				c.country = pick(c.country, x.bodySpokenFor(s, se, m.To)) // ", a spokesman for the Polish foreign ministry"
			}
			c.titled = true
			return c
		default:
			return c
		}
		j = m.To
	}
	return c
}

// officeServed reads "to (the) <demonym> <office>" or "to <country>'s <office>" after an
// office or a post ending at token j: "adviser to the Czech president", "aide to Turkey's
// foreign minister" serve that country; "" when no such office follows ("ambassador to
// the Czech Republic" serves another).
func (x *Extractor) officeServed(s *scan, se sentence, j int) string {
	if j+2 >= se.to || s.toks[j].Low != "to" {
		return ""
	}
	j++
	if s.toks[j].Low == "the" {
		j++
	}
	m, ok := s.matchOf(j)
	if !ok || m.From != j {
		return ""
	}
	k := m.To
	switch {
	case m.Kind == lexicon.PhraseDemonym:
	case m.Kind == lexicon.PhraseCountry && k < se.to && s.toks[k].Kind == tokens.Poss:
		k++
	default:
		return ""
	}
	if !s.officeStartsAt(k, se.to) {
		return ""
	}
	return x.gaz.Countries[m.Idx].Code
}

// descriptionStart returns the first token of the description of the name of tokens
// [from, to), or -1 when none follows: after a comma (", the Czech ambassador", ", now the
// deputy prime minister"), an opening bracket or a dash ("(Czech ambassador)", "— the Czech
// ambassador —"), a copula ("is the
// Czech ambassador", "has been Slovakia's ambassador") or a relative clause with one (",
// who is Germany's foreign minister", ", who was appointed foreign minister") or a verb of
// heading (", who heads the Czech delegation"); linked reports the copula or the verb. A name that is the object of a preposition ("the guest of X was the
// ambassador") is not the copula's subject.
func (s *scan) descriptionStart(se sentence, from, to int) (start int, linked bool) {
	if to >= se.to {
		return -1, false
	}
	k, verb := to, false
	switch s.toks[to].Text {
	case "(", "—", "–":
		return to + 1, false // "X (Czech ambassador)", "X — the Czech ambassador —"
	case ",":
		k++
		if s.ageFollows(se, to) {
			k += 2 // ", 54, the Slovak ambassador"
		}
		if k+1 < se.to && s.toks[k].Low == "who" && s.toks[k+1].Low == "as" {
			return k + 2, true // ", who as Sweden's foreign minister met Y,"
		}
		if k < se.to && s.toks[k].Low == "who" {
			k++
			verb = true
		}
	case "-":
		if to+1 < se.to && s.toks[to+1].Text == "-" {
			return to + 2, false // "X -- the Czech ambassador --"
		}
		return -1, false
	default:
		if from > se.from && s.gaz.In(lexicon.Preposition, s.toks[from-1].Low) {
			return -1, false
		}
		verb = true
	}
	for ; k < se.to && (s.gaz.In(lexicon.Copula, s.toks[k].Low) || s.gaz.In(lexicon.CopulaAux, s.toks[k].Low)); k++ {
		linked = linked || s.gaz.In(lexicon.Copula, s.toks[k].Low)
	}
	if k < se.to && s.gaz.In(lexicon.Heading, s.toks[k].Low) {
		k, linked = k+1, true // ", who heads the Czech delegation", "X led the Russian team"
	}
	if verb && !linked {
		return -1, false
	}
	return k, linked
}

// titlesNext reports an office written before a capitalized name of its own, after a
// comma: "the mayor of Philadelphia, Mayor Tale", "in Wyoming, Vice-President Cheney's
// home state". The office titles the name after it, not the words before the comma.
func (s *scan) titlesNext(se sentence, m lexicon.Match) bool {
	if m.To >= se.to || !s.toks[m.From].Cap {
		return false
	}
	t := s.toks[m.To]
	if t.Kind != tokens.Word || !t.Cap || s.gaz.Stop[t.Low] {
		return false
	}
	n, ok := s.matchOf(m.To)
	return !ok || n.Kind == lexicon.PhraseKnown
}

// endsOffice reports whether token j ends an office phrase.
func (s *scan) endsOffice(j int) bool {
	m, ok := s.matchOf(j)
	return ok && m.Kind == lexicon.PhraseOffice && m.To == j+1
}

// shortOrg drops a leading country prefix from an organization name for role prefixes:
// "US State Department spokesman" reads "State Department spokesman".
func shortOrg(name string) string {
	for _, p := range []string{"US ", "UK "} {
		if len(name) > len(p) && name[:len(p)] == p {
			return name[len(p):]
		}
	}
	return name
}

// officeStartsAt reports an office of the gazetteer starting at token j: the office a
// portfolio word before it qualifies ("trade minister").
func (s *scan) officeStartsAt(j, end int) bool {
	if j >= end {
		return false
	}
	m, ok := s.matchOf(j)
	return ok && m.From == j && m.Kind == lexicon.PhraseOffice
}

// bodySpokenFor reads the body a spokesperson speaks for after the office ending at token
// j: "for (the) <demonym> ...", "for <country>'s ...", "of (the) <organization>", "at the
// <demonym> embassy": ", a spokesman for the Polish foreign ministry" serves Poland, ", a
// spokeswoman for the National Security Council" the council's country, ", a spokeswoman
// for Trump" a well-known person's, ", a spokesman for the Russian president" that
// office's; "" for a body of no country (", a spokesman for the UN") or none.
func (x *Extractor) bodySpokenFor(s *scan, se sentence, j int) string {
	if j+1 >= se.to {
		return ""
	}
	switch s.toks[j].Low {
	case "for", "of", "at":
	default:
		return ""
	}
	j++
	if s.toks[j].Low == "the" && j+1 < se.to {
		j++
	}
	m, ok := s.matchOf(j)
	if !ok || m.From != j {
		return ""
	}
	switch m.Kind {
	case lexicon.PhraseDemonym:
		if m.To < se.to && s.toks[m.To].Kind == tokens.Word && !s.toks[m.To].Cap && !x.bodyWord(s.toks[m.To].Low) {
			return "" // "a spokesman for the Russian-speaking community": no body of the state
		}
		return x.gaz.Countries[m.Idx].Code
	case lexicon.PhraseCountry:
		if m.To < se.to && s.toks[m.To].Kind == tokens.Poss {
			return x.gaz.Countries[m.Idx].Code // "for Russia's foreign ministry"
		}
	case lexicon.PhraseOrg:
		return x.gaz.Orgs[m.Idx].Country
	case lexicon.PhraseKnown:
		return x.gaz.People[m.Idx].Country // ", a spokeswoman for Trump": the aide serves Trump's country, as "Trump spokeswoman X" does
	case lexicon.PhraseOffice:
		if m.Country >= 0 {
			return x.gaz.Countries[m.Country].Code // ", a spokesman for the Russian president"
		}
		if n, ok := s.matchOf(m.To); ok && n.From == m.To && n.Kind == lexicon.PhraseKnown {
			return x.gaz.People[n.Idx].Country // ", a spokesman for President Emmanuel Macron"
		}
	}
	return ""
}

// bodyWord reports a lower-case word that names a body of a state after a demonym: "the
// Polish foreign ministry", "the Israeli military", "the Kenyan government".
func (x *Extractor) bodyWord(w string) bool {
	return x.gaz.In(lexicon.StateBody, w) || x.gaz.IsOrgHeadNoun(w) || x.gaz.In(lexicon.OrgRef, w)
}

// stateBodyAt reports a state's body named from token k: a body word ("army",
// "embassy", "foreign ministry") or a ministry.
func (s *scan) stateBodyAt(se sentence, k int) bool {
	return k < se.to && (s.isMatchKind(k, lexicon.PhraseMinistry) || s.toks[k].Kind == tokens.Word && s.gaz.In(lexicon.StateBody, s.toks[k].Low))
}

// orgOf reads "of (the) <organization>" after an office or a post ending at token j: the
// organization's country, for one of a single state ("leader of the Conservative Party"),
// also at the end of a chain of bodies the lexicon lacks ("director of the Office of the
// Foreign Affairs Commission of the Communist Party of China Central Committee": an office
// within a state's party or government serves that state); "" for international bodies
// and when no known organization follows.
func (x *Extractor) orgOf(s *scan, se sentence, j int) string {
	for range 3 {
		if m, ok := s.ofPhrase(se, j); ok {
			if m.Kind == lexicon.PhraseOrg {
				return x.gaz.Orgs[m.Idx].Country
			}
			return ""
		}
		if j = s.unknownBodyOf(se, j); j < 0 {
			return ""
		}
	}
	return ""
}

// unknownBodyOf reads "of (the) <capitalized words>" at token j, a body the lexicon lacks
// that another "of" follows ("of the Office of ..."), and returns that next "of"; -1 when
// no such link is there.
func (s *scan) unknownBodyOf(se sentence, j int) int {
	if j = s.afterOf(se, j); j < 0 {
		return -1
	}
	from := j
	for j < se.to && s.toks[j].Kind == tokens.Word && s.toks[j].Cap {
		if m, ok := s.matchOf(j); ok && m.Kind != lexicon.PhraseOffice && m.Kind != lexicon.PhraseMinistry {
			return -1 // a country, a demonym or a known body ends no unknown one
		}
		j++
	}
	if j == from || j >= se.to || s.toks[j].Low != "of" {
		return -1
	}
	return j
}

// isHeadNoun reports lower-case nouns that end an untabled title before a name
// ("intelligence chief", "political bureau chief", "top negotiator"): words.tsv's expert
// and chief classes.
func (s *scan) isHeadNoun(w string) bool {
	return s.gaz.In(lexicon.Expert, w) || s.gaz.In(lexicon.Chief, w)
}

// isHeadNouns reports the plural of a head noun: "officials", "diplomats".
func (s *scan) isHeadNouns(w string) bool {
	return strings.HasSuffix(w, "s") && s.isHeadNoun(strings.TrimSuffix(w, "s"))
}

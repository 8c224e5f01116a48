package extract

// findRefs adds organization, role, official and pronoun mentions of one sentence.
func (x *Extractor) findRefs(s *scan, si int) {
	se := s.sents[si]
	named := make(map[int]bool) // tokens inside person mentions and their left context
	for _, m := range s.mentions {
		if m.sent == si && m.kind == mPerson {
			for k := m.from; k < m.to; k++ {
				named[k] = true
			}
		}
	}
	x.findNamedOrgs(s, si, named)
	for i := se.from; i < se.to; i++ {
		t := s.toks[i]
		if m, ok := s.matchOf(i); ok && m.from == i {
			x.refFromMatch(s, si, m, named)
			i = m.to - 1
			continue
		}
		if o, from, ok := x.countryOfficial(s, se, i); ok {
			s.mentions = append(s.mentions, mention{from: from, to: i, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.country-official", words: []string{o.name}})
			continue
		}
		switch {
		case t.kind == tWord && isPronoun(t.low) || (t.low == "him" || t.low == "her") && i >= se.from+2 && s.toks[i-1].low == "to" && s.toks[i-2].low == "according":
			// "According to him, ...": the pronoun is the source of the quotation
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.pronoun", words: []string{t.text}})
		case (t.low == "statement" || t.low == "readout" || t.low == "communique" || s.gaz.isReportWord(t.low)) && i > se.from && (s.toks[i-1].low == "the" || s.toks[i-1].kind == tPoss && i-2 >= se.from) && s.documentSpeaks(se, i+1):
			m := mention{from: i - 1, to: i + 1, kind: mStatement, known: -1, sent: si, actor: -1, rule: "actor.statement", words: []string{t.text}}
			if s.toks[i-1].kind == tPoss {
				m.possessor = i - 2 // "Tusk's draft says": Tusk's words
			}
			s.mentions = append(s.mentions, m)
		case s.subjectIt(se, i):
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mStatement, known: -1, sent: si, actor: -1, rule: "actor.statement", words: []string{t.text}})
		case orgHead(t.low) != "" && i > se.from && s.toks[i-1].low == "the" && !(i+1 < se.to && (s.toks[i+1].low == "of" || s.toks[i+1].cap)):
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mOrgRef, known: -1, sent: si, actor: -1, rule: "actor.org-reference", words: []string{orgHead(t.low)}})
		case (t.low == "official" || t.low == "officials") && i > se.from && s.toks[i-1].low == "administration":
			o := x.gaz.orgs[x.whiteHouse]
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.administration-official", words: []string{o.name}})
		case (t.low == "official" || t.low == "officials") && i > se.from && isDeterminer(s.toks[i-1].low):
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mOfficial, known: -1, sent: si, actor: -1, rule: "actor.official", words: []string{t.text}})
		}
	}
}

// refFromMatch turns an organization, ministry or bare office match into a mention.
func (x *Extractor) refFromMatch(s *scan, si int, m match, named map[int]bool) {
	se := s.sents[si]
	switch m.kind {
	case pOrg:
		o := x.gaz.orgs[m.idx]
		s.mentions = append(s.mentions, mention{from: m.from, to: m.to, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.org", words: []string{o.name}})
	case pMinistry:
		c, from, to, ok := x.ministryCountry(s, se, m)
		if !ok {
			return
		}
		cn := x.gaz.countries[c]
		o := x.countryBody(cn.adjective+" "+x.gaz.ministries[m.idx], cn.code)
		// the span holds the country, so that the alias ("Russia's Defense Ministry") never
		// reads as another country's ministry across articles
		s.mentions = append(s.mentions, mention{from: from, to: to, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.ministry", words: []string{o.name}})
	case pOffice:
		if m.to < se.to && (named[m.to] || x.isNameWord(s, m.to) || x.gaz.isTitleWord(s.toks[m.to].low) || s.toks[m.to].text == "," && m.to+1 < se.to && named[m.to+1]) {
			return // the office of a named person
		}
		role := x.gaz.offices[m.idx].role
		if !x.gaz.isSubjectRole(role) || m.from == se.from || !x.definite(s, se, m.from) {
			return
		}
		ref := mention{from: m.from, to: m.to, kind: mRole, role: role, known: -1, sent: si, actor: -1, rule: "actor.role-reference", words: []string{role}}
		if c := x.leftContext(s, se, m.from); c.country != "" {
			ref.country = c.country
		}
		if m.country >= 0 {
			ref.country = x.gaz.countries[m.country].code // "the top American diplomat" is not Lavrov
		}
		if k := m.from - 2; k >= se.from && s.toks[k+1].kind == tPoss {
			if cm, ok := s.matchOf(k); ok && cm.kind == pCountry {
				ref.country = x.gaz.countries[cm.idx].code // "Ukraine's leader"
			}
		}
		s.mentions = append(s.mentions, ref)
	}
}

// definite reports whether the office at token i is introduced by "the", a possessive
// country or a demonym after "the": "the Russian president", "the US Secretary of State",
// "Ukraine's leader".
func (x *Extractor) definite(s *scan, se sentence, i int) bool {
	for j := i - 1; j >= se.from && j >= i-4; j-- {
		t := s.toks[j]
		if t.low == "the" {
			return true
		}
		if m, ok := s.matchOf(j); ok && (m.kind == pCountry || m.kind == pDemonym) {
			if m.to < len(s.toks) && s.toks[m.to].kind == tPoss {
				return true // "Ukraine's leader"
			}
			j = m.from
			continue
		}
		if t.kind == tPoss || t.low == "top" {
			continue
		}
		return false
	}
	return false
}

// ministryCountry finds the country of a ministry: "Russia's Defense Ministry", "the
// Russian Defense Ministry", "the Ministry of Defence of Russia".
// It returns the country and the tokens of the whole name, country included.
func (x *Extractor) ministryCountry(s *scan, se sentence, m match) (country, from, to int, ok bool) {
	j := m.from - 1
	if j >= se.from && s.toks[j].kind == tPoss {
		j--
	}
	if c, found := s.matchOf(j); found && j >= se.from && (c.kind == pCountry || c.kind == pDemonym) {
		return c.idx, c.from, m.to, true
	}
	if m.to+1 < se.to && s.toks[m.to].low == "of" {
		if c, found := s.matchOf(m.to + 1); found && c.kind == pCountry {
			return c.idx, m.from, c.to, true
		}
	}
	return 0, 0, 0, false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "one", "senior", "another", "two", "three", "several":
		return true
	}
	return false
}

// orgHead returns the word an organization's name holds when "the <word>" refers back to
// it: "the ministry" -> "Ministry".
func orgHead(w string) string {
	switch w {
	case "ministry":
		return "Ministry"
	case "department":
		return "Department"
	case "embassy":
		return "Embassy"
	case "government":
		return "Government"
	case "alliance":
		return "NATO"
	case "consortium":
		return "Consortium"
	case "committee":
		return "Committee"
	case "academy":
		return "Academy"
	case "group", "movement", "militants", "coalition":
		return "group" // an organization of kind group: Hamas, the Taliban
	}
	return ""
}

// countryOfficial reads an unnamed official of a country at token i ("the Israeli
// official", "a senior U.S. defense official", "a Turkish military official"): the words
// speak for the country's government, defense ministry or armed forces, after the qualifier.
// A plain U.S. official names no body (the administration, the State Department and the
// Pentagon all brief unnamed), so it makes none.
func (x *Extractor) countryOfficial(s *scan, se sentence, i int) (org, int, bool) {
	if t := s.toks[i]; t.low != "official" && t.low != "officials" {
		return org{}, 0, false
	}
	body := "Government"
	k := i - 1
	for ; k >= se.from && s.gaz.isOfficialQualifier(s.toks[k].low); k-- {
		switch s.toks[k].low {
		case "defense", "defence":
			body = "Defense Ministry"
		case "military":
			body = "Armed Forces"
		}
	}
	c, ok := s.matchOf(k)
	if !ok || k < se.from || c.to != k+1 || c.kind != pCountry && c.kind != pDemonym {
		return org{}, 0, false
	}
	cn := x.gaz.countries[c.idx]
	if body == "Government" && cn.code == "US" {
		return org{}, 0, false
	}
	return x.countryBody(cn.adjective+" "+body, cn.code), c.from, true
}

// countryBody is the organization "<adjective> <body>" of a country: the known
// organization of data/orgs.tsv with that alias ("American Defense Ministry" is the
// Pentagon), else a new one.
func (x *Extractor) countryBody(name, country string) org {
	toks := tokenize([]rune(name))
	if m, ok := x.gaz.matchAt(toks, 0); ok && m.kind == pOrg && m.to == len(toks) {
		return x.gaz.orgs[m.idx]
	}
	return org{name: name, kind: "government", country: country}
}

// documentSpeaks reports a speech verb at token k, or after a parenthetical set off by
// commas there ("the draft, which was seen by Reuters, says"), as a document's verb.
func (s *scan) documentSpeaks(se sentence, k int) bool {
	if k < se.to && s.toks[k].text == "," {
		for j := k + 1; j < se.to && j < k+12; j++ {
			if s.toks[j].text == "," {
				k = j + 1
				break
			}
		}
	}
	if k < se.to && s.toks[k].low == "also" {
		k++
	}
	return k < se.to && s.gaz.isSpeechVerb(s.toks[k].low)
}

package extract

// leftContext reads the titles, offices, organizations and countries that stand before
// the name starting at token from: "Russian Foreign Minister", "Pentagon spokesman Gen.",
// "his Russian counterpart", "Ukraine's defense minister", "Mr. Biden's national security
// adviser,".
func (x *Extractor) leftContext(s *scan, se sentence, from int) context {
	var c context
	var orgName string
	for j := from - 1; j >= se.from; {
		t := s.toks[j]
		if m, ok := s.matchOf(j); ok && m.to == j+1 {
			switch m.kind {
			case pOffice:
				if c.role == "" {
					c.role, c.titled = x.gaz.offices[m.idx].role, true
					if m.country >= 0 {
						c.country = x.gaz.countries[m.country].code
					}
				}
			case pOrg:
				if c.role == "" {
					return c
				}
				o := x.gaz.orgs[m.idx]
				orgName, c.country = shortOrg(o.name), pick(c.country, o.country)
			case pCountry, pDemonym:
				c.country = pick(c.country, x.gaz.countries[m.idx].code)
			case pMinistry:
				if c.role == "" {
					return c
				}
				orgName = x.gaz.ministries[m.idx] // "Russian Foreign Ministry spokeswoman"
			default:
				return x.finishLeft(c, orgName)
			}
			j = m.from - 1
			continue
		}
		switch {
		case t.kind == tWord && x.gaz.isTitleWord(t.low) && (t.cap || t.low == "counterpart"):
			c.titled = true
		case t.low == "counterpart" || t.low == "counterparts" || isCalling(t.low):
			c.titled = true
		case t.kind == tPoss:
			if c.role == "" && !c.titled {
				return c // "the President's Daily Brief": a possessor, not a title
			}
			if j > se.from && s.toks[j-1].cap && !s.isMatchKind(j-1, pCountry) {
				c.possessor = j - 1 // "Moon's spokesman, Kim Eui-kyeom": Moon's country
				return x.finishLeft(c, orgName)
			}
			// "Ukraine's defense minister": the possessor is read as a country if it is one
		case t.low == "and" && c.role != "" && j > se.from && s.endsOffice(j-1):
			// "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed"
		case t.low == "top" || t.low == "the" || t.low == "acting" || t.low == "former" || t.low == "then" || t.low == "new" || t.low == "interim" || t.low == "incoming" || t.low == "outgoing" || t.low == "senior" || t.low == "chief" || t.low == "deputy":
		case t.low == "," && j == from-1 && j > se.from && (s.endsOffice(j-1) || s.toks[j-1].low == "counterpart"):
			// "national security adviser, Jake Sullivan"
		case (t.low == "by" || t.low == "photo" || t.low == "credit") && c.role == "" && !c.titled:
			c.credit = t.low == "by" && (j == se.from || isCreditWord(s.toks[j-1].low)) || t.low == "credit"
			return c
		case !t.cap && t.kind == tWord && from-j <= 3 && c.role == "" && isHeadNoun(s.toks[from-1].low):
			c.titled = true // "Egyptian intelligence chief Abbas Kamel": read on to the demonym
		default:
			return x.finishLeft(c, orgName)
		}
		j--
	}
	return x.finishLeft(c, orgName)
}

// isHeadNoun reports lower-case nouns that end an untabled title before a name
// ("intelligence chief", "political bureau chief", "top negotiator").
func isHeadNoun(w string) bool {
	switch w {
	case "chief", "head", "commander", "envoy", "negotiator", "official", "representative", "aide", "adviser", "advisor", "director", "leader":
		return true
	}
	return false
}

// finishLeft prefixes spokesman-like roles with their organization ("Pentagon spokesman")
// and fills a country implied by the office ("Secretary of State" is American).
func (x *Extractor) finishLeft(c context, orgName string) context {
	c.role = x.roleWithOrg(c.role, orgName)
	return c
}

func (x *Extractor) roleWithOrg(role, orgName string) string {
	if orgName != "" && role != "" && (role == "spokesman" || role == "spokeswoman" || role == "spokesperson") {
		return orgName + " " + role
	}
	return role
}

// rightContext reads an apposition after a name: ", the Joint Staff spokesman",
// ", Russia's foreign minister", ", chief of the Russian General Staff", or "of Ukraine".
func (x *Extractor) rightContext(s *scan, se sentence, to int) context {
	var c context
	j := to
	if j+1 < se.to && s.toks[j].low == "of" {
		if m, ok := s.matchOf(j + 1); ok && m.kind == pCountry && m.from == j+1 {
			c.country = x.gaz.countries[m.idx].code
		}
		return c
	}
	if j >= se.to || s.toks[j].text != "," {
		return c
	}
	j++
	if j < se.to && (s.toks[j].low == "the" || s.toks[j].low == "a" || s.toks[j].low == "an") {
		j++
	}
	var orgName string
	for j < se.to {
		m, ok := s.matchOf(j)
		if !ok || m.from != j {
			if s.toks[j].kind == tPoss || isRankAdjective(s.toks[j].low) {
				j++ // ", a former White House adviser"
				continue
			}
			return c
		}
		switch m.kind {
		case pCountry, pDemonym:
			c.country = pick(c.country, x.gaz.countries[m.idx].code)
		case pOrg:
			o := x.gaz.orgs[m.idx]
			orgName, c.country = shortOrg(o.name), pick(c.country, o.country)
		case pOffice:
			if m.to < se.to && s.toks[m.to].kind == tPoss {
				return context{} // ", the crown prince's father": someone else's office
			}
			o := x.gaz.offices[m.idx]
			c.role = x.roleWithOrg(o.role, orgName)
			if m.country >= 0 {
				c.country = pick(c.country, x.gaz.countries[m.country].code)
			}
			c.titled = true
			return c
		default:
			return c
		}
		j = m.to
	}
	return c
}

// endsOffice reports whether token j ends an office phrase.
func (s *scan) endsOffice(j int) bool {
	m, ok := s.matchOf(j)
	return ok && m.kind == pOffice && m.to == j+1
}

func isCreditWord(w string) bool {
	switch w {
	case "photo", "photograph", "image", "picture", "file", "reporting", "writing", "editing",
		"illustration", "video", "graphic", "credit", "pictured", "photos":
		return true
	}
	return false
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

// isCalling reports nouns of trade that introduce a named person without being an office
// ("columnist Jamal Khashoggi", "American teacher Marc Fogel").
func isCalling(w string) bool {
	switch w {
	case "columnist", "journalist", "reporter", "correspondent", "teacher", "activist", "businessman",
		"businesswoman", "lawyer", "analyst", "professor", "researcher", "citizen", "writer", "author",
		"dissident", "opposition", "commentator", "economist", "negotiator", "mediator", "diplomat",
		"general", "colonel", "publisher", "editor", "founder", "chairman", "chairwoman", "ceo", "candidate":
		return true
	}
	return false
}

// isRankAdjective reports adjectives that may stand between an article and an office.
func isRankAdjective(w string) bool {
	switch w {
	case "top", "former", "senior", "acting", "deputy", "then", "longtime", "veteran", "new", "interim", "chief", "outgoing", "incoming":
		return true
	}
	return false
}

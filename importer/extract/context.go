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
				if c.role == "Prince" { // "Foreign Minister Prince Faisal": the office, not the rank
					c.role = ""
				}
				if c.role != "" && c.alt == "" && c.role != x.gaz.offices[m.idx].role && c.role != "Prince" {
					c.alt = x.gaz.offices[m.idx].role // "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed"
				}
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
			if cm, ok := s.matchOf(j - 1); ok && j > se.from && cm.kind == pCountry {
				c.country = pick(c.country, x.gaz.countries[cm.idx].code) // "Britain's Barbara Woodward"
				j = cm.from - 1
				continue
			}
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
		case t.low == "," && j == from-1 && j > se.from && s.officeForPlace(j-1) >= 0:
			j = s.officeForPlace(j-1) + 1 // "The UN envoy for Sudan, Volker Perthes": read on from "envoy"
		case t.cap && t.kind == tWord && c.role != "" && j > se.from && (s.isMatchKind(j-1, pDemonym) || s.isMatchKind(j-1, pCountry)):
			// "Saudi Energy Minister Prince Abdulaziz": a portfolio word between demonym and office
		case (t.low == "by" || t.low == "photo" || t.low == "credit") && c.role == "" && !c.titled:
			c.credit = t.low == "by" && (j == se.from || isCreditWord(s.toks[j-1].low)) || t.low == "credit"
			return c
		case !t.cap && t.kind == tWord && from-j <= 3 && c.role == "" && isHeadNoun(s.toks[from-1].low):
			c.titled = true // "Egyptian intelligence chief Abbas Kamel": read on to the demonym
		default:
			if t.low == "and" && c.role != "" && c.country == "" {
				c.country = s.sharedCountry(se, j, c.role) // "Iraqi Prime Minister A and President B"
				c.shared = c.country != ""
			}
			return x.finishLeft(c, orgName)
		}
		j--
	}
	return x.finishLeft(c, orgName)
}

// finishLeft prefixes spokesman-like roles with their organization ("Pentagon spokesman")
// and fills a country implied by the office ("Secretary of State" is American).
func (x *Extractor) finishLeft(c context, orgName string) context {
	c.role = x.roleWithOrg(c.role, orgName)
	return c
}

func (x *Extractor) roleWithOrg(role, orgName string) string {
	switch role {
	case "spokesman", "spokeswoman", "spokesperson", "Secretary", "Director", "Minister", "Adviser", "Commander":
		if orgName != "" {
			return orgName + " " + role // "Treasury Secretary", "CIA Director", "Pentagon spokesman"
		}
	}
	return role
}

// officeForPlace returns the last token of an office that a place follows ("envoy for
// Sudan", "ambassador to Ukraine") when k ends the place, else -1.
func (s *scan) officeForPlace(k int) int {
	m, ok := s.matchOf(k)
	if !ok || m.to != k+1 || m.kind != pCountry || m.from < 2 {
		return -1
	}
	switch s.toks[m.from-1].low {
	case "for", "to", "in", "on":
		if s.endsOffice(m.from - 2) {
			return m.from - 2
		}
	}
	return -1
}

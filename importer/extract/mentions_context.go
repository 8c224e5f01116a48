package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// leftContext reads the titles, offices, organizations and countries that stand before
// the name starting at token from: "Russian Foreign Minister", "Pentagon spokesman Gen.",
// "his Russian counterpart", "Ukraine's defense minister", "Mr. Biden's national security
// adviser,".
func (x *Extractor) leftContext(s *scan, se sentence, from int) context {
	c := x.leftWords(s, se, from)
	if c.country == "" && strings.Contains(c.role, "spokes") {
		if w := s.bodyTitle(se, from); w != "" {
			c.country = x.bodyNamedBefore(s, se, w) // "The Thai government said ... Government spokesman X said"
		}
	}
	return c
}

// bodyTitle returns the word of a state's body that alone opens the spokesperson's title
// before the name at token from ("Government spokesman X", "Coast guard spokesman X",
// "Presidency spokesman X"): the body named before; "" when other words stand before it.
func (s *scan) bodyTitle(se sentence, from int) string {
	m, ok := s.matchOf(from - 1)
	if from-1 < se.from || !ok || m.Kind != lexicon.PhraseOffice || m.To != from {
		return ""
	}
	w := ""
	k := m.From - 1
	for ; k >= se.from && s.toks[k].Kind == tokens.Word && s.gaz.In(lexicon.StateBody, s.toks[k].Low); k-- {
		if w == "" {
			w = s.toks[k].Low
		}
	}
	if w == "" || !s.toks[k+1].Cap || k >= se.from && s.toks[k].Kind == tokens.Word && s.toks[k].Low != "the" {
		return ""
	}
	return w
}

// leftWords reads the words before the name; leftContext.
func (x *Extractor) leftWords(s *scan, se sentence, from int) context {
	var c context
	var orgName string
	for j := from - 1; j >= se.from; {
		t := s.toks[j]
		if j == from-1 && s.stateNoun(t.Low) {
			if k, country := x.officeOfState(s, se, j); k >= 0 {
				c.country = country // "President of the French Republic X"
				j = k
				continue
			}
		}
		if m, ok := s.matchOf(j); ok && m.To == j+1 {
			switch m.Kind {
			case lexicon.PhraseOffice:
				if c.role == "" && !c.titled && x.orgOffice(s, se, m) {
					c.titled = true // "Student Association president X": the organization's officer
					return c
				}
				if c.role == "Prince" { // "Foreign Minister Prince Faisal": the office, not the rank
					c.role = ""
				}
				if c.role != "" && c.alt == "" && c.role != x.gaz.Offices[m.Idx].Role && c.role != "Prince" {
					c.alt = x.gaz.Offices[m.Idx].Role // "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed"
				}
				if c.role == "" {
					c.role, c.titled = x.gaz.Offices[m.Idx].Role, true
					if m.Country >= 0 {
						c.country = x.gaz.Countries[m.Country].Code
					}
					if k := m.From - 1; k >= se.from && s.gaz.In(lexicon.Subordinate, s.toks[k].Low) && !strings.HasPrefix(strings.ToLower(c.role), s.toks[k].Low) && !strings.HasPrefix(c.role, "spokes") {
						c.role = strings.ToUpper(s.toks[k].Low[:1]) + s.toks[k].Low[1:] + " " + c.role // "the assistant Defence Secretary": a lesser office
						c.country = pick(c.country, x.gaz.Offices[m.Idx].Country)
					}
				}
			case lexicon.PhraseOrg:
				if c.role == "" {
					return c
				}
				o := x.gaz.Orgs[m.Idx]
				orgName, c.country = shortOrg(o.Name), pick(c.country, o.Country)
			case lexicon.PhraseCountry, lexicon.PhraseDemonym:
				if k, prep := s.officeBeforePlace(m); k >= 0 && m.Kind == lexicon.PhraseCountry {
					if prep == "of" {
						c.country = pick(c.country, x.gaz.Countries[m.Idx].Code) // "Prime Minister of Iceland X"
					}
					j = k // "Afghan Ambassador to the United States X": the host is no country of X's
					continue
				}
				c.country = pick(c.country, x.gaz.Countries[m.Idx].Code)
			case lexicon.PhraseMinistry:
				if c.role == "" && !c.titled {
					return c
				}
				if c.role != "" {
					orgName = x.gaz.Ministries[m.Idx] // "Russian Foreign Ministry spokeswoman"
				} // else "Egyptian police official X": read on to the ministry's demonym
			case lexicon.PhraseKnown:
				if c.country == "" && staffRole(c.role) && s.isMatchKind(m.To, lexicon.PhraseOffice) {
					c.country = x.gaz.People[m.Idx].Country // "Trump spokeswoman X": the aide serves Trump's country
				}
				return x.finishLeft(c, orgName)
			default:
				return x.finishLeft(c, orgName)
			}
			j = m.From - 1
			continue
		}
		switch {
		case t.Kind == tokens.Word && x.gaz.IsTitleWord(t.Low) && (t.Cap || t.Low == "counterpart"):
			if j == from-1 && x.gaz.IsTitlePart(t.Low) {
				return x.finishLeft(c, orgName) // "Air Force Special Operations": no rank of its own
			}
			c.titled = true
		case t.Low == "counterpart" || t.Low == "counterparts" || s.gaz.In(lexicon.Calling, t.Low):
			c.titled = true
		case t.Kind == tokens.Poss:
			if cm, ok := s.matchOf(j - 1); ok && j > se.from && cm.Kind == lexicon.PhraseCountry {
				c.country = pick(c.country, x.gaz.Countries[cm.Idx].Code) // "Britain's Barbara Woodward"
				j = cm.From - 1
				continue
			}
			if c.role == "" && !c.titled {
				return c // "the President's Daily Brief": a possessor, not a title
			}
			if j > se.from && s.toks[j-1].Cap && !s.isMatchKind(j-1, lexicon.PhraseCountry) {
				c.possessor = j - 1 // "Moon's spokesman, Kim Eui-kyeom": Moon's country
				return x.finishLeft(c, orgName)
			}
			// "Ukraine's defense minister": the possessor is read as a country if it is one
		case (t.Low == "his" || t.Low == "her") && c.role != "" && c.country == "":
			if k := s.lastPersonBefore(se, j); k >= 0 {
				c.possessor = k // "Netanyahu warned ... His spokesman Mark Regev said": Netanyahu's country
			}
			return x.finishLeft(c, orgName)
		case t.Low == "and" && c.role != "" && j > se.from && s.endsOffice(j-1):
			// "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed"
		case t.Low == "top" || t.Low == "the" || t.Low == "acting" || t.Low == "former" || t.Low == "then" || t.Low == "new" || t.Low == "interim" || t.Low == "incoming" || t.Low == "outgoing" || t.Low == "senior" || t.Low == "chief" || t.Low == "deputy" || t.Low == "first" || s.gaz.In(lexicon.Subordinate, t.Low) && c.role != "":
		case t.Low == "," && c.role == "Ambassador" && j > se.from && s.endsOffice(j-1) && s.officeEndsAt(j+1, from):
			c.role, c.country = "", "" // "the Minister of Foreign Affairs, Ambassador X": a rank, the office is before
		case t.Low == "," && x.titlesOnly(s, j+1, from) && j > se.from && s.officeOfOffice(j-1) >= 0:
			j = s.officeOfOffice(j-1) + 1 // "the Chief of Staff to the President, X": X is the chief of staff
		case t.Low == "," && x.titlesOnly(s, j+1, from) && j > se.from && (s.endsOffice(j-1) && !s.officeInApposition(se, j-1) || s.toks[j-1].Low == "counterpart"):
			// "national security adviser, Jake Sullivan"; not "Bill Gates, CEO, Microsoft"
		case t.Low == "," && x.titlesOnly(s, j+1, from) && j > se.from && s.officeForPlace(s.beforeBracket(se, j-1)) >= 0:
			p := s.beforeBracket(se, j-1) // "the president of the Sahrawi Republic (Western Sahara), X"
			if cm, _ := s.matchOf(p); s.placePrep(cm) == "of" {
				c.country = x.gaz.Countries[cm.Idx].Code // "the prime minister of Iceland, X": Iceland's
			}
			j = s.officeForPlace(p) + 1 // "The UN envoy for Sudan, Volker Perthes": read on from "envoy"
		case t.Low == "," && x.titlesOnly(s, j+1, from) && c.role == "" && j > se.from && s.officeOfBody(j-1) >= 0:
			m, _ := s.matchOf(j - 1)
			c.country = pick(c.country, x.gaz.Orgs[m.Idx].Country) // "the President of the Palestinian Authority, X": the body's
			j = s.officeOfBody(j-1) + 1
		case t.Kind == tokens.Word && (t.Cap || s.gaz.In(lexicon.Remit, t.Low)) && c.role != "" && j > se.from && (s.isMatchKind(j-1, lexicon.PhraseDemonym) || s.isMatchKind(j-1, lexicon.PhraseCountry)):
			// "Saudi Energy Minister Prince Abdulaziz", "Russian economic envoy X": a portfolio
			// word between demonym and office
		case t.Text == ")" && c.role == "" && s.bracketedOffice(se, j):
			// `"... my good wishes to (Indian Prime Minister) Dr. X"`: an editor's gloss inside a
			// quotation gives the office (and its country), read on inside the brackets
		case t.Text == ")" && c.role != "" && c.country == "" && s.bracketedPlace(se, j) >= 0:
			k := s.bracketedPlace(se, j)
			m, _ := s.matchOf(k)
			c.country = x.gaz.Countries[m.Idx].Code // `"(Pakistani) Prime Minister X has ...`: an editor's gloss inside a quotation
			j = m.From - 1
		case t.Kind == tokens.Word && c.role != "" && s.gaz.In(lexicon.StateBody, t.Low) && s.bodyAfterPlace(se, j):
			// "A Nigerian army spokesman, X", "the Philippine coast guard spokesman X"
		case t.Kind == tokens.Word && t.Cap && staffRole(c.role) && c.country == "" && s.isMatchKind(j+1, lexicon.PhraseOffice) && !x.gaz.Stop[t.Low]:
			c.possessor = j // "Renkersa spokeswoman X": the aide serves the country of the person named there
			return x.finishLeft(c, orgName)
		case (t.Low == "by" || t.Low == "photo" || t.Low == "credit") && c.role == "" && !c.titled:
			c.credit = t.Low == "by" && (j == se.from || s.gaz.In(lexicon.Credit, s.toks[j-1].Low)) || t.Low == "credit"
			return c
		case !t.Cap && t.Kind == tokens.Word && from-j <= 3 && c.role == "" && (s.isHeadNoun(s.toks[from-1].Low) || s.isHeadNouns(s.toks[from-1].Low)):
			c.titled = true // "Egyptian intelligence chief Abbas Kamel": read on to the demonym
		default:
			if t.Low == "and" && c.role != "" && c.country == "" {
				c.country = s.sharedCountry(se, j, c.role) // "Iraqi Prime Minister A and President B"
				c.shared = c.country != ""
			}
			if t.Low == "and" && c.role != "" && c.country == "" {
				c.country = x.governmentAnd(s, se, j, c.role) // "the UK government and Prime Minister X"
			}
			if t.Low == "and" && j == from-1 && c.role == "" && !c.titled && c.country == "" {
				c.country, c.titled = s.pluralListCountry(se, j) // "Chinese officials A and B": B is Chinese too
			}
			if s.gaz.In(lexicon.Send, t.Low) && (c.titled || c.role != "") && c.country == "" {
				c.country = x.senderCountry(s, se, j) // "Israel dispatched senior official X": Israel's
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

// roleWithOrg names role with the organization named right before it when the office takes
// it (offices.tsv flag org-prefix): "Treasury Secretary", "CIA Director", "Pentagon spokesman".
func (x *Extractor) roleWithOrg(role, orgName string) string {
	if orgName != "" && x.gaz.TakesOrgName(role) {
		return orgName + " " + role
	}
	return role
}

// officeInApposition reports an office that ends at token k and itself follows a comma:
// "Bill Gates, CEO, Microsoft" describes the name before it, so the words after the
// second comma are its organization, no person.
func (s *scan) officeInApposition(se sentence, k int) bool {
	m, ok := s.matchOf(k)
	return ok && m.From > se.from && s.toks[m.From-1].Text == ","
}

// titlesOnly reports that tokens [a, b) are title words only, or none: the comma before
// them closes an office that is the name's ("China's Ambassador to Britain, Mr Liu"). A
// "the" before a title is part of it: "the Minister for Foreign Affairs, the Hon X".
func (x *Extractor) titlesOnly(s *scan, a, b int) bool {
	for k := a; k < b; k++ {
		if !x.gaz.IsTitleWord(s.toks[k].Low) && !(s.toks[k].Low == "the" && k+1 < b && x.gaz.IsTitleWord(s.toks[k+1].Low)) {
			return false
		}
	}
	return true
}

// officeEndsAt reports an office matched from token k to token to.
func (s *scan) officeEndsAt(k, to int) bool {
	m, ok := s.matchOf(k)
	return ok && m.Kind == lexicon.PhraseOffice && m.From == k && m.To == to
}

// officeOfOffice returns the last token of an office that another office after "to the"
// or "of the" qualifies ("Chief of Staff to the President", "Special Adviser to the Prime
// Minister") when k ends the second one, else -1.
func (s *scan) officeOfOffice(k int) int {
	m, ok := s.matchOf(k)
	if !ok || m.To != k+1 || m.Kind != lexicon.PhraseOffice || m.From < 3 || s.toks[m.From-1].Low != "the" {
		return -1
	}
	switch s.toks[m.From-2].Low {
	case "to", "of", "for":
		if s.endsOffice(m.From - 3) {
			return m.From - 3
		}
	}
	return -1
}

// officeForPlace returns the last token of an office that a place follows ("envoy for
// Sudan", "ambassador to Ukraine", "the prime minister of Iceland") when k ends the
// place, else -1.
func (s *scan) officeForPlace(k int) int {
	m, ok := s.matchOf(k)
	if !ok || m.To != k+1 || m.Kind != lexicon.PhraseCountry || m.From < 2 {
		return -1
	}
	p := m.From - 1
	if s.toks[p].Low == "the" && p > 1 {
		p-- // "the prime minister of the Netherlands"
	}
	switch s.toks[p].Low {
	case "for", "to", "in", "on", "of":
		if s.endsOffice(p - 1) {
			return p - 1
		}
	}
	return -1
}

// officeOfBody returns the last token of an office that "of (the)" and an organization
// complete ("the President of the Palestinian Authority", "the Secretary-General of the
// Arab League") when k ends the organization, else -1.
func (s *scan) officeOfBody(k int) int {
	m, ok := s.matchOf(k)
	if !ok || m.To != k+1 || m.Kind != lexicon.PhraseOrg {
		return -1
	}
	if office, prep := s.officeBeforePlace(m); prep == "of" {
		return office
	}
	return -1
}

// placePrep returns the preposition before the place m, past a "the": "of" in "the
// president of the Netherlands".
func (s *scan) placePrep(m lexicon.Match) string {
	p := m.From - 1
	if p > 0 && s.toks[p].Low == "the" {
		p--
	}
	if p < 0 {
		return ""
	}
	return s.toks[p].Low
}

// beforeBracket returns the token before a bracketed gloss that ends at token k ("the
// Sahrawi Arab Democratic Republic (also known as Western Sahara)", "Congo (DRC)"); k
// itself when no bracket closes there.
func (s *scan) beforeBracket(se sentence, k int) int {
	if s.toks[k].Text != ")" {
		return k
	}
	for o := k - 1; o > se.from && o >= k-8; o-- {
		switch s.toks[o].Text {
		case ")":
			return k
		case "(":
			return o - 1
		}
	}
	return k
}

// officeBeforePlace returns the last token of an office that the place m completes
// ("Ambassador to the United States", "envoy for Sudan", "Prime Minister of Iceland"), and
// the preposition between them; -1 when no office is there. Only "of" makes the place the
// office holder's country: an ambassador to a country or an envoy for it serves another.
func (s *scan) officeBeforePlace(m lexicon.Match) (int, string) {
	k := m.From - 1
	if k >= 0 && s.toks[k].Low == "the" {
		k--
	}
	if k < 1 {
		return -1, ""
	}
	switch prep := s.toks[k].Low; prep {
	case "to", "for", "in", "of":
		if s.endsOffice(k - 1) {
			return k - 1, prep
		}
	}
	return -1, ""
}

// lastPersonBefore returns the last token of the last person named before token j, in
// its sentence or the one before it and outside quotations, whom "his" or "her" at j
// stands for; -1 when none.
func (s *scan) lastPersonBefore(se sentence, j int) int {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.kind != mPerson || m.from >= j || s.inQuote[m.from] {
			continue
		}
		if m.sent < s.toks[se.from].Sent-1 {
			return -1
		}
		return m.to - 1
	}
	return -1
}

// bodyAfterPlace reports a word of a state's body at token j that a demonym or a
// country's possessive opens, at most one other such word between: "Nigerian army",
// "Philippine coast guard", "Israel's military".
func (s *scan) bodyAfterPlace(se sentence, j int) bool {
	for k := j - 1; k >= se.from && k >= j-2; k-- {
		if s.toks[k].Kind == tokens.Poss && k > se.from && s.isMatchKind(k-1, lexicon.PhraseCountry) || s.isMatchKind(k, lexicon.PhraseDemonym) {
			return true
		}
		if !s.gaz.In(lexicon.StateBody, s.toks[k].Low) {
			return false
		}
	}
	return false
}

// bodyNamedBefore returns the country of the state body the word w names in the five
// sentences before se, by demonym or possessive ("The Thai government said ...",
// "Indonesia's foreign ministry said ..."), so that an office the word opens ("Government
// spokesman X") is that body's; "" when none or bodies of two countries.
func (x *Extractor) bodyNamedBefore(s *scan, se sentence, w string) string {
	found := ""
	first := s.toks[se.from].Sent
	for k := se.from - 1; k >= 0 && s.toks[k].Sent >= first-5; k-- {
		if s.toks[k].Low != w || s.inQuote[k] || !s.bodyAfterPlace(sentence{from: max(0, k-3), to: k + 1}, k) {
			continue
		}
		for p := k - 1; p >= 0 && p >= k-3; p-- {
			m, ok := s.matchOf(p)
			if !ok || m.Kind != lexicon.PhraseDemonym && m.Kind != lexicon.PhraseCountry {
				continue
			}
			if c := x.gaz.Countries[m.Idx].Code; found == "" || found == c {
				found = c
			} else {
				return ""
			}
			break
		}
	}
	return found
}

// bracketedPlace returns the token of a demonym or a country (with its possessive) that
// alone stands in the brackets closing at token j, "(Pakistani)", "(Kenya's)"; -1 if none.
func (s *scan) bracketedPlace(se sentence, j int) int {
	k := j - 1
	if k > se.from && s.toks[k].Kind == tokens.Poss {
		k--
	}
	m, ok := s.matchOf(k)
	if !ok || m.To != k+1 || m.From-1 < se.from || s.toks[m.From-1].Text != "(" || m.Kind != lexicon.PhraseDemonym && m.Kind != lexicon.PhraseCountry {
		return -1
	}
	return m.From
}

// bracketedOffice reports brackets closing at token j that hold an office alone, after a
// demonym or a country or not: "(Indian Prime Minister)", "(Foreign Minister)".
func (s *scan) bracketedOffice(se sentence, j int) bool {
	m, ok := s.matchOf(j - 1)
	if !ok || m.To != j || m.Kind != lexicon.PhraseOffice {
		return false
	}
	k := m.From - 1
	if p, ok := s.matchOf(k); ok && p.To == k+1 && (p.Kind == lexicon.PhraseDemonym || p.Kind == lexicon.PhraseCountry) {
		k = p.From - 1
	}
	return k >= se.from && s.toks[k].Text == "("
}

// staffRole reports an office that serves a person rather than a state: a spokesperson or
// an adviser speaks for whoever is named before the title ("Putin aide X").
func staffRole(role string) bool {
	return strings.HasPrefix(role, "spokes") || role == "Adviser"
}

// senderCountry returns the country that opens the sentence as the subject of the verb at
// token j ("Israel on Thursday dispatched", "The United States has sent"); "" when the
// subject is no country or other names stand between.
func (x *Extractor) senderCountry(s *scan, se sentence, j int) string {
	for k := j - 1; k >= se.from && k >= j-6; k-- {
		m, ok := s.matchOf(k)
		if ok && m.To == k+1 && m.Kind == lexicon.PhraseCountry {
			if m.From == se.from || m.From == se.from+1 && s.toks[se.from].Low == "the" {
				return x.gaz.Countries[m.Idx].Code
			}
			return ""
		}
		if t := s.toks[k]; t.Kind != tokens.Word || ok {
			return ""
		}
	}
	return ""
}

// pluralListCountry returns the country of the person named right before the "and" at
// token j when a plural title opens the pair ("Chinese officials A and B"), and true;
// "" and false otherwise.
func (s *scan) pluralListCountry(se sentence, j int) (string, bool) {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.sent != s.toks[j].Sent || m.kind != mPerson {
			continue
		}
		if m.to != j || m.country == "" || m.from-1 <= se.from || !s.isHeadNouns(s.toks[m.from-1].Low) {
			return "", false
		}
		return m.country, true
	}
	return "", false
}

// officeOfState reads "<office> of the <adjective> <state noun>" ending at token j, the
// state noun ("President of the French Republic", "Prime Minister of the Hellenic
// Republic"): it returns the office's last token and the country the adjective names ("" when
// no gazetteer demonym), or -1 when no office is read so. A formal name the lexicon holds
// whole ("French Republic" in countries.tsv) is matched as a country, not as a demonym and
// a noun, and gives its country the same way.
func (x *Extractor) officeOfState(s *scan, se sentence, j int) (int, string) {
	k, country := j-1, ""
	if m, ok := s.matchOf(j); ok && m.To == j+1 && m.From == k && m.Kind == lexicon.PhraseCountry {
		country = x.gaz.Countries[m.Idx].Code
	} else if m, ok := s.matchOf(k); ok && m.To == j && m.Kind == lexicon.PhraseDemonym {
		k, country = m.From, x.gaz.Countries[m.Idx].Code
	} else if k < se.from || !s.toks[k].Cap || s.toks[k].Kind != tokens.Word {
		return -1, ""
	}
	if k-2 < se.from || s.toks[k-1].Low != "the" || s.toks[k-2].Low != "of" || !s.endsOffice(k-3) {
		return -1, ""
	}
	return k - 3, country
}

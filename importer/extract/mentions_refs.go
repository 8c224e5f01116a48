package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// findRefs adds organization, role, official and pronoun mentions of one sentence.
func (x *Extractor) findRefs(s *scan, si int) {
	se := s.sents[si]
	named := make(map[int]bool) // tokens inside person mentions and their left context
	for _, mi := range s.sentenceMentions(si) {
		if m := s.mentions[mi]; m.kind == mPerson {
			for k := m.from; k < m.to; k++ {
				named[k] = true
			}
		}
	}
	x.findNamedOrgs(s, si, named)
	for i := se.from; i < se.to; i++ {
		t := s.toks[i]
		if m, ok := s.matchOf(i); ok && m.From == i {
			x.refFromMatch(s, si, m, named)
			i = m.To - 1
			continue
		}
		if o, from, ok := x.countryOfficial(s, se, i); ok {
			s.mentions = append(s.mentions, mention{from: from, to: i, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.country-official", words: []string{o.Name}})
			continue
		}
		switch {
		case t.Kind == tokens.Word && lexicon.IsPronoun(t.Low) || (t.Low == "him" || t.Low == "her") && i >= se.from+2 && s.toks[i-1].Low == "to" && s.toks[i-2].Low == "according":
			// "According to him, ...": the pronoun is the source of the quotation
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.pronoun", words: []string{t.Text}})
		case (t.Low == "him" || t.Low == "her") && i > se.from && i+1 < se.to && (s.toks[i-1].Low == "quoted" || s.toks[i-1].Low == "cited") && s.toks[i+1].Low == "as":
			// "State television quoted him as saying that": the one quoted, named before
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.pronoun", words: []string{t.Text}})
		case (t.Low == "him" || t.Low == "her") && s.objectPronoun(i, se.to):
			// "Biden met him at the White House": the other party of the contact, named before
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.pronoun", words: []string{t.Text}})
		case (t.Low == "statement" || t.Low == "readout" || t.Low == "communique" || s.gaz.IsReportWord(t.Low)) && i > se.from && (s.toks[i-1].Low == "the" || s.toks[i-1].Kind == tokens.Poss && i-2 >= se.from) && (s.documentSpeaks(se, i+1) || s.invertedDocument(se, i-1) || s.accordingTo(se, i-1)):
			m := mention{from: i - 1, to: i + 1, kind: mStatement, known: -1, sent: si, actor: -1, rule: "actor.statement", words: []string{t.Text}}
			if s.toks[i-1].Kind == tokens.Poss {
				m.possessor = i - 2 // "Tusk's draft says": Tusk's words
			}
			s.mentions = append(s.mentions, m)
		case rankTitles(t.Low) != nil && s.theRank(se, i) >= 0 && i+1 < se.to && s.tokIn(lexicon.Speech, i+1):
			// "the general said", "the retired general told": the person last named with that rank ("Gen. Kurilla")
			s.mentions = append(s.mentions, mention{from: s.theRank(se, i), to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.pronoun", words: []string{t.Low}})
		case t.Low == "latter" && i > se.from && s.toks[i-1].Low == "the" && !(i+1 < se.to && s.toks[i+1].Kind == tokens.Word && !s.tokIn(lexicon.Speech, i+1) && !strings.HasSuffix(s.toks[i+1].Low, "ing")):
			// "with the latter emphasizing", "the latter said": the person named last
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.pronoun", words: []string{"latter"}})
		case s.gaz.In(lexicon.Trip, t.Low) && s.tripIncludes(se, i):
			// "The visit includes talks with X": the visitor the sentences before speak of
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.epithet", words: []string{t.Low}, epithet: true})
		case s.describedAsSpeaker(se, i):
			// `," the researcher said`: the person the article described as a researcher
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.described-as", words: []string{describedAsWord, t.Low}})
		case (s.gaz.In(lexicon.Epithet, t.Low) || isAgeEpithet(t.Low)) && (s.epithetAt(se, i, named) || s.epithetAfterQuote(se, i) || s.epithetAfterInverted(se, i)):
			// "The 35-year-old lawmaker later spoke with X": the person the sentences before speak of
			m := mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.epithet", words: []string{t.Low}, epithet: true, mods: s.epithetMods(se, i)}
			if k := s.epithetCountry(se, i); k >= 0 {
				m.country = x.gaz.Countries[k].Code
			}
			s.mentions = append(s.mentions, m)
		case s.subjectIt(se, i):
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mStatement, known: -1, sent: si, actor: -1, rule: "actor.statement", words: []string{t.Text}})
		case s.orgHead(t.Low) != "" && i > se.from && (s.toks[i-1].Low == "the" || (s.toks[i-1].Low == "a" || s.toks[i-1].Low == "an") && i+1 < se.to && s.tokIn(lexicon.SpeaksFor, i+1)) && !(i+1 < se.to && (s.toks[i+1].Low == "of" || s.toks[i+1].Cap)):
			// "the ministry said", "a ministry spokesman said": the ministry named before
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mOrgRef, known: -1, sent: si, actor: -1, rule: "actor.org-reference", words: []string{s.orgHead(t.Low)}})
		case s.orgHead(t.Low) != "" && s.modifiedOrgHead(se, i) > 0:
			// "the militant group said", "the Western alliance said": the body named before
			s.mentions = append(s.mentions, mention{from: s.modifiedOrgHead(se, i), to: i + 1, kind: mOrgRef, known: -1, sent: si, actor: -1, rule: "actor.org-reference", words: []string{s.orgHead(t.Low)}})
		case t.Low == "counterpart" && s.counterpartOwner(se, i) >= 0 && (s.speechAfter(se, i+1) || s.invertedSpeechBefore(se, s.counterpartOwner(se, i), i+1) || s.counterpartOpens(se, s.counterpartOwner(se, i), i+1)):
			// "her counterpart said", "his Turkish counterpart told reporters", `," said
			// Lavrov's Turkish counterpart`: the other side of the person the possessive
			// stands for
			from := s.counterpartOwner(se, i)
			m := mention{from: from, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.counterpart", words: []string{"counterpart", ownerPronoun(s.toks[from].Low)}}
			if s.toks[from].Kind == tokens.Poss {
				m.possessor = from - 1 // "Lavrov's counterpart": Lavrov's other side
			}
			if d, ok := s.matchOf(i - 1); ok && d.To == i && d.Kind == lexicon.PhraseDemonym {
				m.country = x.gaz.Countries[d.Idx].Code
			}
			s.mentions = append(s.mentions, m)
		case (t.Low == "his" || t.Low == "her") && i+1 < se.to && (s.tokIn(lexicon.Staff, i+1) && s.speechAfter(se, i+2) || i == se.from && s.tokIn(lexicon.Reaction, i+1) && s.colonQuote(se, i+2)):
			// "his spokesman said", "her office said": the person "he"/"she" stands for
			// speaks; "Her message to Tashkent was simple: "..."": her words
			p := "he"
			if t.Low == "her" {
				p = "she"
			}
			s.mentions = append(s.mentions, mention{from: i, to: i + 1, kind: mPronoun, known: -1, sent: si, actor: -1, rule: "actor.pronoun", words: []string{p}})
		case t.Text == "Amir" && s.theAmir(se, i):
			// "His Highness the Amir stressed": the Emir, as Gulf agencies spell the office
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mRole, role: "Emir", known: -1, sent: si, actor: -1, rule: "actor.role-reference", words: []string{"Emir"}})
		case (t.Low == "official" || t.Low == "officials") && i > se.from && s.toks[i-1].Low == "administration":
			o := x.gaz.Orgs[x.whiteHouse]
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.administration-official", words: []string{o.Name}})
		case (t.Low == "official" || t.Low == "officials") && i > se.from && isDeterminer(s.toks[i-1].Low):
			s.mentions = append(s.mentions, mention{from: i - 1, to: i + 1, kind: mOfficial, known: -1, sent: si, actor: -1, rule: "actor.official", words: []string{t.Text}})
		}
	}
}

// refFromMatch turns an organization, ministry or bare office match into a mention.
func (x *Extractor) refFromMatch(s *scan, si int, m lexicon.Match, named map[int]bool) {
	se := s.sents[si]
	switch m.Kind {
	case lexicon.PhraseOrg:
		o := x.gaz.Orgs[m.Idx]
		s.mentions = append(s.mentions, mention{from: m.From, to: m.To, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.org", words: []string{o.Name}})
	case lexicon.PhraseMinistry:
		c, from, to, ok := x.ministryCountry(s, se, m)
		if !ok && m.To-m.From > 1 && x.gaz.Ministries[m.Idx] != "Government" && s.bodySpeaks(se, m.From, m.To) {
			// "ATHENS, March 10 - ..., the Foreign Ministry said": wire copy names the
			// ministry of its dateline's country without the country
			c, from, to = x.datelineCountry(s), m.From, m.To
			if c < 0 {
				c = s.cutDateline // "NAIROBI, May 3 (Reuters) -" the cleaner cut off the lede
			}
			ok = c >= 0 && !s.otherCountryAfter(se, m.To, c) // not "the Foreign Ministry said in Beijing"
		}
		if !ok {
			if w := s.toks[m.From].Low; m.To-m.From == 1 && s.orgHead(w) != "" && m.From > se.from && s.toks[m.From-1].Low == "the" {
				// "the embassy said": the embassy named before
				s.mentions = append(s.mentions, mention{from: m.From - 1, to: m.To, kind: mOrgRef, known: -1, sent: si, actor: -1, rule: "actor.org-reference", words: []string{s.orgHead(w)}})
			}
			return
		}
		if x.gaz.Ministries[m.Idx] == "Government" && !s.bodySpeaks(se, from, to) {
			return // "talks with the Indian government": a government is an actor where it speaks
		}
		cn := x.gaz.Countries[c]
		o := x.countryBody(cn.Adjective+" "+x.gaz.Ministries[m.Idx], cn.Code)
		// the span holds the country, so that the alias ("Russia's Defense Ministry") never
		// reads as another country's ministry across articles
		s.mentions = append(s.mentions, mention{from: from, to: to, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.ministry", words: []string{o.Name}})
	case lexicon.PhraseCountry:
		x.sharedBody(s, si, m)
		if to := m.To; to < se.to && s.servingNoun(to) && m.From > se.from && s.toks[m.From-1].Low == "the" && s.speechAfter(se, to+1) {
			// "the U.S. diplomat said": a country's short form before a person's noun reads as its demonym
			s.mentions = append(s.mentions, mention{from: m.From - 1, to: to + 1, kind: mPronoun, country: x.gaz.Countries[m.Idx].Code, known: -1, sent: si, actor: -1, rule: "actor.demonym", words: []string{"demonym"}})
		}
	case lexicon.PhraseDemonym:
		x.sharedBody(s, si, m)
		to := m.To
		if to < se.to && s.servingNoun(to) {
			to++ // "the Russian diplomat said"
		}
		if m.From > se.from && s.toks[m.From-1].Low == "the" && s.speechAfter(se, to) {
			// "the Norwegian said", "the Russian diplomat said": the person of that country named last
			s.mentions = append(s.mentions, mention{from: m.From - 1, to: to, kind: mPronoun, country: x.gaz.Countries[m.Idx].Code, known: -1, sent: si, actor: -1, rule: "actor.demonym", words: []string{"demonym"}})
		}
	case lexicon.PhraseOffice:
		if m.To < se.to && (named[m.To] || x.isNameWord(s, m.To) || x.gaz.IsTitleWord(s.toks[m.To].Low) || s.toks[m.To].Text == "," && m.To+1 < se.to && named[m.To+1]) {
			return // the office of a named person
		}
		if e := s.placeOfOffice(se, m.To); e > 0 && named[e] {
			return // "the President of the European Council Luis Carvalho": the office of the name after its place
		}
		if s.appositionOfNamed(se, m.From, named) {
			return // "Anna Berg, the Norwegian foreign minister,": Berg's office, no other holder's
		}
		role := x.gaz.Offices[m.Idx].Role
		rule := "actor.role-reference"
		if s.bareAcronym(se, m) {
			// "Later, COAS met X": the holder
			s.mentions = append(s.mentions, mention{from: m.From, to: m.To, kind: mRole, role: role, country: x.gaz.Offices[m.Idx].Country, known: -1, sent: si, actor: -1, rule: rule, words: []string{role}})
			return // an office of one country keeps to that country's holder
		}
		if !x.gaz.IsSubjectRole(role) && !x.gaz.IsGenericRole(role) || m.From == se.from {
			return
		}
		epithet := m.To-m.From == 1 && s.epithetAt(se, m.From, named)
		if !x.definite(s, se, m.From) {
			if !epithet {
				return
			}
			rule = "actor.epithet" // "Later in the day, the Scottish leader will meet"
		}
		ref := mention{from: m.From, to: m.To, kind: mRole, role: role, known: -1, sent: si, actor: -1, rule: rule, words: []string{role}, epithet: epithet}
		if epithet {
			ref.mods = s.epithetMods(se, m.From)
		}
		if c := x.leftContext(s, se, m.From); c.country != "" {
			ref.country = c.country
		}
		if m.Country >= 0 {
			ref.country = x.gaz.Countries[m.Country].Code // "the top American diplomat" is not Lavrov
		}
		if k := m.From - 2; k >= se.from && s.toks[k+1].Kind == tokens.Poss {
			if cm, ok := s.matchOf(k); ok && cm.Kind == lexicon.PhraseCountry {
				ref.country = x.gaz.Countries[cm.Idx].Code // "Ukraine's leader"
			}
		}
		if c := s.seatBefore(m.From); ref.country == "" && c != "" && x.gaz.IsLeaderRole(role) {
			ref.country, ref.mods = c, nil // "the Kremlin leader" is the Russian leader
		}
		s.mentions = append(s.mentions, ref)
	}
}

// appositionOfNamed reports an office at token from set off after a person's name as its
// apposition, "Anna Berg, the Norwegian foreign minister,", "X, the prime minister,": the
// named person's office, never a reference to another holder named elsewhere in the
// article. A country word may stand between "the" and the office's match.
func (s *scan) appositionOfNamed(se sentence, from int, named map[int]bool) bool {
	k := from - 1
	if m, ok := s.matchOf(k); ok && m.To == from && (m.Kind == lexicon.PhraseDemonym || m.Kind == lexicon.PhraseCountry) {
		k = m.From - 1
	}
	return k-2 >= se.from && s.toks[k].Low == "the" && s.toks[k-1].Text == "," && named[k-2]
}

// seatBefore returns the country of a government seat printed right before token k ("the
// Kremlin leader", "the Elysee chief"): wires name a leader by the seat of power, and the
// leader is that country's. "" when no government organization of a country ends there.
func (s *scan) seatBefore(k int) string {
	if k == 0 {
		return ""
	}
	om, ok := s.matchOf(k - 1)
	if !ok || om.Kind != lexicon.PhraseOrg || om.To != k {
		return ""
	}
	if o := s.gaz.Orgs[om.Idx]; o.Kind == "government" {
		return o.Country
	}
	return ""
}

// placeOfOffice returns the token after the country or organization that "of (the)" at
// token k sets after an office ("President of the European Council", "Prime Minister of
// Croatia"), or -1: readouts print the holder's name right there.
func (s *scan) placeOfOffice(se sentence, k int) int {
	m, ok := s.ofPhrase(se, k)
	if !ok || m.To >= se.to || m.Kind != lexicon.PhraseOrg && m.Kind != lexicon.PhraseCountry {
		return -1
	}
	return m.To
}

// bareAcronym reports an office printed as a capitalized acronym that stands alone, as
// official releases use it for a holder named before ("Later, COAS met X"): one
// all-capital token, not after a number ("at 3:07 PM") nor before a name (a title).
func (s *scan) bareAcronym(se sentence, m lexicon.Match) bool {
	t := s.toks[m.From]
	if m.To != m.From+1 || !lexicon.IsAllCaps(t.Text) || len(t.Text) < 2 {
		return false
	}
	if m.From > se.from {
		if p := s.toks[m.From-1]; p.Kind != tokens.Word && p.Text != "," || p.Low == "the" || p.Low == "a" || strings.ContainsAny(p.Text, "0123456789") {
			return false
		}
	}
	return m.To < se.to && s.toks[m.To].Kind == tokens.Word && !s.toks[m.To].Cap
}

// epithetAt reports a singular person noun at token head that opens a clause as its
// subject after "the" and at most three lower-case modifiers or demonyms, with no person
// named before it in the sentence: "The nationalist leader held talks", "Later in the day,
// the Scottish leader will meet", "The 35-year-old lawmaker spoke". Such a description
// stands for the person the sentences before speak of (resolveRefs), as "he" would.
func (s *scan) epithetAt(se sentence, head int, named map[int]bool) bool {
	if head <= se.from {
		return false // "Republican presidential candidate X ..." opening the story: no "the" before it
	}
	from := head - 1
	for from > se.from && head-from <= 3 && s.toks[from].Low != "the" {
		t := s.toks[from]
		if t.Kind != tokens.Word || named[from] || t.Low == "two" || t.Low == "both" || t.Low == "other" || t.Low == "former" {
			return false
		}
		from--
	}
	if s.toks[from].Low != "the" || from > se.from && s.toks[from-1].Text != "," || head+1 >= se.to {
		return false
	}
	for k := se.from; k < from; k++ {
		if named[k] {
			return false // "X met Y, the nationalist leader ...": an apposition, not a subject
		}
	}
	n := s.toks[head+1]
	if _, ok := s.matchOf(head + 1); ok || s.gaz.In(lexicon.Epithet, n.Low) {
		return false // "the nationalist leader": the description goes on
	}
	return n.Kind == tokens.Word && !n.Cap && n.Low != "of" && n.Low != "and" && n.Low != "who" && n.Low != "whose" && n.Low != "in" && n.Low != "for" && n.Low != "from"
}

// tripIncludes reports a trip noun at token i that opens its sentence after "the", "his",
// "her" or "this" (and at most two modifiers: "the two-day visit") and whose verb says what
// it holds: "The visit includes talks with X", "His trip will also include a meeting with
// Y": the trip stands for its traveller.
func (s *scan) tripIncludes(se sentence, i int) bool {
	k := i - 1
	for k > se.from && i-k <= 2 && s.toks[k].Kind == tokens.Word && !s.toks[k].Cap {
		k--
	}
	if k < se.from {
		return false // the trip noun opens the sentence: no "the" before it
	}
	if w := s.toks[k].Low; k != se.from || w != "the" && w != "his" && w != "her" && w != "this" {
		return false
	}
	for j := i + 1; j < se.to && j <= i+3; j++ {
		switch s.toks[j].Low {
		case "include", "includes", "included", "including", "featured", "features":
			return true
		case "will", "also", "would", "is", "was":
			continue
		}
		return false
	}
	return false
}

// epithetMods returns the capitalized modifiers of the description ending at token head
// that are no demonym, lowercased: "the pro-independence Scottish leader" -> scottish.
func (s *scan) epithetMods(se sentence, head int) []string {
	var out []string
	for k := head - 1; k >= se.from && k >= head-3 && s.toks[k].Low != "the"; k-- {
		if m, ok := s.matchOf(k); ok && (m.Kind == lexicon.PhraseDemonym || m.Kind == lexicon.PhraseCountry) {
			continue // a demonym tells the country, which resolution checks
		}
		if s.toks[k].Cap {
			out = append(out, s.toks[k].Low)
		}
	}
	return out
}

// epithetCountry returns the country of a demonym among the three tokens before head in its
// sentence ("the Iranian top diplomat"), or -1.
func (s *scan) epithetCountry(se sentence, head int) int {
	for k := head - 1; k >= se.from && k >= head-3; k-- {
		if m, ok := s.matchOf(k); ok && (m.Kind == lexicon.PhraseDemonym || m.Kind == lexicon.PhraseCountry) {
			return m.Idx
		}
	}
	return -1
}

// definite reports whether the office at token i is introduced by "the", a possessive
// country or a demonym after "the": "the Russian president", "the US Secretary of State",
// "Ukraine's leader".
func (x *Extractor) definite(s *scan, se sentence, i int) bool {
	for j := i - 1; j >= se.from && j >= i-4; j-- {
		t := s.toks[j]
		if t.Low == "the" {
			return true
		}
		if m, ok := s.matchOf(j); ok && (m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym) {
			if m.To < len(s.toks) && s.toks[m.To].Kind == tokens.Poss {
				return true // "Ukraine's leader"
			}
			j = m.From
			continue
		}
		if t.Kind == tokens.Poss || t.Low == "top" || t.Low == "former" || t.Low == "visiting" || s.gaz.In(lexicon.OfficeRank, t.Low) {
			continue // "the former president": byRole takes only one the text called former; "the visiting German chancellor": the guest of the contact told
		}
		if s.titleRepeated(j, i, se.from) {
			continue // "Opposition leader X ... the opposition leader said": the title repeated
		}
		if strings.HasSuffix(t.Low, "-year-old") || s.gaz.In(lexicon.OfficeModifier, t.Low) {
			continue // "the 62-year-old minister said", "the veteran minister", "the new prime minister": the one holder named before
		}
		return false
	}
	return false
}

// titleRepeated reports a lower-case modifier at token j of the office at token i that
// the text printed before, with that office, as the title right before a capitalized
// name ("Opposition leader Jonas Berg"): "the opposition leader" refers back to that title.
func (s *scan) titleRepeated(j, i, before int) bool {
	if s.toks[j].Cap || s.toks[j].Kind != tokens.Word || i-j != 1 {
		return false
	}
	for k := 0; k+2 < before; k++ {
		if s.toks[k].Low == s.toks[j].Low && s.toks[k+1].Low == s.toks[i].Low && s.toks[k+2].Cap && s.toks[k+2].Kind == tokens.Word {
			return true
		}
	}
	return false
}

// ministryCountry finds the country of a ministry: "Russia's Defense Ministry", "the
// Russian Defense Ministry", "the Ministry of Defence of Russia".
// It returns the country and the tokens of the whole name, country included.
func (x *Extractor) ministryCountry(s *scan, se sentence, m lexicon.Match) (country, from, to int, ok bool) {
	j := m.From - 1
	if j >= se.from && s.toks[j].Kind == tokens.Poss {
		j--
	}
	if c, found := s.matchOf(j); found && j >= se.from && (c.Kind == lexicon.PhraseCountry || c.Kind == lexicon.PhraseDemonym) {
		return c.Idx, c.From, m.To, true
	}
	if m.To+1 < se.to && s.toks[m.To].Low == "of" {
		if c, found := s.matchOf(m.To + 1); found && c.Kind == lexicon.PhraseCountry {
			return c.Idx, m.From, c.To, true
		}
	}
	return 0, 0, 0, false
}

// rankTitles returns the title words before a name that "the <rank>" refers back to:
// "Gen. Michael Kurilla ... the general said".
func rankTitles(w string) []string {
	switch w {
	case "general":
		return []string{"gen", "gen.", "general"}
	case "colonel":
		return []string{"col", "col.", "colonel"}
	case "admiral":
		return []string{"adm", "adm.", "admiral"}
	}
	return nil
}

// theRank returns the token of "the" before the rank at token i, "the general", with at
// most one adjective of rank between, "the former general" (words class rank-adjective);
// -1 when none.
func (s *scan) theRank(se sentence, i int) int {
	k := i - 1
	if k > se.from && s.tokIn(lexicon.RankAdjective, k) {
		k--
	}
	if k >= se.from && k < i && s.toks[k].Low == "the" {
		return k
	}
	return -1
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "one", "senior", "another", "two", "three", "several":
		return true
	}
	return false
}

// orgHead returns the word an organization's name holds when "the <word>" refers back to
// it: "the ministry" -> "Ministry", "the agency" -> "Agency" (class org-ref of
// data/words.tsv); "the alliance" is NATO, "the group" and "the military" an organization
// of that kind, "the firm" and "the company" a business the article named as one.
func (s *scan) orgHead(w string) string {
	switch w {
	case "alliance":
		return "NATO"
	case "group", "movement", "militants", "coalition":
		return "group" // an organization of kind group: Hamas, the Taliban
	case "military", "army":
		return "military" // an organization of kind military: the Pentagon, the Israel Defense Forces
	case "bloc", "watchdog":
		return "international" // an international organization: the EU, ASEAN, the IAEA
	case "firm", "company":
		return "firm" // a business the article described as one: "the law firm Mossack Fonseca"
	}
	if s.gaz.In(lexicon.OrgRef, w) {
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return ""
}

// countryOfficial reads an unnamed official, source or spokesperson of a country at token
// i ("the Israeli official", "a senior U.S. defense official", "a Turkish military
// official", "a German government source"): the words
// speak for the country's government, defense ministry or armed forces, after the qualifier.
// A plain U.S. official names no body (the administration, the State Department and the
// Pentagon all brief unnamed), so it makes none.
func (x *Extractor) countryOfficial(s *scan, se sentence, i int) (lexicon.Org, int, bool) {
	switch t := s.toks[i]; t.Low {
	case "official", "officials", "source", "sources":
	case "spokesman", "spokeswoman", "spokesperson":
		if i+1 < se.to && s.toks[i+1].Cap {
			return lexicon.Org{}, 0, false // "government spokesman Steffen Hebestreit": the person speaks
		}
	default:
		return lexicon.Org{}, 0, false
	}
	body := "Government"
	k := i - 1
	for ; k >= se.from && s.gaz.IsOfficialQualifier(s.toks[k].Low); k-- {
		switch s.toks[k].Low {
		case "defense", "defence":
			body = "Defense Ministry"
		case "military":
			body = "Armed Forces"
		}
	}
	c, ok := s.matchOf(k)
	if !ok || k < se.from || c.To != k+1 || c.Kind != lexicon.PhraseCountry && c.Kind != lexicon.PhraseDemonym {
		return lexicon.Org{}, 0, false
	}
	cn := x.gaz.Countries[c.Idx]
	if body == "Government" && cn.Code == "US" {
		return lexicon.Org{}, 0, false
	}
	return x.countryBody(cn.Adjective+" "+body, cn.Code), c.From, true
}

// countryBody is the organization "<adjective> <body>" of a country: the known
// organization of lexicon/data/orgs.tsv with that alias ("American Defense Ministry" is the
// Pentagon), else a new one.
func (x *Extractor) countryBody(name, country string) lexicon.Org {
	toks := tokens.Tokenize([]rune(name))
	if m, ok := x.gaz.MatchAt(toks, 0); ok && m.Kind == lexicon.PhraseOrg && m.To == len(toks) {
		return x.gaz.Orgs[m.Idx]
	}
	return lexicon.Org{Name: name, Kind: "government", Country: country}
}

// invertedDocument reports an inverted speech verb before "the" at token k: `," said the
// statement`, `," read the communique`.
func (s *scan) invertedDocument(se sentence, k int) bool {
	v := k - 1
	if v-1 < se.from || s.toks[k].Low != "the" || !s.tokIn(lexicon.Speech, v) && !isReadVerb(s.toks[v].Low) {
		return false
	}
	return s.toks[v-1].Kind == tokens.QuoteMark || s.toks[v-1].Text == ","
}

// accordingTo reports "according to" right before token k: `," according to the
// statement`, "According to the readout, ...".
func (s *scan) accordingTo(se sentence, k int) bool {
	return k-2 >= se.from && s.toks[k-1].Low == "to" && s.toks[k-2].Low == "according"
}

// documentSpeaks reports a speech verb at token k, or after a parenthetical set off by
// commas there ("the draft, which was seen by Reuters, says"), as a document's verb.
func (s *scan) documentSpeaks(se sentence, k int) bool {
	if k < se.to && s.toks[k].Text == "," {
		for j := k + 1; j < se.to && j < k+12; j++ {
			if s.toks[j].Text == "," {
				k = j + 1
				break
			}
		}
	}
	if k < se.to && s.toks[k].Low == "also" {
		k++
	}
	return k < se.to && (s.tokIn(lexicon.Speech, k) || isReadVerb(s.toks[k].Low)) // "the statement read in part"
}

// objectPronoun reports "him" or "her" at token i as the object of a contact verb that
// takes its party directly ("met him", "received her at his office", "phoned him on
// Monday", "called him on Monday", "told him that", a host's "hosted him to dinner",
// "welcomed her to Beijing"), or of "with"/"to" after a contact
// word ("met with him", "spoke to her", "held talks with him"), when a place, a date, the
// sentence's end or "and" follows: not a possessive ("met her counterpart"), nor "called
// him a liar", "saw her as".
func (s *scan) objectPronoun(i, end int) bool {
	if i == 0 || s.toks[i-1].Sent != s.toks[i].Sent {
		return false
	}
	w := s.toks[i-1].Low
	told, hosts := w == "told", s.gaz.In(lexicon.Welcoming, w) // "told him that"; "hosted him to breakfast", "welcomed her to the White House"
	switch {
	case hosts, told:
	case s.gaz.In(lexicon.ObjectContact, w):
	case w == "with" || w == "to":
		// "met with him", "spoke to him", "held talks with him", "a call with her"
		if i < 2 || s.toks[i-2].Sent != s.toks[i].Sent {
			return false
		}
		if _, ok := s.gaz.ContactWords[s.toks[i-2].Low]; !ok {
			return false
		}
	default:
		return false
	}
	if i+1 >= end {
		return true
	}
	n := s.toks[i+1]
	if n.Kind != tokens.Word {
		return n.Kind != tokens.Poss
	}
	switch n.Low {
	case "at", "in", "on", "for", "during", "after", "before", "and", "with", "last", "this", "yesterday", "today", "again", "briefly", "twice", "separately", "privately", "earlier", "later":
		return true
	case "that":
		return told
	case "to":
		return hosts
	}
	return lexicon.IsDateWord(n.Low)
}

// speechAfter reports a speech verb at token k of sentence se, or after one adverb:
// "the Norwegian said", "the Briton also told".
// modifiedOrgHead returns the token of "the" before the organization head at token i when
// one or two modifiers stand between them and the head is the subject of a speech verb
// ("the militant group said", "the Islamist movement also said", "the UN nuclear watchdog
// said"), else 0. The modifiers are lowercase words or capitalized ones the gazetteer
// knows as a demonym or a body ("UN"), never a person's name.
func (s *scan) modifiedOrgHead(se sentence, i int) int {
	if !s.speechAfter(se, i+1) || s.inQuote[i] {
		return 0
	}
	for d := i - 1; d >= se.from && d >= i-3; d-- {
		t := s.toks[d]
		if t.Low == "the" {
			if d < i-1 {
				return d
			}
			return 0 // "the group said": the plain reference reads it
		}
		if t.Kind != tokens.Word || t.Low == "and" || t.Low == "of" {
			return 0
		}
		if m, ok := s.matchOf(d); t.Cap && (!ok || m.Kind != lexicon.PhraseDemonym && m.Kind != lexicon.PhraseOrg) && !strings.HasSuffix(t.Low, "ist") {
			return 0 // "the UN nuclear watchdog": a body's name may qualify the head
		}
	}
	return 0
}

func (s *scan) speechAfter(se sentence, k int) bool {
	if k < se.to && strings.HasSuffix(s.toks[k].Low, "ly") || k < se.to && s.toks[k].Low == "also" {
		k++
	}
	return k < se.to && s.tokIn(lexicon.Speech, k)
}

// bodySpeaks reports a body named at tokens from..to that a sentence makes the source of
// words: the subject of a speech verb ("the Thai government said", "Cambodia's
// government, in a statement, said"), the one who issued a statement or speaks through
// a spokesperson ("a statement from the Thai government", "released by the Cambodian
// government", "a spokesman for the Thai government", "the Thai government's statement
// said"), "according to" it, or the one named after an inverted verb (`," said the Thai
// government`).
func (s *scan) bodySpeaks(se sentence, from, to int) bool {
	if s.documentSpeaks(se, to) || s.speechAfter(se, to) {
		return true
	}
	if to+1 < se.to && s.toks[to].Kind == tokens.Poss && (s.tokIn(lexicon.Statement, to+1) || s.tokIn(lexicon.SpeaksFor, to+1)) {
		return true
	}
	if to < se.to && s.tokIn(lexicon.SpeaksFor, to) && s.speechAfter(se, to+1) {
		return true // "a Foreign Ministry spokesman said"
	}
	p := from - 1
	if p >= se.from && s.toks[p].Low == "the" {
		p--
	}
	if p < se.from {
		return false
	}
	switch w := s.toks[p].Low; {
	case w == "to":
		return p-1 >= se.from && s.toks[p-1].Low == "according"
	case w == "from" || w == "by" || w == "for" || w == "of":
		if p-1 < se.from {
			return false
		}
		v := s.toks[p-1].Low
		return s.gaz.In(lexicon.Statement, v) || s.gaz.In(lexicon.SpeaksFor, v) || v == "issued" || v == "released" || v == "published" || v == "sent"
	case s.gaz.IsSpeechVerb(w) || isReadVerb(w):
		return p-1 >= se.from && (s.toks[p-1].Kind == tokens.QuoteMark || s.toks[p-1].Text == ",")
	}
	return false
}

// isReadVerb reports "read" and "reads", the verbs by which a document gives its words
// ("the statement read", "the letter reads"); no speech verb, since a person who reads
// ("Karimov read the letter") says nothing.
func isReadVerb(w string) bool {
	return w == "read" || w == "reads"
}

// datelineCountry returns the country of a wire dateline that opens one of the article's
// first sentences, a place in capitals before a comma, a bracket or a dash ("ATHENS, March
// 10 -", "KABUL (Reuters) -"), or a town in capitals the lexicon lacks before a comma and
// its country ("ISE-SHIMA, Japan"), or -1.
func (x *Extractor) datelineCountry(s *scan) int {
	for si := 0; si < len(s.sents) && si < 3; si++ {
		k := s.sents[si].from
		c, ok := s.matchOf(k)
		if !ok && k+2 < s.sents[si].to && lexicon.IsAllCaps(s.toks[k].Text) && len(s.toks[k].Text) > 2 && s.toks[k+1].Text == "," {
			if c, ok := s.matchOf(k + 2); ok && c.From == k+2 && c.Kind == lexicon.PhraseCountry && s.toks[k+2].Cap {
				return c.Idx // "ISE-SHIMA, Japan Group of Seven leaders agreed": a town the lexicon lacks, and its country
			}
		}
		if !ok || c.From != k || c.Kind != lexicon.PhraseCountry || c.To >= s.sents[si].to {
			continue
		}
		for j := c.From; j < c.To; j++ {
			if !lexicon.IsAllCaps(s.toks[j].Text) {
				return -1
			}
		}
		switch s.toks[c.To].Text {
		case ",", "(", "-", "--", "—", "–":
			return c.Idx
		}
	}
	return -1
}

// otherCountryAfter reports a country, capital or demonym of another country than c
// between token k and the end of sentence se, outside quotations: "the Foreign Ministry
// said in Beijing".
func (s *scan) otherCountryAfter(se sentence, k, c int) bool {
	for j := k; j < se.to; j++ {
		if m, ok := s.matchOf(j); ok && !s.inQuote[j] && (m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym) && m.Idx != c {
			return true
		}
	}
	return false
}

// theAmir reports "the Amir" at token i with no name after it: the office of an emir as
// Gulf news agencies print it ("His Highness the Amir said"), not the given name Amir.
func (s *scan) theAmir(se sentence, i int) bool {
	return i > se.from && s.toks[i-1].Low == "the" && (i+1 >= se.to || !s.toks[i+1].Cap)
}

// epithetAfterQuote reports an epithet at token head that attributes the quotation
// closing right before it with a comma: `"...," the lawmaker said`, `"...," the
// 71-year-old told reporters`, `"...," the veteran politician said` (at most two lower-case
// modifiers between "the" and the epithet).
func (s *scan) epithetAfterQuote(se sentence, head int) bool {
	from := head - 1
	for from > se.from && head-from <= 2 && s.toks[from].Low != "the" && s.toks[from].Kind == tokens.Word && !s.toks[from].Cap {
		from-- // "the veteran politician said": lower-case modifiers before the epithet
	}
	return from-2 >= se.from && s.toks[from].Low == "the" && s.toks[from-1].Kind == tokens.QuoteMark && s.toks[from-2].Text == "," && s.speechAfter(se, head+1)
}

// epithetAfterInverted reports an epithet at token head after a speech verb that follows
// a closing quotation mark, `," said the 77-year-old.`, `," said the veteran lawmaker, who
// ...`: the inverted subject, which stands for the person the sentences before speak of as
// `," the 77-year-old said` does. At most two lower-case modifiers stand between "the" and
// the epithet, and the sentence ends or goes on with a comma or a preposition after it.
func (s *scan) epithetAfterInverted(se sentence, head int) bool {
	from := head - 1
	for from > se.from && head-from <= 2 && s.toks[from].Low != "the" && s.toks[from].Kind == tokens.Word && !s.toks[from].Cap {
		from--
	}
	v := from - 1
	if v-1 < se.from || s.toks[from].Low != "the" || !s.tokIn(lexicon.Speech, v) || s.toks[v-1].Kind != tokens.QuoteMark {
		return false
	}
	if head+1 >= se.to {
		return true
	}
	n := s.toks[head+1]
	return n.Kind == tokens.Punct || n.Low == "in" || n.Low == "on" || n.Low == "at" || n.Low == "during" || n.Low == "after"
}

// servingNoun reports a noun of a person serving a country at token k, after its demonym:
// "the Russian diplomat", "the U.S. negotiator" (words class serving).
func (s *scan) servingNoun(k int) bool {
	w := s.toks[k].Low
	return s.gaz.In(lexicon.Serving, w) || w == "negotiator" || w == "statesman"
}

// isAgeEpithet reports an age used as a noun ("the 71-year-old said"), which news copy
// uses for the person the sentences before speak of, as it uses "the lawmaker".
func isAgeEpithet(w string) bool {
	return strings.HasSuffix(w, "-year-old") && len(w) > len("-year-old")
}

// describedAsOfficial reports a person described in apposition as an official: "X, a
// senior official at the defence ministry," (a later "the official said" is X). Only
// lower-case words stand between the comma and "official".
func (s *scan) describedAsOfficial(m mention) bool {
	if m.to+2 >= len(s.toks) || s.toks[m.to].Text != "," {
		return false
	}
	for k := m.to + 1; k < len(s.toks) && k <= m.to+4; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap {
			return false
		}
		if t.Low == "official" {
			return k > m.to+1
		}
	}
	return false
}

// colonQuote reports a colon right before an opening quotation mark in sentence se from
// token from on: "was simple: "..."".
func (s *scan) colonQuote(se sentence, from int) bool {
	for k := from; k+1 < se.to; k++ {
		if s.toks[k].Text == ":" && !s.inQuote[k] && s.toks[k+1].Kind == tokens.QuoteMark {
			return true
		}
	}
	return false
}

// sharedBody adds the bodies of a coordination of country words that share one body
// noun, opened by match m: "the Afghan and US military" (the Afghan military and the US
// military), "the Russian and Chinese foreign ministries", "the Afghan, Pakistani and US
// militaries". The last conjunct's own reading names its body where the noun is singular
// ("US military", "Chinese foreign ministry"); every other conjunct, and the last one
// before a plural noun, is added here.
func (x *Extractor) sharedBody(s *scan, si int, m lexicon.Match) {
	se := s.sents[si]
	if k := m.From - 1; k >= se.from && (s.toks[k].Low == "and" || s.toks[k].Text == ",") && k-1 >= se.from && s.isCountryWord(k-1) {
		return // not the first conjunct: the first one reads the whole coordination
	}
	conj := []lexicon.Match{m}
	k := m.To
	for {
		last := false
		switch {
		case k+1 < se.to && s.toks[k].Text == "," && s.toks[k+1].Low == "and":
			k, last = k+2, true
		case k < se.to && s.toks[k].Low == "and":
			k, last = k+1, true
		case k < se.to && s.toks[k].Text == ",":
			k++
		default:
			return
		}
		n, ok := s.matchOf(k)
		if !ok || n.From != k {
			return
		}
		switch {
		case n.Kind == lexicon.PhraseCountry || n.Kind == lexicon.PhraseDemonym:
			conj = append(conj, n)
			k = n.To
			if !last {
				continue
			}
			body, plural, ok := x.gaz.MinistryAt(s.toks, k)
			if !ok || s.bodyModifies(se, body.To) {
				return
			}
			if !plural {
				conj = conj[:len(conj)-1] // "Chinese foreign ministry" reads itself
			}
			x.addSharedBodies(s, si, conj, body.Idx)
			return
		case last && n.Kind == lexicon.PhraseOrg && x.gaz.Orgs[n.Idx].Country != "" && n.To-n.From > 1:
			// "US military": an organization of its own, whose last words are the shared noun
			if body, _, ok := x.gaz.MinistryAt(s.toks, n.From+1); ok && body.To == n.To && !s.bodyModifies(se, n.To) {
				x.addSharedBodies(s, si, conj, body.Idx)
			}
			return
		default:
			return
		}
	}
}

// addSharedBodies adds, for each country word of conj, the body of that country named by
// ministry idx (sharedBody). A government is no actor this way: it is one only where it
// speaks.
func (x *Extractor) addSharedBodies(s *scan, si int, conj []lexicon.Match, idx int) {
	if x.gaz.Ministries[idx] == "Government" {
		return
	}
	for _, c := range conj {
		cn := x.gaz.Countries[c.Idx]
		o := x.countryBody(cn.Adjective+" "+x.gaz.Ministries[idx], cn.Code)
		s.mentions = append(s.mentions, mention{from: c.From, to: c.To, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.shared-body", words: []string{o.Name}})
	}
}

// bodyModifies reports a noun for a body's people at token k, right after a body noun,
// which makes the body its modifier: "the Afghan and US military commanders".
func (s *scan) bodyModifies(se sentence, k int) bool {
	return k < se.to && s.toks[k].Kind == tokens.Word && s.tokIn(lexicon.BodyMember, k)
}

// isCountryWord reports a country name or demonym match covering token k.
func (s *scan) isCountryWord(k int) bool {
	m, ok := s.matchOf(k)
	return ok && (m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym)
}

// counterpartOwner returns the possessive pronoun (or the possessive 's after a name) that owns the "counterpart" at token i,
// right before it or before one demonym ("her counterpart", "his Turkish counterpart"),
// or -1.
func (s *scan) counterpartOwner(se sentence, i int) int {
	j := i - 1
	if m, ok := s.matchOf(j); ok && m.To == i && m.Kind == lexicon.PhraseDemonym {
		j = m.From - 1
	}
	if j < se.from {
		return -1
	}
	switch s.toks[j].Low {
	case "his", "her":
		return j
	}
	if s.toks[j].Kind == tokens.Poss && j-1 >= se.from && s.toks[j-1].Cap {
		return j // "Lavrov's Turkish counterpart": the possessive after the name
	}
	return -1
}

// counterpartOpens reports a counterpart, its owner at token from, that is the subject
// opening its sentence, with no name after it: "His Hungarian counterpart was more
// cautious." or "Lavrov's counterpart, however, struck another tone:". The sentence is about
// that person, so a "he said" after it, or a quotation its colon opens, is theirs and not
// the last speaker's; "his counterpart Peter Szijjarto" is left to the name.
func (s *scan) counterpartOpens(se sentence, from, to int) bool {
	if s.toks[from].Kind == tokens.Poss {
		from-- // past the name the possessive follows
	}
	if from != se.from || to >= se.to {
		return false
	}
	t := s.toks[to]
	return t.Text == "," && to+1 < se.to && !s.toks[to+1].Cap || t.Kind == tokens.Word && !t.Cap
}

// invertedSpeechBefore reports a speech verb right before token from whose subject, the
// words from..to, ends its clause: `," said Lavrov's Turkish counterpart.`
func (s *scan) invertedSpeechBefore(se sentence, from, to int) bool {
	k := from - 1
	if s.toks[from].Kind == tokens.Poss {
		k = from - 2 // past the name the possessive follows
	}
	if k < se.from || !s.tokIn(lexicon.Speech, k) {
		return false
	}
	return to >= se.to || s.toks[to].Kind == tokens.Punct
}

// ownerPronoun is the subject pronoun of a possessive one: "her" -> "she".
func ownerPronoun(w string) string {
	if w == "her" {
		return "she"
	}
	return "he"
}

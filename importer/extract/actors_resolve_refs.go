package extract

import (
	"slices"
	"sort"
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// order returns mention indexes in text order.
func (s *scan) order() []int {
	idx := make([]int, len(s.mentions))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s.mentions[idx[a]].from < s.mentions[idx[b]].from })
	return idx
}

// lastPersonReach is how many paragraphs back a "he" or "she" that no subject or speaker
// resolves reaches for the last person mentioned, so that a pronoun many paragraphs after
// its person was last named, which stands for someone the text never names ("a woman came
// up to me ... She was so happy", "a motorist driving east ... he drove"), is none. Five
// paragraphs: three, the last speaker's reach, lost a speaker of the tune set named as
// "the UN human rights chief" after five paragraphs (GUM's train documents: pronouns
// right .797 -> .820 at five, .834 at three).
const lastPersonReach = 5

// resolveRefs resolves, in text order, what has no name of its own:
//   - "the Russian president" -> the actor of the article holding that role (and country),
//     the most recently mentioned one first ("the president" with no country: the one
//     the article names most often before it);
//   - "he"/"she" -> the subject (the first person named outside quotations and not after
//     a preposition who speaks, unless inside a clause the first one governs, "X spoke a day
//     after Y said", else the first such person) of its own sentence before it, else of the nearest earlier sentence
//     within two paragraphs; else the last person who spoke within three paragraphs, else
//     the last person mentioned; never a person whose gender disagrees with the pronoun
//     ("she" is no "Mr Widodo": actors_gender.go);
//   - "the official" -> the organization of the last "X official(s)"/"X spokesperson";
//   - "the Norwegian said" -> the last person named whose country that is.
func (r *resolver) resolveRefs() {
	s := r.s
	// lastSpokes is whom the last unnamed spokesperson spoke for ("Ms Wong's spokesperson")
	lastSpeaker, lastOfficial, lastSpokes, speakerSent := -1, -1, -1, -1
	var persons []int    // persons mentioned outside quotations, in text order
	var personPara []int // the paragraph of each
	speakerPara, officialPara, spokesPara := -10, -10, -10
	spoke := map[int]bool{}
	subject := map[int]int{}    // sentence -> actor of its subject: the first who speaks, else the first
	named := map[int][]int{}    // sentence -> the persons it names outside quotations
	docs := map[string]docRef{} // document word -> the issuer of the last one named ("the letter")
	orgRefs := orgRefIndex{}
	for _, i := range s.order() {
		m := &s.mentions[i]
		para := s.toks[m.from].Para
		if _, ok := subject[m.sent]; !ok && lastSpeaker >= 0 && para-speakerPara <= 2 && s.remarksOpen(m.sent) {
			subject[m.sent] = lastSpeaker // "His comments came after X visited the border. "...," he added": the speaker's
		}
		switch m.kind {
		case mRole:
			if m.epithet && len(m.mods) > 0 {
				if m.actor = r.introducedAs(m); m.actor >= 0 {
					break // "the Scottish leader": the one the text introduced as Scottish
				}
			}
			m.actor = r.byRole(m)
			if m.actor >= 0 && r.namedOnlyLater(m.actor, m) {
				m.actor = -1 // "The Prime Minister spoke to Canadian Prime Minister X": not X
			}
			if m.actor < 0 && !isSpokesWord(m.role) {
				m.actor = r.titleHolder(m) // "Readout of President X's Call ..." over "The President spoke today with Y"
			}
			if m.actor < 0 && m.epithet {
				m.actor = r.described(m, subject, named)
			}
			if m.actor < 0 && isSpokesWord(m.role) && lastSpokes >= 0 && para-spokesPara <= 3 {
				m.actor = lastSpokes // "Ms Wong's spokesperson said ... the spokesperson said": Wong's words
			}
			if m.actor < 0 && m.country != "" {
				r.askUntitled() // "The U.S. president spoke ... Daniel Whitaker later said": whose office the database may know
			}
		case mPronoun:
			if m.epithet {
				m.actor = r.described(m, subject, named)
				break
			}
			p := m.words[0]
			if titles := rankTitles(p); titles != nil {
				for k := len(persons) - 1; k >= 0 && m.actor < 0; k-- {
					if r.namedWith(persons[k], titles) {
						m.actor = persons[k] // "the general said": the last one named "Gen."
					}
				}
				break
			}
			if p == "demonym" {
				for k := len(persons) - 1; k >= 0 && m.actor < 0; k-- {
					if r.actors[persons[k]].country == m.country {
						m.actor = persons[k] // "the Norwegian said": the last person of Norway named
					}
				}
				break
			}
			if p == "counterpart" {
				// "her counterpart said": the one the pronoun stands for, then the other side
				owner := r.pronounSubject(subject, named, m.sent, m.words[1], nil)
				if mi := s.mentionAt(m.possessor); m.possessor > 0 && mi >= 0 {
					owner = s.mentions[mi].actor // "Lavrov's Turkish counterpart": Lavrov's
				}
				if owner < 0 && lastSpeaker >= 0 && para-speakerPara <= 3 && r.fits(lastSpeaker, m.words[1]) {
					owner = lastSpeaker
				}
				m.actor = r.counterpartOfOwner(owner, m.country, persons)
				if m.actor < 0 && owner >= 0 && m.country != "" {
					// "his Slovak counterpart said" before the story names him: the one
					// person of that country in the owner's office family, wherever named
					m.actor = r.counterpartOf(owner, m.country)
				}
				break
			}
			if p == describedAsWord {
				m.actor = r.describedAs(m.words[1], m.from) // "the researcher said": the one described so
				break
			}
			if p == titleInitialsWord {
				m.actor = r.titledInitials(m, persons) // "the CS said": the Cabinet Secretary named before
				break
			}
			if p == "latter" {
				if len(persons) > 0 {
					m.actor = persons[len(persons)-1] // "X met Y, with the latter saying": Y
				}
				break
			}
			if w := strings.ToLower(p); w == "him" || w == "her" {
				m.actor = -1 // an object: the person the sentences before speak of, never its own clause's subject
				if a := r.quotedPossessor(m); a >= 0 {
					m.actor = a // "Khamenei's website quoted him as saying": Khamenei
					break
				}
				if a := r.reportingSpeaker(m, p); a >= 0 {
					m.actor = a // "X said Trump had spoken to him": the one reporting
					break
				}
				if m.sent > 0 {
					m.actor = r.pronounSubject(subject, named, m.sent-1, p, nil)
				}
				if m.actor >= 0 && contains(named[m.sent], m.actor) && !r.namedInEarlierClause(m, m.actor) {
					m.actor = -1
				}
				if a, ok := subject[m.sent]; ok && m.actor < 0 && r.fits(a, p) && r.namedInEarlierClause(m, a) {
					m.actor = a // "X was hosted to dinner by Y, while Z hosted him to breakfast": X
				}
				if m.actor < 0 {
					m.actor = r.turnOther(m, named[m.sent], p)
				}
				m.actor = r.notTheQuoted(m, subject, named, p, m.sent-1)
				break
			}
			if a := r.cataphor(m); r.fits(a, p) {
				m.actor = a // "Asked if he was concerned, Netanyahu seemed unfazed"
				break
			}
			if r.unnamedAntecedent(m, p) {
				m.actor = -1 // "placed in front of a monk so he can pick it up"
				break
			}
			m.actor = -1
			if quoted := r.quotedPersons(m.sent); len(quoted) > 0 {
				// `He said, "Berg never lied to me."`: not Berg, while someone else fits
				m.actor = r.pronounSubject(subject, named, m.sent, p, quoted)
			}
			if a := r.clauseAntecedent(m, subject, named, p); m.actor < 0 && a >= 0 {
				m.actor = a // "an announcement signed by X, in which he said": X
			}
			if m.actor < 0 {
				m.actor = r.pronounSubject(subject, named, m.sent, p, nil)
			}
			if a := r.traveller(m, subject, p); a >= 0 {
				m.actor = a // "X flew to Tokyo. ... During the visit, he met Y": X
			}
			if m.actor >= 0 && r.spokesperson(m.actor) && r.contactVerbAfter(m) {
				if a := r.beyondSpokesperson(subject, m.sent, p); a >= 0 {
					m.actor = a // "Miller said. ... On Monday, he met Xi": the one the spokesman speaks for
				}
			}
			switch {
			case m.actor >= 0:
			case lastSpeaker >= 0 && para-speakerPara <= 3 && r.fits(lastSpeaker, p):
				m.actor = lastSpeaker
			default:
				m.actor = -1
				for k := len(persons) - 1; k >= 0 && m.actor < 0 && para-personPara[k] <= lastPersonReach; k-- {
					if r.fits(persons[k], p) {
						m.actor = persons[k] // the last person mentioned whose gender agrees
					}
				}
			}
			if m.actor != lastSpeaker && lastSpeaker >= 0 && para-speakerPara <= 2 && r.fits(lastSpeaker, p) && r.continues(m, subject, speakerSent) {
				m.actor = lastSpeaker // `"...," Berg said. The talks were attended by Halasz. "...," he added`: Berg goes on
			}
			if a, ok := r.unnamedSpeaker(m, subject); ok {
				m.actor = a // `"...," a senior official said. "...," he added`: the official's
			}
			m.actor = r.notTheQuoted(m, subject, named, p, m.sent)
		case mStatement:
			if m.words[0] == "It" || m.words[0] == "it" {
				m.actor = r.documentPronoun(m) // "It stresses the plan is ..."
			} else if a := r.statementSigner(m); a >= 0 {
				m.actor = a // `," said the letter, signed by NASA Administrator Mike Griffin`
			} else if mi := s.mentionAt(m.possessor); m.possessor > 0 && mi >= 0 {
				m.actor = s.mentions[mi].actor // "Tusk's draft", "the consortium's report"
			} else if d, ok := docs[strings.ToLower(m.words[0])]; ok && para-d.para <= docReach && s.toks[m.from].Low == "the" && r.orgSpokeBefore(m.sent, 1) < 0 {
				// `," said the letter, signed by X. ... "...," the letter said`: the same letter,
				// unless a body spoke just before ("the Kremlin said ... the statement said")
				m.actor = d.actor
			} else if s.gaz.IsReportWord(m.words[0]) {
				m.actor = r.reportMaker(m)
			} else {
				m.actor = r.statementMaker(m)
			}
			if m.actor >= 0 {
				docs[strings.ToLower(m.words[0])] = docRef{actor: m.actor, para: para}
			}
		case mOrgRef:
			m.actor = r.orgByHead(m.words[0], m.from, orgRefs)
		case mOfficial:
			if lastOfficial >= 0 && para-officialPara <= 6 {
				m.actor = lastOfficial
				officialPara = para // each "the official" carries the reference on
			} else if a := r.bodyOfBareOfficial(*m); a >= 0 {
				m.actor = a // "The ministry said it had protested. "...," a senior official said": the ministry's
			}
		}
		if m.actor < 0 {
			continue
		}
		if m.kind == mRole || m.kind == mOfficial || m.kind == mOrgRef || m.kind == mStatement {
			r.actors[m.actor].mentions = append(r.actors[m.actor].mentions, i)
			orgRefs.mentioned(m.actor, m.from)
		}
		firstPerson := m.rule == "actor.speaker-label" || m.rule == "actor.issuer"
		if r.actors[m.actor].kind == "person" && !s.inQuote[m.from] && !firstPerson {
			// a turn's speaker and a release's issuer speak in the first person: no "he"
			// of the turn or release is theirs ("Today I spoke with X. He told me": X)
			persons = append(persons, m.actor)
			personPara = append(personPara, para)
			if !contains(named[m.sent], m.actor) {
				named[m.sent] = append(named[m.sent], m.actor)
			}
			if !s.inQuote[m.from] && !r.x.objectPosition(s, s.contextStart(m.from)) && !s.afterVerb(s.contextStart(m.from)) && !s.frontedSubordinate(s.sents[m.sent].from, s.contextStart(m.from)) && !s.possessorOfNamed(*m) {
				if _, ok := subject[m.sent]; !ok {
					subject[m.sent] = m.actor
				}
				if r.x.speaks(s, m) && !spoke[m.sent] && !(sentenceHasSubject(subject, m.sent) && s.subordinateBefore(s.sents[m.sent].from, s.contextStart(m.from))) {
					// the first who speaks, unless a clause the main subject governs holds
					// it: "X spoke at the conference a day after Y said ..." stays X
					subject[m.sent], spoke[m.sent] = m.actor, true
				}
			}
		}
		if r.x.speaks(s, m) && m.rule != "actor.issuer" && !(spoke[m.sent] && subject[m.sent] != m.actor && s.reportedClauseOpens(s.contextStart(m.from))) {
			// not one whose telling the sentence's speaker reports: "Macron said Putin had
			// told him "...". He added: "..."" goes on with Macron
			lastSpeaker, speakerPara, speakerSent = m.actor, para, m.sent
			if r.actors[m.actor].kind != "person" {
				lastSpeaker = -1
			}
		}
		if s.unnamedSpokesOf(*m) {
			lastSpokes, spokesPara = m.actor, para // "Ms Wong's spokesperson said", "a ministry spokesman said"
		}
		if m.kind == mOrg && m.to < len(s.toks) && s.gaz.In(lexicon.SpeaksFor, s.toks[m.to].Low) || m.kind == mPerson && s.describedAsOfficial(*m) {
			lastOfficial, officialPara = m.actor, para
		}
	}
}

// reportedClauseOpens reports a mention starting at token k that opens the clause a
// speech verb right before it reports, "that" or none between: "Macron said Putin had
// told him", "said that Putin told him".
func (s *scan) reportedClauseOpens(k int) bool {
	j := k - 1
	if j >= 0 && s.toks[j].Low == "that" {
		j--
	}
	return j >= 0 && s.toks[j].Sent == s.toks[k].Sent && s.toks[j].Kind == tokens.Word && s.gaz.IsSpeechVerb(s.toks[j].Low)
}

// clauseAntecedent returns the one person named before pronoun m in its own sentence,
// which has no subject that is a person, when the pronoun opens a subordinate or
// relative clause ("Azzaman cited an announcement signed by X, in which he said", "the
// uneasiness of X when he sings"): the clause speaks of that person, not of the subject of
// a sentence before. -1 otherwise; a pronoun after a fronted clause ("Because of the trauma
// X had left him, he wrote") is the main clause's and goes the usual way.
func (r *resolver) clauseAntecedent(m *mention, subject map[int]int, named map[int][]int, p string) int {
	s := r.s
	if _, ok := subject[m.sent]; ok || len(named[m.sent]) != 1 || m.from < 1 || !r.fits(named[m.sent][0], p) {
		return -1
	}
	if w := s.toks[m.from-1].Low; isSubordinator(w) || w == "which" || w == "whom" {
		return named[m.sent][0]
	}
	return -1
}

// continues reports a pronoun m that is the subject of a verb carrying the last speaker's
// words on ("he added", "she continued": lexicon class continuation) when no sentence
// since the last speaker's, sentence since, has a subject of its own or a speech verb: a person named
// after "by" or in a relative clause in between does not take the words over, while
// "Halasz criticised the plan. "...," he added" is Halasz going on.
func (r *resolver) continues(m *mention, subject map[int]int, since int) bool {
	s := r.s
	if m.to >= len(s.toks) || !s.gaz.In(lexicon.Continuation, s.toks[m.to].Low) || since < 0 {
		return false
	}
	for k := since + 1; k <= m.sent; k++ {
		if _, ok := subject[k]; ok {
			return false
		}
		for j := s.sents[k].from; j < s.sents[k].to && k < m.sent; j++ {
			if !s.inQuote[j] && s.gaz.IsSpeechVerb(s.toks[j].Low) {
				return false // "Oxfam adviser Max Lawson welcomed the statement and said ...": Lawson spoke since
			}
		}
	}
	return true
}

// described resolves a description that opens its clause as subject and names no office
// the article's persons hold ("Later in the day, the Scottish leader will meet", "The
// 35-year-old lawmaker spoke"): like "he", the subject of the nearest earlier sentence,
// and only of a country its demonym allows.
func (r *resolver) described(m *mention, subject map[int]int, named map[int][]int) int {
	if len(m.mods) > 0 {
		return r.introducedAs(m)
	}
	if r.s.indefiniteBefore(*m) {
		return -1 // "A Western diplomat said ... "...," the diplomat said": that one, unnamed
	}
	a := r.pronounSubject(subject, named, m.sent, "", nil)
	if a < 0 || m.country != "" && r.actors[a].country != "" && r.actors[a].country != m.country {
		return -1
	}
	return a
}

// introducedAs returns the person named last before description m whose title, at one of
// its mentions, held one of m's capitalized modifiers: "Scottish First Minister Nicola
// Sturgeon ... the pro-independence Scottish leader", "the Scottish Nationalist premier".
// -1 when no one was introduced so.
func (r *resolver) introducedAs(m *mention) int {
	s := r.s
	best, bestPos := -1, -1
	for ai, a := range r.actors {
		if a.kind != "person" {
			continue
		}
		pos := r.lastBefore(ai, m.from)
		if pos < 0 || pos <= bestPos {
			continue
		}
		for _, mi := range a.mentions {
			o := s.mentions[mi]
			if o.kind != mPerson || o.from >= m.from {
				continue
			}
			for k := max(s.contextStart(o.from)-2, s.sents[o.sent].from); k < o.from; k++ {
				if slices.Contains(m.mods, s.toks[k].Low) {
					best, bestPos = ai, pos
				}
			}
		}
	}
	return best
}

// spokesperson reports a person whose office is to speak for another: "spokesman",
// "press secretary". Their "we", or a quoted contact with no subject, is their
// principal's, not their own ("We had a good meeting with X," Peskov said).
func (r *resolver) spokesperson(a int) bool {
	role := strings.ToLower(r.actors[a].role)
	return strings.Contains(role, "spokes") || strings.Contains(role, "press secretary")
}

// contactVerbAfter reports a contact verb among the three words after pronoun m ("he met",
// "she later spoke"): the pronoun's person takes part in a contact.
func (r *resolver) contactVerbAfter(m *mention) bool {
	s := r.s
	for k := m.to; k < len(s.toks) && k < m.to+3 && s.toks[k].Sent == m.sent && s.toks[k].Kind == tokens.Word; k++ {
		if cw, ok := s.gaz.ContactWords[s.toks[k].Low]; ok && !cw.Noun {
			return true
		}
	}
	return false
}

// beyondSpokesperson returns the subject of the nearest earlier sentence, within three
// paragraphs, that is no spokesperson: a spokesman quoted between the story's protagonist
// and "he met X" speaks for the protagonist, who is the one that meets. -1 when none.
func (r *resolver) beyondSpokesperson(subject map[int]int, si int, p string) int {
	para := r.s.sents[si].para
	for k := si; k >= 0 && si-k <= maxLookBackSentences && para-r.s.sents[k].para <= 3; k-- {
		if a, ok := subject[k]; ok && r.fits(a, p) && !r.spokesperson(a) {
			return a
		}
	}
	return -1
}

// cataphor resolves a pronoun inside a sentence's opening adverbial to the person named
// right after the adverbial's comma, its main clause's subject: "Asked if he was
// concerned, Netanyahu seemed unfazed", "When she landed, Baerbock said". -1 otherwise.
func (r *resolver) cataphor(m *mention) int {
	s := r.s
	se := s.sents[m.sent]
	first := s.toks[se.from]
	if first.Kind != tokens.Word || !(strings.HasSuffix(first.Low, "ed") || strings.HasSuffix(first.Low, "ing") || isOpeningSubordinator(first.Low)) {
		return -1
	}
	comma := s.commaWithin(se.from+1, min(se.to, se.from+20))
	if comma < 0 || m.from > comma {
		return -1
	}
	for k := comma + 1; k < se.to && k <= comma+4; k++ {
		if mi := s.mentionAt(k); mi >= 0 {
			if o := s.mentions[mi]; o.kind == mPerson && o.actor >= 0 {
				return o.actor
			}
			return -1
		}
	}
	return -1
}

func isOpeningSubordinator(w string) bool {
	switch w {
	case "when", "after", "before", "while", "as", "once", "although", "though", "if":
		return true
	}
	return false
}

// quotedPersons returns the persons that sentence si names inside quotation marks: the
// ones its speaker talks about, who are not its "he" or "she".
func (r *resolver) quotedPersons(si int) []int {
	s := r.s
	var out []int
	for _, oi := range s.sentenceMentions(si) {
		if o := s.mentions[oi]; o.kind == mPerson && s.inQuote[o.from] && o.actor >= 0 && !contains(out, o.actor) {
			out = append(out, o.actor)
		}
	}
	return out
}

// reportingSpeaker returns the person who speaks first in the sentence of the object
// pronoun m when another person stands between them: "Lopez Obrador said Mr Trump had
// spoken to him" is Lopez Obrador; -1 otherwise.
func (r *resolver) reportingSpeaker(m *mention, p string) int {
	s := r.s
	speaker, between := -1, false
	for _, i := range s.sentenceMentions(m.sent) {
		o := &s.mentions[i]
		if o.from >= m.from || o.actor < 0 || o.kind != mPerson {
			continue
		}
		if speaker < 0 {
			if r.x.speaks(s, o) && r.fits(o.actor, p) {
				speaker = o.actor
			}
			continue
		}
		if o.actor != speaker {
			between = true
		}
	}
	if !between {
		return -1
	}
	return speaker
}

// quotedPossessor returns, for "him" or "her" right after "quoted" or "cited", the person
// whose outlet, office or aide quotes them, named as the possessor before the verb in the
// same sentence: "Khamenei's website quoted him as saying", "Modi's office cited him as
// saying"; -1 otherwise.
func (r *resolver) quotedPossessor(m *mention) int {
	s := r.s
	if m.from < 1 || s.toks[m.from-1].Low != "quoted" && s.toks[m.from-1].Low != "cited" {
		return -1
	}
	for _, oi := range s.sentenceMentions(m.sent) {
		o := s.mentions[oi]
		if o.sent == m.sent && o.kind == mPerson && o.actor >= 0 && o.to < m.from && s.possessive(o) && r.fits(o.actor, m.words[0]) {
			return o.actor
		}
	}
	return -1
}

func sentenceHasSubject(subject map[int]int, si int) bool {
	_, ok := subject[si]
	return ok
}

// subordinateBefore reports a subordinating word between tokens from and k of one
// sentence, outside quotations, that opens the clause token k is in: "a day after Joe
// Biden said", "when Berg told reporters". A comma or "and" after it starts another clause.
func (s *scan) subordinateBefore(from, k int) bool {
	for j := k - 1; j > from; j-- {
		if s.inQuote[j] {
			continue
		}
		switch w := s.toks[j].Low; {
		case w == "," || w == ";" || w == "and" || w == "but":
			return false
		case isSubordinator(w):
			return true
		}
	}
	return false
}

// isSubordinator reports a conjunction that opens a subordinate clause ("after Y said",
// "when Y told reporters").
func isSubordinator(w string) bool {
	switch w {
	case "after", "before", "when", "while", "since", "because", "although", "though", "until", "once", "whereas", "as":
		return true
	}
	return false
}

// remarksOpen reports sentence si opening with the words just quoted as its subject: "His
// comments came after X visited the border", "The remarks came as X arrived" (a noun of
// class remark that is no document, lexicon.Statement, after a possessive or a
// determiner, and no "of", "by" or "from" naming another speaker). Its subject is the
// last speaker, not a person the clause after it names.
func (s *scan) remarksOpen(si int) bool {
	se := s.sents[si]
	if se.to-se.from < 3 {
		return false
	}
	switch s.toks[se.from].Low {
	case "his", "her", "their", "the", "these", "those":
	default:
		return false
	}
	n := s.toks[se.from+1].Low
	switch s.toks[se.from+2].Low {
	case "of", "by", "from":
		return false
	}
	return s.gaz.In(lexicon.Remark, n) && !s.gaz.In(lexicon.Statement, n)
}

// frontedSubordinate reports token k inside a subordinate clause that opens the sentence
// starting at token from and has not yet closed with a comma: in "After Y left, X spoke to
// reporters" Y is no subject of the sentence, X is.
func (s *scan) frontedSubordinate(from, k int) bool {
	if k <= from || !isSubordinator(s.toks[from].Low) {
		return false
	}
	for j := from + 1; j < k; j++ {
		if s.toks[j].Text == "," || s.toks[j].Text == ";" {
			return false
		}
	}
	return true
}

// namedInEarlierClause reports person a named in the sentence of object pronoun m only in
// clauses before m's own ("X was hosted to dinner by Y, while Z hosted him to breakfast"):
// the pronoun may stand for the earlier clause's person, never for one of its own clause.
func (r *resolver) namedInEarlierClause(m *mention, a int) bool {
	s := r.s
	start := -1
	for _, c := range s.clauses(m.sent) {
		if c.from <= m.from && m.from < c.to {
			start = c.from
		}
	}
	seen := false
	for _, mi := range r.actors[a].mentions {
		o := &s.mentions[mi]
		if o.sent != m.sent || o == m {
			continue
		}
		if o.from >= start {
			return false
		}
		seen = true
	}
	return seen
}

// askUntitled notes the full names of the article's persons with neither office nor
// country among the names the importer looks up (Result.Unresolved), when a reference by
// office and country ("the U.S. president") finds no holder: the story may name the holder
// bare elsewhere, and extracted again with the persons the database knows (knownOffices)
// the reference finds that person.
func (r *resolver) askUntitled() {
	if r.known != nil {
		return // asked already
	}
	for _, a := range r.actors {
		if a.kind == "person" && a.role == "" && a.country == "" && strings.Contains(a.key, " ") && !slices.Contains(r.unresolved, a.key) {
			r.unresolved = append(r.unresolved, a.key)
		}
	}
}

// knownOffices gives the article's persons with neither office nor country the ones the
// database knows them by (Input.Known, by full name), as a follow-up story names a person
// its readers know bare: references by office ("the U.S. president") then find them.
func (r *resolver) knownOffices() {
	for i := range r.actors {
		a := &r.actors[i]
		if k, ok := r.known[a.key]; ok && a.kind == "person" && a.role == "" && a.country == "" && strings.Contains(a.key, " ") {
			a.role, a.country = k.Role, k.Country
		}
	}
}

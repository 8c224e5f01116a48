package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// objectPosition reports a mention that is the object of a preposition or the possessor
// of a noun rather than a subject ("with Kuleba", "Putin's interest").
func (x *Extractor) objectPosition(s *scan, from int) bool {
	if from == 0 {
		return false
	}
	for from > 1 && (s.toks[from-1].Low == "the" || s.toks[from-1].Low == "a" || s.toks[from-1].Low == "an") {
		from-- // "according to the Pentagon"
	}
	prev := s.toks[from-1]
	switch prev.Low {
	case "with", "to", "against", "of", "from", "about", "for", "on", "met", "meet", "meets",
		"called", "phoned", "telephoned", "hosted", "host", "welcomed", "welcome", "received",
		"thanked", "urged", "told", "asked", "visited", "visit", "see", "saw", "invited",
		"congratulated", "accused", "criticized", "criticised", "praised", "named", "appointed",
		"replaced", "succeeded", "including", "than",
		// verbs whose object is the other party of a contact told after them: "X assured Y
		// in a phone call", "X pressed Y during talks"
		"assured", "reassured", "warned", "pressed", "lobbied", "briefed", "informed", "reminded", "implored":
		return true
	}
	// "Before seeing Xi, Blinken held talks": the object of a gerund; not "This morning
	// I met", a part of the day
	return prev.Kind == tokens.Word && !prev.Cap && len(prev.Low) > 4 && prev.Low[len(prev.Low)-3:] == "ing" && !s.gaz.In(lexicon.DayPart, prev.Low)
}

// afterVerb reports a mention at token from right after a lower-case word that can only
// be a verb or an adjective taking it as object ("should include the U.S. president"),
// not a conjunction, an adverb, a relative word or a speech verb ("said Xi"): a pronoun
// of the next sentence speaks of the sentence's subject, not of such an object.
func (s *scan) afterVerb(from int) bool {
	if from == 0 {
		return false
	}
	p := s.toks[from-1]
	if p.Kind != tokens.Word || p.Cap || p.Sent != s.toks[from].Sent || s.gaz.IsSpeechVerb(p.Low) || s.officeModifiers(from) {
		return false
	}
	if s.gaz.In(lexicon.Span, p.Low) || s.gaz.In(lexicon.DayPart, p.Low) {
		return false // "Earlier in the week Blinken met", "Later that evening Xi hosted": a fronted time, no verb
	}
	switch p.Low {
	case "and", "but", "or", "nor", "that", "which", "who", "while", "when", "as", "after", "before", "because", "since",
		"if", "although", "though", "then", "also", "so", "where", "whereas", "yet", "meanwhile", "later", "earlier",
		"now", "today", "yesterday", "tomorrow", "tonight", "once", "until", "unless", "whether", "both", "either",
		"neither", "not", "only", "even", "still", "first", "finally", "instead", "separately", "previously", "recently",
		"them": // "among them Chris Appy": an apposition to the subject
		return false
	}
	return !s.describedOpening(from)
}

// describedOpening reports a name at token from right after one lower-case noun of a
// person that its sentence opens with a determiner or possessive: "The lawyer Tom Hale
// said", "His father Tom Hale said". The noun describes the subject, no verb takes the
// name as object; it must name a person (words classes private-person, unnamed, epithet),
// so that "The court sentenced X" stays an object.
func (s *scan) describedOpening(from int) bool {
	if from < 2 || s.toks[from-2].Sent != s.toks[from].Sent || s.sents[s.toks[from].Sent].from != from-2 {
		return false
	}
	switch s.toks[from-2].Low {
	case "the", "his", "her", "their", "its", "our", "my", "a", "an":
	default:
		return false
	}
	w := s.toks[from-1].Low
	return s.gaz.In(lexicon.PrivatePerson, w) || s.gaz.In(lexicon.Unnamed, w) || s.gaz.In(lexicon.Epithet, w)
}

// officeModifiers reports lower-case words before an office at token from that qualify
// it, not a verb taking it as object: "Putin's foreign policy adviser Yuri Ushakov said",
// "The national security adviser X said" (a possessive or a capitalized word opens them,
// at most three words before the office; after "met the", they may be an object's).
func (s *scan) officeModifiers(from int) bool {
	if !s.inOffice(from) {
		return false
	}
	k := from - 1
	for k >= 0 && k >= from-3 && s.toks[k].Kind == tokens.Word && !s.toks[k].Cap && s.toks[k].Sent == s.toks[from].Sent {
		k--
	}
	return k >= 0 && k < from-1 && s.toks[k].Sent == s.toks[from].Sent && (s.toks[k].Kind == tokens.Poss || s.toks[k].Kind == tokens.Word && s.toks[k].Cap)
}

// possessive reports a mention followed by possessive 's: "Amnesty International's
// regional director", "Putin's spokesman".
func (s *scan) possessive(m mention) bool {
	return m.to < len(s.toks) && (s.toks[m.to].Kind == tokens.Poss || s.bareApostrophe(m.to))
}

// possessorOfNamed reports a possessive mention whose noun of a person a name follows set
// off by a comma, "Mensah's brother, Kwabena,", "Odinga's ally, X Y,": the named one is the
// subject, not the possessor, so "he" after it is the named one.
func (s *scan) possessorOfNamed(m mention) bool {
	k := m.to + 1
	return s.possessive(m) && k+2 < len(s.toks) && s.toks[k].Kind == tokens.Word && !s.toks[k].Cap && s.toks[k+1].Text == "," && s.toks[k+2].Cap && s.toks[k+2].Kind == tokens.Word
}

// bareApostrophe reports the apostrophe alone after a name ending in s at token k, a
// possessive as "Tsipras' plan", "the Philippines' foreign secretary" print it: glued to
// the name, a lower-case word after it, and no quotation opening or closing there.
func (s *scan) bareApostrophe(k int) bool {
	t := s.toks[k]
	if t.Kind != tokens.QuoteMark || t.Text != "'" && t.Text != "’" || k == 0 || k+1 >= len(s.toks) {
		return false
	}
	prev, next := s.toks[k-1], s.toks[k+1]
	if prev.End != t.Start || !strings.HasSuffix(prev.Low, "s") || next.Kind != tokens.Word || next.Cap || next.Start == t.End {
		return false
	}
	for _, q := range s.quotes {
		if q.Open == t.Start || q.Close == t.Start {
			return false
		}
	}
	return true
}

// subjectBefore returns the token of the nearest actor mention before token end that is
// not an object, a possessor, or inside a relative clause (", who met Trump,"); -1 if none.
func (x *Extractor) subjectBefore(s *scan, at []int, from, end int) int {
	for k := end - 1; k >= from; k-- {
		if at[k] < 0 {
			continue
		}
		m := s.mentions[at[k]]
		possessor := s.possessive(m) && !ownOffice(s, m.to+1) // "Netanyahu's office said": Netanyahu
		if m.to == end && s.contextStart(m.from) > from && s.toks[s.contextStart(m.from)-1].Low == "with" {
			return k // "X met Y, with Y emphasizing that": the one before the verb speaks
		}
		if x.objectPosition(s, s.contextStart(m.from)) || possessor || s.byParenthetical(from, m) || s.seenBy(m) || x.objectApposition(s, from, m) || s.inRelative(from, k) && s.relativeAt(from, k) != s.relativeAt(from, end) {
			if m.kind == mOrg && !possessor && s.bodyOfUnnamedMouth(from, m) {
				return k // "But an official with the UK Government responded:": the body speaks
			}
			// a relative clause's subject speaks only for the verb of its own clause:
			// "the attack, which Netanyahu called ..."
			k = min(k, m.from)
			continue
		}
		if c := s.prepositionalAside(from, m.from, end); c >= 0 {
			k = c // "Tinubu, in a statement by his adviser, Bayo Onanuga, said": Tinubu
			continue
		}
		if h := s.appositionHead(at, from, m.from, end); h >= 0 {
			return h
		}
		return k
	}
	return -1
}

// bodyOfUnnamedMouth reports an organization mention m that a preposition ties to an
// unnamed speaker's noun opening the subject of the clause that starts at token from: "But
// an official with the UK Government responded:", "A diplomat at the embassy said": an
// unnamed official's words are the body's (GUIDELINES, "Quotes"), as they are in "a UK
// Government official responded". Not when the noun phrase sets off a name before it
// ("X, an official with the ministry, said": X's).
func (s *scan) bodyOfUnnamedMouth(from int, m mention) bool {
	q := s.contextStart(m.from) - 1
	for q > from && (s.toks[q].Low == "the" || s.toks[q].Low == "a" || s.toks[q].Low == "an") {
		q--
	}
	if !s.gaz.In(lexicon.BodyLink, s.toks[q].Low) {
		return false
	}
	q--
	if q < from || !s.gaz.In(lexicon.SpeaksFor, s.toks[q].Low) && !s.gaz.In(lexicon.Unnamed, s.toks[q].Low) {
		return false
	}
	d := q - 1
	for d >= from && s.toks[d].Kind == tokens.Word && !s.toks[d].Cap && !isDeterminer(s.toks[d].Low) && d >= q-2 {
		d-- // "a senior official", "one unnamed diplomat"
	}
	if d < from || !isDeterminer(s.toks[d].Low) && s.toks[d].Low != "one" {
		return false
	}
	return d == from || s.toks[d-1].Text != ","
}

// inOffice reports a token that an office names ("ambassador" of "ambassador to the United
// Nations", "secretary general").
func (s *scan) inOffice(k int) bool {
	m, ok := s.matchOf(k)
	return ok && m.Kind == lexicon.PhraseOffice
}

// objectApposition reports a name set off by commas after a role noun that is an
// object: "spoke after talks with his Turkish counterpart, Hakan Fidan, urging ...": the
// one who spoke is Lavrov, the subject, not the counterpart named in apposition.
func (x *Extractor) objectApposition(s *scan, from int, m mention) bool {
	c := m.from - 1
	if c-1 <= from || s.toks[c].Text != "," || m.to >= len(s.toks) || s.toks[m.to].Text != "," {
		return false
	}
	if w := s.toks[c-1].Low; w != "counterpart" && w != "counterparts" && !s.isHeadNoun(w) && !s.endsOffice(c-1) {
		return false
	}
	for p := c - 1; p > from && p >= c-6; p-- {
		if t := s.toks[p]; t.Kind != tokens.Word || s.gaz.IsSpeechVerb(t.Low) {
			return false
		}
		if x.objectPosition(s, p) {
			if q := s.speakerNounBefore(p); q >= 0 {
				p = q // "The spokesperson for the UN Secretary-General, X, told": X is the spokesperson
				continue
			}
			return true
		}
	}
	return false
}

// speakerNounBefore returns the token of a noun for one who speaks for a body ("spokesperson",
// "official", "aide", "lawyer") or of an office ("ambassador", "secretary general") right before the "for", "of" or "to" that governs the word at token p ("the
// spokesperson for the UN Secretary-General", "an aide to X"), or -1: a name set off after that phrase is
// the speaker's, not the body's.
func (s *scan) speakerNounBefore(p int) int {
	q := p - 1
	for q > 0 && (s.toks[q].Low == "the" || s.toks[q].Low == "a" || s.toks[q].Low == "an") {
		q--
	}
	if q < 1 || s.toks[q].Low != "for" && s.toks[q].Low != "of" && s.toks[q].Low != "to" {
		return -1
	}
	if w := s.toks[q-1].Low; s.gaz.In(lexicon.SpeaksFor, w) || s.gaz.In(lexicon.Unnamed, w) || s.gaz.In(lexicon.Staff, w) || s.inOffice(q-1) {
		return q - 1 // also an office: "Chile's ambassador to the United Nations, X, said": X
	}
	return -1
}

// byParenthetical reports a mention that is the agent of a participle set off by commas
// after the subject: "The draft, seen by Reuters, said", "Biden, accompanied by Blinken,
// told": the subject speaks, not the one who saw or came along.
func (s *scan) byParenthetical(from int, m mention) bool {
	if m.from-2 < from || s.toks[m.from-1].Low != "by" || m.to >= len(s.toks) || s.toks[m.to].Text != "," {
		return false
	}
	for k := m.from - 2; k >= from && k >= m.from-5; k-- {
		if s.toks[k].Text == "," {
			return k+1 < m.from-1 // ", seen by", ", which was obtained by"
		}
		if s.toks[k].Kind != tokens.Word || s.toks[k].Cap {
			return false
		}
	}
	return false
}

// seenBy reports a mention that a document reached: "a draft seen by Reuters says", "a
// memo obtained by the Associated Press said". The medium tells of the document; it is
// not the subject that speaks.
func (s *scan) seenBy(m mention) bool {
	p := m.from - 1
	if p > 0 && s.toks[p].Low == "the" {
		p--
	}
	return p > 0 && s.toks[p].Low == "by" && s.gaz.In(lexicon.Seen, s.toks[p-1].Low)
}

// prepositionalAside returns the comma that opens an aside holding the token mFrom and
// closing at the comma right before the verb at token end, when the aside opens with a
// preposition or a participle of speech ("X, in a statement by his spokesman, Y, said",
// "X, in an interview with Y, said", "X, speaking to Y, said"): whoever the aside names
// does not speak; -1 otherwise.
func (s *scan) prepositionalAside(from, mFrom, end int) int {
	if end-1 <= mFrom || s.toks[end-1].Text != "," {
		return -1
	}
	for c := mFrom - 1; c > from && c >= mFrom-20; c-- {
		if s.toks[c].Text != "," || c+1 >= end {
			continue
		}
		switch s.toks[c+1].Low {
		case "in", "at", "during", "through", "via", "speaking", "writing", "addressing", "responding", "reacting":
			return c
		}
	}
	return -1
}

// appositionHead returns the token of the person an apposition set off by commas right
// before the verb at token end describes ("Ned Price, U.S. Security Council spokesman,
// said": Price, not the council), or -1 when the mention at token mFrom is no such
// apposition's, or is itself a person named right after a comma: the name before that
// comma ends a fronted clause or a list, and the apposition is the later name's.
func (s *scan) appositionHead(at []int, from, mFrom, end int) int {
	c2 := end - 1
	if c2 <= mFrom || s.toks[c2].Text != "," {
		return -1
	}
	for c1 := mFrom - 1; c1 > from && c1 > c2-16; c1-- {
		if s.toks[c1].Text != "," {
			continue
		}
		if h := at[c1-1]; h >= 0 && s.mentions[h].kind == mPerson {
			if c1 == mFrom-1 && at[mFrom] >= 0 && s.mentions[at[mFrom]].kind == mPerson {
				return -1 // "When Berg meets Kerry, Piet Vos, the foreign minister, said": a name after the comma heads its own apposition
			}
			if s.speakerNounBefore(s.contextStart(s.mentions[h].from)) >= 0 {
				return -1 // "A spokesman for Trump, Steven Cheung, said": the one named speaks
			}
			return c1 - 1
		}
		return -1
	}
	return -1
}

// firstSpeechVerb returns the leftmost speech verb before token end that has a subject
// before it, or -1.
func (x *Extractor) firstSpeechVerb(s *scan, at []int, from, end int) int {
	for k := from; k < end; k++ {
		if s.inQuote[k] {
			continue
		}
		if s.gaz.IsSpeechVerb(s.toks[k].Low) && x.subjectBefore(s, at, from, k) >= 0 {
			return k
		}
	}
	return -1
}

// inRelative reports a token inside a relative clause opened by ", who"/", which".
func (s *scan) inRelative(from, k int) bool {
	return s.relativeAt(from, k) >= 0
}

// relativeAt returns the comma that opens the relative clause token k is in, or -1.
func (s *scan) relativeAt(from, k int) int {
	for j := k - 1; j > from; j-- {
		switch s.toks[j].Text {
		case ",":
			if j+1 < len(s.toks) {
				switch s.toks[j+1].Low {
				case "who", "which", "whose", "whom", "where":
					if !s.closedBefore(j+1, k) {
						return j
					}
				}
			}
			return s.relativeSubjectApposition(from, j)
		}
	}
	return -1
}

// relativeSubjectApposition returns the comma that opens a relative clause whose subject,
// a name right after "which" or "whom", an apposition closed by the comma at token j
// follows: "the attack, which Netanyahu, the prime minister, called": the words after j are
// still the clause's. -1 otherwise ("X, who met Y, the president, said": the apposition is
// the object's, and its comma closes the clause).
func (s *scan) relativeSubjectApposition(from, j int) int {
	for o := j - 2; o > from && o >= j-12; o-- {
		if s.toks[o].Text != "," {
			continue
		}
		if s.appositionEnd(o, j+1) != j {
			return -1
		}
		p := o - 1
		for p > from && s.toks[p].Kind == tokens.Word && s.toks[p].Cap {
			p--
		}
		if p < o-1 && p > from && (s.toks[p].Low == "which" || s.toks[p].Low == "whom") && s.toks[p-1].Text == "," {
			return p - 1
		}
		return -1
	}
	return -1
}

// closedBefore reports a comma between tokens a and b (the relative clause closed).
func (s *scan) closedBefore(a, b int) bool {
	for j := a; j < b; j++ {
		if s.toks[j].Text == "," {
			return true
		}
	}
	return false
}

// relativeAntecedent returns the actor a ", who" clause holding token end is about, and
// where its mention starts: the person named right before the comma; -1 when end is not
// in such a clause or no person stands there.
func (r *resolver) relativeAntecedent(c clause, end int) (actor, from int) {
	s := r.s
	j := s.relativeAt(c.from, end)
	if j < 1 || s.toks[j+1].Low != "who" {
		return -1, -1
	}
	mi := s.mentionAt(j - 1)
	if mi < 0 || !r.participantKind(mi) || r.actors[s.mentions[mi].actor].kind != "person" {
		return -1, -1
	}
	return s.mentions[mi].actor, s.mentions[mi].from
}

// ownOffice reports a possessed noun at token k that speaks for its possessor without
// naming anyone else: "al-Sistani's office said", "Navalny's team said", "the EU's draft
// declaration urged".
func ownOffice(s *scan, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if s.gaz.In(lexicon.OwnVoice, s.toks[k].Low) {
		return true // "Zelensky's post on X read:": Zelensky's words
	}
	switch s.toks[k].Low {
	case "official", "chief":
		return ownOffice(s, k+1) && isSpokesWord(s.toks[k+1].Low) // "Blair's official spokesman said"
	case "spokesman", "spokeswoman", "spokesperson":
		// unnamed: "Putin's spokesman Dmitry Peskov" and "Putin's spokesman, Dmitry Peskov," are Peskov
		return k+1 >= len(s.toks) || !s.toks[k+1].Cap && !(s.toks[k+1].Text == "," && k+2 < len(s.toks) && s.toks[k+2].Cap)
	}
	// "the EU's draft declaration urged", "the ministry's joint statement said": a document
	// speaks for whoever issued it
	for j := k; j < len(s.toks) && j <= k+1 && s.toks[j].Kind == tokens.Word && !s.toks[j].Cap; j++ {
		if s.gaz.In(lexicon.Statement, s.toks[j].Low) || s.gaz.IsReportWord(s.toks[j].Low) {
			return true
		}
	}
	return false
}

func isSpokesWord(w string) bool {
	return w == "spokesman" || w == "spokeswoman" || w == "spokesperson"
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// participants of one trigger, by the patterns "X and Y met", "X, Y and Z held a call",
// "X spoke with Y", "X met Y", "talks between X and Y", "X's call with Y", "X held a call
// with Y", "X, at a joint press conference with Y".
type parts struct {
	subj, obj []int
	pair      bool  // "they", "the two", "the pair": the participants of an earlier contact
	leaders   bool  // the pair was called "the (two) leaders"
	trio      bool  // "the three leaders": the earlier contact of three
	unnamed   bool  // the other side is unnamed ("his counterparts in France", "reporters")
	from      int   // initiator from "a call from Y", or -1
	cata      bool  // "his call with Y": the subject is the person "his" stands for
	light     int   // token of the light verb of a noun trigger ("hold a meeting"), or -1
	apart     bool  // a date or place stands between two objects: separate contacts
	together  bool  // the objects are one group ("US envoys A and B", "A and his deputy B")
	their     bool  // "their meeting": the participants are the clause's subjects, if two
	objEnd    []int // token after each object's mention, for dates that follow each object
	between   bool  // the objects follow "between": they are the parties, not one side
	subjAt    int   // token where the nearest subject's mention starts, -1 when none
	attendees []int // actors a relative clause after a contact noun names as present ("a meeting at which A and B were present")
	selfTold  bool  // the subject is the speaker of the quotation that tells it in the first person (quotedAuthor)
	we        int   // 1 + the speaker whose quoted "we" is the subject, or 0: the pair must hold the speaker
}

func (p parts) actors() []int { return append(append([]int(nil), p.subj...), p.obj...) }

func (x *Extractor) participants(r *resolver, at []int, c clause, tr trigger) parts {
	s := r.s
	p := parts{from: -1, light: -1, subjAt: -1}
	subjEnd := tr.at
	if tr.noun {
		p.attendees = r.attendeesAfter(at, tr)
		subjEnd = x.nounSubject(s, at, c, tr, &p)
		p.light = subjEnd
	}
	if subjEnd >= 0 {
		p.subj = x.subjects(r, at, c, subjEnd, &p)
		if len(p.subj) == 0 {
			if d := r.describedParties(c, subjEnd); d != nil {
				p.subj, p.pair = d, false // "The Russian and North Korean leaders held talks"
			} else if d := r.describedOf(c, subjEnd); d != nil {
				p.subj, p.pair = d, false // "the foreign ministers of Britain, China and France met"
			} else if d := r.describedCount(c, subjEnd); d != nil {
				p.subj, p.pair = d, false // "the foreign ministers of the four countries met. A, B, C and D ..."
			}
		}
		if p.their && len(p.subj) < 2 {
			p.subj = nil // "their" points back to a pair named elsewhere: anaphoric
		}
	} else if p.their {
		if subj := x.subjects(r, at, c, tr.at, &p); len(subj) >= 2 {
			p.subj = subj // "Both Putin and Blair expressed satisfaction with their talks"
		} else if subj := r.subjectsAfterOpening(at, c, tr); len(subj) >= 2 {
			p.subj = subj // "Following their talks, Putin and Kuchma told reporters"
		}
	} else if !p.cata && x.pairSubject(s, c, tr) {
		p.pair = true // "The Presidents agreed to ... a personal meeting"
	}
	if len(p.subj) == 0 && !p.pair && !p.cata && s.openingContact(at, c, tr) {
		if subj := r.subjectsAfterOpening(at, c, tr); len(subj) >= 2 {
			p.subj = subj // "During talks on Tuesday, Blinken and Wang agreed", "During their talks, A and B ..."
		}
	}
	if len(p.subj) == 1 && p.subjAt >= 0 {
		for k := p.subjAt; k < tr.at; k++ {
			if mi := at[k]; mi >= 0 && s.mentions[mi].actor == p.subj[0] {
				p.subj = append(p.subj, r.joinedBy(at, s.mentions[mi].to, tr.at)...) // "Biden, joined by Harris, met X"
				break
			}
		}
	}
	if len(p.subj) == 1 && p.subjAt >= 0 && at[p.subjAt] >= 0 {
		if a := r.relativeCoordinated(at, s.mentions[at[p.subjAt]].from); a >= 0 && a != p.subj[0] {
			p.subj = append([]int{a}, p.subj...) // "Abbott, who arrived on Monday, and Yudhoyono held talks"
		}
	}
	if tr.name == "joined-by" && tr.join {
		p.obj = r.joinedBy(at, tr.at-1, c.to) // "Sullivan, joined by Assistant to the President ... X,"
	} else {
		p.obj = x.objects(r, at, c, tr, &p)
	}
	if len(p.obj) == 0 && len(p.subj) == 1 {
		if a := r.withWhomAntecedent(c, tr); a >= 0 && a != p.subj[0] {
			p.obj = []int{a} // "Erdogan, with whom Mitsotakis spoke by phone on Monday, said"
		}
	}
	if len(p.obj) == 0 && len(p.attendees) > 0 {
		p.obj, p.together, p.unnamed = p.attendees, true, false // "was at a meeting at which A and B were present"
		p.between = len(p.subj) == 0                            // "A meeting at which A and B were present ended": they are the parties
	}
	if tr.noun && p.between && len(p.obj) >= 2 && s.proposedBetween(c, tr) {
		p.subj = nil // "called for talks between A and B", "offered to host talks between A and B": A and B are the parties
	}
	if len(p.obj) == 0 && len(p.subj) == 1 && tr.noun {
		if a := x.askedFor(r, at, c, tr); a >= 0 && a != p.subj[0] {
			p.obj = []int{a} // "Blinken asked Lavrov for a call"
		}
	}
	if len(p.obj) == 0 && len(p.subj) == 1 && tr.direct && tr.to < c.to && s.toks[tr.to].Low == "them" {
		p.obj = r.leadingSubjects(c, p.subjAt, p.subj[0]) // "A and B will travel to X, where C will host them"
		p.together = true                                 // who travel together are met together
	}
	if len(p.subj) == 1 && p.subjAt >= 0 && at[p.subjAt] >= 0 {
		end := tr.at
		if p.light >= 0 && p.light < tr.at {
			end = p.light
		}
		if a := r.counterpartWithSubject(s.mentions[at[p.subjAt]].to, end, p.subj[0]); a >= 0 {
			p.subj = append(p.subj, a) // "Blinken and his Chinese counterpart held talks": Wang Yi, named elsewhere
		}
	}
	if len(p.obj) == 0 && len(p.subj) == 1 {
		if objs := r.unnamedCounterparts(c, tr, p.subj[0]); len(objs) > 0 {
			p.obj, p.unnamed = objs, false // "spoke with his Chinese counterpart": Wang Yi, named elsewhere
		}
	}
	return p
}

// withWhomAntecedent returns the person named right before ", with whom", ", to whom" or ", whom" when
// the contact word tr is in that relative clause: "Erdogan, with whom Mitsotakis spoke by
// phone on Monday, said", "Y, whom X called on Tuesday,": the antecedent is the contact's
// other party. -1 otherwise.
func (r *resolver) withWhomAntecedent(c clause, tr trigger) int {
	s := r.s
	j := -1 // the comma that opens the clause
	for k := tr.at - 1; k > c.from && k >= tr.at-12 && s.toks[k].Text != ","; k-- {
		if s.toks[k].Low == "whom" {
			j = k - 1
			if s.toks[j].Low == "with" || s.toks[j].Low == "to" {
				j-- // "with whom", "to whom"
			}
			break
		}
	}
	if j < 1 || s.toks[j].Text != "," {
		return -1
	}
	mi := s.mentionAt(j - 1)
	if mi < 0 || s.mentions[mi].to != j || !r.participantKind(mi) || r.actors[s.mentions[mi].actor].kind != "person" {
		return -1
	}
	return s.mentions[mi].actor
}

// nounSubject finds where the subject of a noun trigger must end: before a light verb or a
// preposition ("X held a call", "X said at a joint press conference"), or at a possessor
// ("X's call", "the Ukrainian president's White House meeting"). It returns -1 when the
// noun has no subject ("the Ministry confirmed the call").
func (x *Extractor) nounSubject(s *scan, at []int, c clause, tr trigger, p *parts) int {
	theirAt := -1
	for k := tr.at - 1; k >= c.from && k >= tr.at-10; k-- {
		t := s.toks[k]
		if cw, ok := x.gaz.ContactWords[t.Low]; ok && cw.Pattern == "discuss" && k < tr.at-1 {
			return -1 // "held a call to discuss the summit": the summit is the topic, not the verb's contact
		}
		switch {
		case s.gaz.In(lexicon.Light, t.Low) || s.gaz.In(lexicon.Initiating, t.Low) || s.cancelling(k) || k >= tr.at-4 && s.boundedTalks(k):
			// "X held talks with Y", "X mediated talks between A and B"; "X requested a
			// meeting with Y", "X proposed talks with Y": whoever asks for a contact with Y is
			// its other party ("proposed talks between A and B" names all: proposedBetween);
			// so is who calls it off, "X cancelled (called off) a meeting with Y";
			// "X opened (ended, concluded) two days of talks with Y": who opened or closed them
			if (strings.HasPrefix(t.Low, "host") || s.gaz.In(lexicon.TripBound, t.Low) || s.gaz.In(lexicon.Initiating, t.Low) || s.cancelling(k)) && tr.to < c.to && s.toks[tr.to].Low == "between" {
				return -1 // "host a meeting between X and Y", "launched (proposed) talks between X and Y": the host is not a party
			}
			if strings.HasPrefix(t.Low, "join") || t.Low == "attended" {
				if !s.withAfterNoun(tr.at, c.to) && len(p.attendees) == 0 && !(t.Low == "attended" && s.attendedTogether(at, c.from, k, tr)) {
					return -1 // "also joined the call": adds to a contact told before (a join trigger)
				}
			}
			if theirAt >= 0 && theirAt-k > 2 {
				p.their = false // "agreed to keep the details of their conversation private"
				return -1
			}
			return k
		case t.Low == "to" && k > c.from && s.tokIn(lexicon.Readiness, k-1):
			return k // "X is open to a call with Y": who offers the contact is its party
		case t.Low == "told" || t.Low == "addressed":
			if tr.name == "joint-press-conference" {
				return k // "X told a joint news conference with Y"
			}
		case t.Low == "his" || t.Low == "her":
			if k == tr.at-1 || s.toks[k+1].Kind == tokens.Word && !s.toks[k+1].Cap || s.isMatchKind(k+1, lexicon.PhraseOrg) {
				p.cata = true
				return -1
			}
		case t.Low == "their":
			p.their, theirAt = true, k // "X and Y held their talks", "after their meeting": go on to the verb
		}
		if t.Kind == tokens.Poss && k > c.from && at[k-1] >= 0 {
			return k
		}
		if t.Kind == tokens.Punct || s.gaz.IsSpeechVerb(t.Low) {
			break
		}
	}
	return s.visitOpenedWith(c, tr)
}

// cancelling reports whether token k calls a contact off: a word of class cancel
// ("cancelled", "postponed", "scrapped"), "off" after "called", or "of" after "pulled out".
func (s *scan) cancelling(k int) bool {
	return s.gaz.In(lexicon.Cancel, s.toks[k].Low) || s.toks[k].Low == "off" && k > 0 && s.toks[k-1].Low == "called" || s.toks[k].Low == "of" && s.pullOut(k-1)
}

// pullOut reports "out" at token k after a verb of class pull-out: "pulled out (of a
// meeting)", "backed out (of talks)".
func (s *scan) pullOut(k int) bool {
	return k > 0 && k+1 < len(s.toks) && s.toks[k].Low == "out" && s.toks[k+1].Low == "of" && s.tokIn(lexicon.PullOut, k-1)
}

// visitOpenedWith returns the verb that opens or closes a visit whose first or last
// contact the noun trigger is, so that the visitor is its subject: "X began a visit to
// China on Tuesday with a meeting with Y", "X ended a two-day trip with talks with Y".
// -1 when the noun follows no such visit.
func (s *scan) visitOpenedWith(c clause, tr trigger) int {
	with := -1
	for k := tr.at - 1; k > c.from && k >= tr.at-3; k-- {
		t := s.toks[k]
		if t.Low == "with" || t.Low == "by" {
			with = k // "with a meeting", "by holding talks"
			break
		}
		if t.Kind != tokens.Word || t.Cap {
			return -1
		}
	}
	for k := with - 1; with > 0 && k > c.from && k >= with-14; k-- {
		if s.gaz.In(lexicon.Trip, s.toks[k].Low) {
			for j := k - 1; j >= c.from && j >= k-5; j-- {
				if s.gaz.In(lexicon.TripBound, s.toks[j].Low) {
					return j
				}
			}
			return -1
		}
		if s.toks[k].Text == "." || s.toks[k].Text == ";" {
			return -1
		}
	}
	return -1
}

// subjects returns the nearest actor before token end that is not an object, a possessor
// or inside a relative clause, and those listed with it ("X, Y and Z held a call");
// "they"/"the two"/"the pair" set pair instead.
func (x *Extractor) subjects(r *resolver, at []int, c clause, end int, p *parts) []int {
	s := r.s
	if a, from := r.relativeAntecedent(c, end); a >= 0 {
		p.subjAt = from
		// "Blinken criticized Lavrov, who met Kim last week": Lavrov met Kim; "Blinken and
		// Lavrov, who met on Friday, ...": both
		return append(r.coordinatedBefore(at, from), a)
	}
	var out []int
	last, lastMi := -1, -1 // token where the found subject starts, and its mention
	for k := end - 1; k >= c.from; k-- {
		if w := s.toks[k].Low; len(out) == 0 && w == "they" && r.groupBefore(at, k) {
			return nil // "uppermost in leaders' minds as they meet": the leaders of a gathering, no pair
		}
		if w := s.toks[k].Low; len(out) == 0 && w == "three" && k > c.from && s.toks[k-1].Low == "the" && s.peopleNounAfter(k, end) {
			p.pair, p.trio = true, true // "The three leaders first met in Asmara", "the three foreign ministers"
			return nil
		}
		if w := s.toks[k].Low; len(out) == 0 && w == "they" && s.personWithin(at, end, c.to) && !s.beBetween(k+1, end) {
			if list := r.theyList(at, k); len(list) >= 2 {
				p.subjAt = k
				return list // "A, B and C travelled to Kyiv, where they met Z": one meeting of all four
			}
		}
		if sp, ok := s.saidBy[k]; ok && len(out) == 0 && s.toks[k].Low == "we" && s.inQuote[k] && k+1 < end && !r.spokesperson(sp) {
			p.pair, p.we = true, sp+1 // `"I had a call with X. We will meet soon," Y said`: Y and X
			return nil
		}
		if w := s.toks[k].Low; len(out) == 0 && isPairWord(s, k, c.from) {
			p.pair = true
			p.leaders = w == "leaders" || w == "presidents" || k+1 < end && s.toks[k+1].Low == "leaders"
			return nil
		}
		mi := at[k]
		if mi < 0 || mi == lastMi || !r.participantKind(mi) || s.orgModifies(at, mi) {
			continue
		}
		lastMi = mi
		m := s.mentions[mi]
		start := min(s.contextStart(m.from), k)
		possessor := m.to < len(s.toks) && s.toks[m.to].Kind == tokens.Poss && m.to != end // "X's call": X is the subject
		// a subject inside a relative clause counts only for a contact word of that clause:
		// "..., where Stoltenberg and Borrell also joined them"
		inOther := s.inRelative(c.from, start) && s.relativeAt(c.from, start) != s.relativeAt(c.from, end)
		if len(out) > 0 && start > c.from && s.toks[start-1].Low == "including" && !possessor && !inOther && s.listJoin(m.to, last) && !x.verbBetween(s, m.to, last) {
			out = append(out, m.actor) // "Leaders including A, B and C gathered": the list's first name
			break
		}
		ownPossessor := m.to == end && end < len(s.toks) && s.toks[end].Kind == tokens.Poss // "details of Biden's call with X": Biden's call, wherever it stands
		if !ownPossessor && x.objectPosition(s, start) && !s.forInfinitive(start, m.to, end) && !x.controlledInfinitive(s, start, m.to, end) && !(m.kind == mOrg && m.org.Kind == "group" && s.delegatesBefore(start)) || possessor || inOther || isGroupNoun(s, m.to) || r.placeOrg(mi, start) || s.impersonated(start) {
			s.note(c.sent, "contact", "subject", false, m.from, m.to, "not the subject: an object, a possessor, in another relative clause or a group's member")
			k = start
			continue
		}
		if s.companyAside(start) {
			k = start // "Biden, joined by Harris, met X": Harris goes with the subject (joinedBy)
			continue
		}
		if len(out) == 0 && s.secondPredicate(m.to, end) && r.participantBefore(at, c.from, start) {
			s.note(c.sent, "contact", "subject", false, m.from, m.to, "not the subject: the object of the verb before \", and\"")
			k = start // "X called on Y, and held talks with Z": X holds the talks
			continue
		}
		if len(out) == 0 {
			out, last, p.subjAt = append(out, m.actor), start, start
			k = start
			continue
		}
		if s.listJoin(m.to, last) && !x.verbBetween(s, m.to, last) && (hasWord(s, m.to, last, "and") || r.actors[m.actor].kind == "person") {
			out, last = append(out, m.actor), start
			k = start
			continue
		}
		break
	}
	return out
}

// forInfinitive reports a mention of tokens [from, to) between "for" and the "to" of the
// infinitive at token end: "it would be good for X to meet Y", "the time has come for X to
// hold talks": X is the infinitive's subject, no object of "for".
func (s *scan) forInfinitive(from, to, end int) bool {
	return from > 0 && s.toks[from-1].Low == "for" && to+1 == end && s.toks[to].Low == "to"
}

// controlledInfinitive reports the object of a verb of telling or asking (words class tell,
// by the parser's lemma; not "invite", whose guest is the inviter's party) that the
// contact word's "to" follows right after: "X urged Y to meet Z", "asked Y to speak with
// Z". Y is the one who is to meet Z, not X.
func (x *Extractor) controlledInfinitive(s *scan, from, to, end int) bool {
	if to+1 != end || s.toks[to].Low != "to" || from == 0 {
		return false
	}
	k := from - 1
	for k > 0 && (s.toks[k].Low == "the" || s.toks[k].Low == "his" || s.toks[k].Low == "her") {
		k--
	}
	m, err := x.model()
	if err != nil {
		return false
	}
	lemma := m.VerbLemma(s.toks[k].Low)
	return s.toks[k].Kind == tokens.Word && !s.toks[k].Cap && lemma != "invite" && s.gaz.In(lexicon.Tell, lemma)
}

// subjectsAfterOpening returns the persons listed right after the comma that closes a
// sentence-opening adverbial holding the trigger ("Following their talks, Putin and
// Ukrainian President Leonid Kuchma told reporters"), or nil.
func (r *resolver) subjectsAfterOpening(at []int, c clause, tr trigger) []int {
	s := r.s
	se := s.sents[c.sent]
	comma := s.commaWithin(tr.to, min(se.to, tr.to+8))
	if comma < 0 || tr.at-se.from > 4 && !s.theirInOpening(at, se.from, tr) {
		return nil
	}
	return r.leadingPersons(at, comma+1, min(se.to, comma+16))
}

// theirInOpening reports "their" (or "the") and a contact noun deeper in a
// sentence-opening adverbial, with no name nor comma before them: "At a news conference
// after their talks on Tuesday, X and Y said", "At a news conference after the talks on
// Tuesday, X and Y said", "Speaking to reporters after their meeting, X and Y ...": the
// talks are those of the persons the main clause opens with (the caller takes them only
// when two or more are named), and take the day told with them. "the" counts only this
// deep, after a word of the adverbial: "After the talks, X said" opening the sentence
// refers back.
func (s *scan) theirInOpening(at []int, from int, tr trigger) bool {
	if !tr.noun || tr.at-from > 9 || tr.at == 0 {
		return false
	}
	if det := s.toks[tr.at-1].Low; det != "their" && (det != "the" || tr.at-1-from < 2) {
		return false
	}
	for k := from; k < tr.at; k++ {
		if at[k] >= 0 || s.toks[k].Kind != tokens.Word || s.inQuote[k] {
			return false
		}
	}
	return true
}

// leadingPersons lists the persons named from token from on, before token to, past "and",
// commas, offices, demonyms and capitalised words, up to the first other word: the
// subjects a clause or the words after an opening comma begin with ("Zelensky and
// Ukrainian President ..."); nil when a mention of another kind comes first.
func (r *resolver) leadingPersons(at []int, from, to int) []int {
	s := r.s
	var out []int
	for k := from; k < to; k++ {
		t := s.toks[k]
		if mi := at[k]; mi >= 0 {
			m := s.mentions[mi]
			if m.kind != mPerson || m.actor < 0 {
				return nil
			}
			out = append(out, m.actor)
			k = m.to - 1
			continue
		}
		if t.Low == "and" || t.Text == "," || t.Cap || s.isMatchKind(k, lexicon.PhraseOffice) || s.isMatchKind(k, lexicon.PhraseDemonym) {
			continue // "and Ukrainian President ..."
		}
		break
	}
	return distinct(out)
}

// openingContact reports a contact noun in a sentence-opening adverbial that names a
// contact of the main clause's subjects, not one told before: a preposition opens the
// sentence and only "a", "an", "their" or lower-case modifiers stand before the noun
// ("During talks on Tuesday,", "In a phone call,", "At their meeting in Seoul,"); "the",
// "his" or "this" refer back.
func (s *scan) openingContact(at []int, c clause, tr trigger) bool {
	se := s.sents[c.sent]
	if tr.noun && tr.at > se.from && s.theirInOpening(at, se.from, tr) {
		return true // "At a news conference after their talks on Tuesday, X and Y said"
	}
	if !tr.noun || tr.at <= se.from || tr.at-se.from > 4 {
		return false
	}
	switch s.toks[se.from].Low {
	case "during", "in", "at", "after", "following", "over":
	default:
		return false
	}
	for k := se.from + 1; k < tr.at; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap || at[k] >= 0 {
			return false
		}
		switch t.Low {
		case "the", "his", "her", "its", "this", "that", "these", "those", "our", "my", "your":
			return false
		}
	}
	return true
}

// secondPredicate reports that only "and" (a comma, an adverb) stands between token from
// and the verb at end: the mention before from ends the first of two coordinated
// predicates ("called on Y, and held talks with Z"), so it is that verb's object.
func (s *scan) secondPredicate(from, end int) bool {
	and := false
	for k := from; k < end; k++ {
		switch w := s.toks[k].Low; {
		case w == "and":
			and = true
		case w == ",", isTimeAdverb(w):
		default:
			return false
		}
	}
	return and
}

// participantBefore reports a mention that may take part in a contact between tokens from
// and to.
func (r *resolver) participantBefore(at []int, from, to int) bool {
	for k := from; k < to; k++ {
		if at[k] >= 0 && r.participantKind(at[k]) {
			return true
		}
	}
	return false
}

// groupBefore reports a plural noun for unnamed people ("leaders", "officials") earlier
// in the sentence of token k, with no person named between it and k: "they" is that group.
func (r *resolver) groupBefore(at []int, k int) bool {
	s := r.s
	for j := k - 1; j >= s.sents[s.toks[k].Sent].from; j-- {
		if at[j] >= 0 && (s.mentions[at[j]].kind == mPerson || s.mentions[at[j]].kind == mPronoun) {
			return false
		}
		if s.gaz.In(lexicon.Group, s.toks[j].Low) {
			return j > 0 && s.toks[j-1].Low != "two" && s.toks[j-1].Low != "both" // not "the two leaders"
		}
	}
	return false
}

// placeOrg reports an organization named after its seat after a preposition of place: "met
// Herzog at the White House on Tuesday, days after speaking with Netanyahu": the White
// House is where the first meeting was, not who spoke.
func (r *resolver) placeOrg(mi, start int) bool {
	s := r.s
	if a := s.mentions[mi].actor; a < 0 || r.actors[a].kind == "person" {
		return false
	}
	k := start - 1
	if k > 0 && s.toks[k].Low == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].Low {
	case "at", "in", "inside", "outside", "near":
		return true
	}
	return false
}

// proposedBetween reports a contact noun followed by "between" and led by a word of
// proposal, or "for", within the four words before it ("called for talks between",
// "proposed a meeting between", "offered to host talks between", "preparing for a meeting
// between"): who proposes names the parties, and
// is not one of them.
func (s *scan) proposedBetween(c clause, tr trigger) bool {
	if tr.to >= c.to || s.toks[tr.to].Low != "between" {
		return false
	}
	for k := tr.at - 1; k >= c.from && k >= tr.at-4; k-- {
		if w := s.toks[k].Low; s.gaz.In(lexicon.Proposal, w) || strings.HasPrefix(w, "host") || w == "for" {
			return true // "for": "pressed for talks between", "was preparing for a meeting between"
		}
		if w := s.toks[k].Low; (w == "of" || w == "on" || w == "about") && k > c.from && s.gaz.In(lexicon.Disclosure, s.toks[k-1].Low) {
			return true // "gave no details of the talks between A and B": who tells of them is no party
		}
	}
	return false
}

// coordinatedBefore returns the persons listed before the person whose mention starts at
// token from, in the same sentence, when the list closes with "and": "A and B", "A, B and C".
func (r *resolver) coordinatedBefore(at []int, from int) []int {
	s := r.s
	k := s.contextStart(from) - 1
	if k < 1 || s.toks[k].Low != "and" {
		return nil
	}
	var out []int
	for k >= 1 && (s.toks[k].Low == "and" || s.toks[k].Text == ",") && s.toks[k].Sent == s.toks[from].Sent {
		mi := at[k-1]
		if mi < 0 || !r.participantKind(mi) || r.actors[s.mentions[mi].actor].kind != "person" || contains(out, s.mentions[mi].actor) {
			break
		}
		out = append(out, s.mentions[mi].actor)
		k = s.contextStart(s.mentions[mi].from) - 1
	}
	return out
}

// theyList returns the persons "they" at token k stands for when it is the subject of a
// contact verb with a named object and follows a list of persons who open the clause
// before it, in its own sentence ("A, B and C travelled to Kyiv, where they met Z") or,
// when it opens its sentence, in the one before ("A and B arrived in Kyiv on Saturday.
// They met Z at his office."): the list, or nil. A list that stands after a verb is its
// objects, not the ones "they" continues.
func (r *resolver) theyList(at []int, k int) []int {
	s := r.s
	si := s.toks[k].Sent
	from := s.sents[si].from
	if k == from || k == from+1 && s.toks[from].Kind != tokens.Word {
		if si == 0 || s.sents[si-1].para < s.sents[si].para-1 {
			return nil
		}
		from = s.sents[si-1].from
		k = s.sents[si-1].to
	}
	j := from
	for j < k && at[j] < 0 {
		j++
	}
	var out []int
	for j < k && at[j] >= 0 {
		m := s.mentions[at[j]]
		if s.inQuote[m.from] || !r.participantKind(at[j]) || r.actors[m.actor].kind != "person" {
			return nil
		}
		out = append(out, m.actor)
		n := m.to
		if n >= k || s.toks[n].Text != "," && s.toks[n].Low != "and" {
			break
		}
		n++
		if n < k && s.toks[n].Low == "and" {
			n++ // ", and"
		}
		for n < k && at[n] < 0 && s.toks[n].Cap { // a title or office before the next name
			n++
		}
		j = n
	}
	if len(distinct(out)) < 2 {
		return nil
	}
	return distinct(out)
}

// beBetween reports a form of "be" among tokens [from, to): "they were joined by X" is
// passive, X joins them.
func (s *scan) beBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if isBeVerb(s.toks[k].Low) {
			return true
		}
	}
	return false
}

// boundedTalks reports a verb in the past that opened or closed a trip or talks (words.tsv
// trip-bound) at token k: "ended two days of talks with Y", "began talks with Y". A plan
// ("agreed that Tokyo and Seoul will start talks") leaves the talks to the words around.
func (s *scan) boundedTalks(k int) bool {
	w := s.toks[k].Low
	return s.gaz.In(lexicon.TripBound, w) && (strings.HasSuffix(w, "ed") || w == "began" || w == "wound")
}

// relativeCoordinated returns the person coordinated before the subject that starts at
// token from across a relative clause: "A, who arrived in Jakarta on Monday, and B held
// talks" (the parse may hang B's verb on the relative clause), or -1.
func (r *resolver) relativeCoordinated(at []int, from int) int {
	s := r.s
	k := s.contextStart(from) - 1
	if k < 3 || s.toks[k].Low != "and" || s.toks[k-1].Text != "," {
		return -1
	}
	for j := k - 2; j >= 2 && j >= k-25 && s.toks[j].Sent == s.toks[from].Sent; j-- {
		if s.toks[j].Low == "and" || s.toks[j].Text == "," && s.toks[j+1].Low != "who" {
			return -1 // another list or clause: not one relative clause between the two
		}
		if s.toks[j].Low == "who" && s.toks[j-1].Text == "," {
			if mi := at[j-2]; mi >= 0 && r.participantKind(mi) && r.actors[s.mentions[mi].actor].kind == "person" {
				return s.mentions[mi].actor
			}
			return -1
		}
	}
	return -1
}

// impersonated reports a name that someone passes themselves off as (words class
// impersonate): "a prankster posing as X", "a man claiming to be X", "impersonating X".
// The impostor called or met, not X.
func (s *scan) impersonated(from int) bool {
	k := s.contextStart(from) - 1 // past the title: "posing as French President X"
	switch {
	case k >= 1 && s.toks[k].Low == "as":
		k--
	case k >= 2 && s.toks[k].Low == "be" && s.toks[k-1].Low == "to":
		k -= 2
	}
	return k >= 0 && s.gaz.In(lexicon.Impersonate, s.toks[k].Low)
}

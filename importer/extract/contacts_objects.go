package extract

import (
	"strconv"
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// objects returns the actors after a trigger: "with Y", "to Y", "from Y", "between X and
// Y", or a direct object of met/called/hosted/told his counterpart, and the actors listed
// with the first ("with Y and Z", "with Y, then with Z").
func (x *Extractor) objects(r *resolver, at []int, c clause, tr trigger, p *parts) []int {
	s := r.s
	var out []int
	intro := tr.direct
	lastEnd := -1
	lastMi := -1 // the mention of the list's last actor
	if tr.noun && tr.to < c.to && s.toks[tr.to].Low == "of" && s.groupWithin(tr.to+1, min(c.to, tr.to+8)) {
		p.unnamed = true // "a video conference of Group of Seven leaders": people named later, if at all
		return nil
	}
	if tr.noun && tr.to < c.to && s.toks[tr.to].Low == "of" && s.bodyOf(at, tr.to+1, c.to) {
		return nil // "chaired a meeting of the Security Council": the body's own session, no party
	}
	// the window reaches 16 tokens past the trigger, and a list begun in it runs on:
	// "met the leaders of the five main parties, including A's B and DUP leader C"
	paren := 0  // tokens of parentheses and dates passed: they do not use up the window
	dated := 0  // tokens of dates passed: a "with" after them is as near the trigger as before them
	title := -1 // the last office word after the list's last name: its holder may come a few words on
	for k := tr.to; k < c.to && (k < tr.to+16+paren || len(out) > 0 && (k < lastEnd+8 || k < title+10)); k++ {
		t := s.toks[k]
		if len(out) > 0 && s.isMatchKind(k, lexicon.PhraseOffice) {
			title = k // "and the Director of the General Intelligence Department, General X"
		}
		if end := s.parenEnd(k, c.to); t.Text == "(" && end > k {
			paren += end - k + 1 // "the president of the Sahrawi Republic (also known as Western Sahara), Brahim Ghali"
			k = end
			continue
		}
		if end := s.datedCommaEnd(k, c.to); end > k && len(out) == 0 {
			paren, dated = paren+end-k, dated+end-k // "a meeting on Sept. 4, 2000, with X": the date's commas end no phrase
			k = end - 1
			continue
		}
		if tr.name == "invited" && (t.Low == "to" || t.Low == "for") {
			break // "invited Putin to visit the White House": the place is no guest
		}
		if t.Low == "for" && len(out) == 0 && k <= tr.to+1 && lexicon.IsMeal(tr.name) {
			intro = true // "hosted a dinner for Scholz and Meloni": the guests
			continue
		}
		if t.Low == "in" && len(out) == 0 && k <= tr.to+1 && lexicon.IsMeal(tr.name) && k+2 < c.to && (s.toks[k+1].Low == "honour" || s.toks[k+1].Low == "honor") && s.toks[k+2].Low == "of" {
			intro, k = true, k+2 // "hosted a banquet in honour of Lula": the guest
			continue
		}
		if tr.name == "signed-by" && k == tr.to {
			intro, p.between = true, true // "signed by X and Y": all of them are the parties
		}
		if t.Low == "by" && k == tr.to && tr.noun && len(out) == 0 && s.passiveLight(p.light) {
			intro = true // "was granted an audience by Pope Francis": the agent is the other party
			continue
		}
		if t.Low == "of" && k == tr.to && tr.noun && len(out) == 0 && s.personWithin(at, k+1, min(c.to, k+5)) {
			intro, p.between = true, true // "the meeting of A and B lasted three hours": both are the parties
			continue
		}
		if t.Low == "with" && len(out) > 0 && s.partOfAfter(at, k, c.to) {
			break // "spoke with Trump, with envoys A and B part of the call": they join it (part-of)
		}
		if isWith(t.Low) {
			if k-dated <= tr.to+4 || intro || len(out) > 0 {
				intro = true
			}
			if t.Low == "from" && len(out) == 0 {
				p.from = -2
			}
			if t.Low == "between" && len(out) == 0 {
				p.between = true
			}
			if t.Low == "involving" && len(out) == 0 {
				p.between = true // "talks involving A, B and C": all of them are the parties
			}
			if t.Low == "between" && k+2 < c.to && s.toks[k+1].Low == "the" && (s.toks[k+2].Low == "two" || s.toks[k+2].Low == "pair") {
				p.pair = true
				return out
			}
			if (t.Low == "to" || t.Low == "with") && len(out) == 0 && s.addresseeAt(k+1, c.to) {
				p.unnamed = true // "spoke to reporters"
				return nil
			}
			continue
		}
		if d := s.delegationOf(at, k, c.to); d > k && intro && len(out) == 0 {
			k = d - 1 // "met a delegation of the SDF": the group is the party
			continue
		}
		if len(out) == 0 {
			switch {
			case t.Text == "," && k+1 < c.to && (s.toks[k+1].Low == "including" || s.toks[k+1].Low == "among" || s.toks[k+1].Low == "along"):
				intro = true // "talks with congressional leaders, including Speaker Kevin McCarthy"
			case t.Text == "," && !r.personAfterComma(at, k+1, c.to):
				return out // "agreed to meet in Paris on Wednesday, the ministry said"
			case t.Text == "," && x.speakerAfterComma(r, at, c, k+1):
				return out // "in discussions with Chinese officials, spokesman Ned Price said"
			case (t.Low == "in" || t.Low == "on" || t.Low == "at" || t.Low == "for" || t.Low == "during" || t.Low == "after" || t.Low == "before") && !s.isMatchKind(k, lexicon.PhraseOffice): // not "the Minister for Foreign Affairs"
				intro = false
			case (t.Low == "counterparts" || t.Low == "officials" || t.Low == "leaders" || t.Low == "ministers" || t.Low == "delegation" || t.Low == "mediators") && intro:
				p.unnamed = true
			case intro && at[k] < 0 && (s.gaz.In(lexicon.Press, t.Low) || s.gaz.In(lexicon.Audience, t.Low)) && s.pressParty(k):
				p.unnamed = true // "took a call from a reporter about Xi": the journalist, not Xi
			}
		}
		if comma := r.officeNamedAfter(at, k, c.to); comma > 0 {
			k = comma - 1 // "the President of the European Commission, Ursula von der Leyen": the name is the party
			continue
		}
		mi := at[k]
		if s.gaz.IsSpeechVerb(t.Low) || t.Low == "about" || t.Low == "over" || t.Low == "that" || t.Low == "to" {
			if len(out) > 0 || !intro || p.unnamed {
				break // "said at a meeting with business leaders that Xi should visit": Xi is talked about
			}
		}
		if mi < 0 {
			continue
		}
		if len(out) == 0 && s.andPredicate(tr.to, min(s.mentions[mi].from, k)) {
			break // "met with Israeli officials Thursday and condemned a strike that damaged the U.N. compound"
		}
		m := s.mentions[mi]
		if !r.participantKind(mi) || !intro || m.to < len(s.toks) && s.toks[m.to].Kind == tokens.Poss || s.orgModifies(at, mi) {
			k = max(k, m.to-1) // "with Mr. Trump's national security adviser, John Bolton"
			continue
		}
		if s.complementOf(m, tr) || s.impersonated(m.from) {
			k = max(k, m.to-1) // "met with the family of Evan Gershkovich": the family, not him; "a man posing as X": not X
			continue
		}
		if r.speaksThrough(mi) {
			m.to++ // "met Taliban officials": the group is the party, its officials speak for it
		} else if isGroupNoun(s, m.to) {
			p.unnamed = true // "met NATO counterparts"
			k = max(k, m.to-1)
			continue
		}
		if len(out) > 0 && s.apposedSubject(m, s.sents[c.sent].to) {
			break // "to meet Kerry, Hua Chunying, a spokeswoman for the ministry, said": Hua is the next clause's subject
		}
		if len(out) > 0 && (!s.listJoin(lastEnd, min(m.from, k)) || x.verbBetween(s, lastEnd, min(m.from, k)) || x.speechFollows(s, s.sents[c.sent], m.to) && !s.betweenPair(tr, lastEnd, min(m.from, k)) || s.verbAfter(m.to) && (!hasWord(s, lastEnd, min(m.from, k), "and") || hasWord(s, lastEnd, min(m.from, k), ",")) || !hasWord(s, lastEnd, min(m.from, k), "and") && r.actors[m.actor].kind != "person" && !s.sharedBodies(lastMi, mi)) {
			break // "with Gerasimov, the Pentagon said", "Before seeing Xi, Blinken held"; "X, who met Y on Monday, and Z flew home": Z is a subject
		}
		if len(out) > 0 && (len(s.findDates(lastEnd, min(m.from, k))) > 0 || hasWord(s, lastEnd, min(m.from, k), "in") || hasWord(s, lastEnd, min(m.from, k), "at")) {
			p.apart = true // "met Lapid on Thursday and Abbas in Bethlehem on Friday", "called on Lee at the Istana and Heng"
		}
		if len(out) == 0 && s.pluralPeopleBefore(max(tr.to, m.from-3), m.from) {
			p.together = true // "sat with US envoys A and B": one group, one meeting
		}
		if len(out) > 0 && s.possessiveBefore(lastEnd, m.from) {
			p.together = true // "met Biden and his deputy Harris": the second goes with the first
		}
		out = append(out, m.actor)
		lastMi = mi
		p.objEnd = append(p.objEnd, m.to)
		if p.from == -2 {
			p.from = m.actor
		}
		lastEnd = m.to
		k = max(k, m.to-1)
	}
	if p.from == -2 {
		p.from = -1
	}
	if len(out) > 0 {
		p.unnamed = false
		if a, end := r.thenWith(at, c, lastEnd); a >= 0 && !contains(out, a) {
			out, p.apart = append(out, a), true // "meeting first with X at his residence and then with Y"
			p.objEnd = append(p.objEnd, end)
		}
	}
	return out
}

// thenWith finds a second "with" object after the list ending at token from: "and then
// with Y", ", later with Y" (a contact of its own, told in order); -1 when none. The
// dozen tokens it reads start after an apposition of the last object ("with X, the
// Israeli president, at his residence in Jerusalem and then with Y"), which tells who
// X is, not where the next contact is.
func (r *resolver) thenWith(at []int, c clause, from int) (actor, end int) {
	s := r.s
	if from < c.to && s.toks[from].Text == "," {
		if e := s.appositionEnd(from, c.to); e > 0 {
			from = e
		}
	}
	for k := from; k+2 < c.to && k < from+12; k++ {
		w := s.toks[k].Low
		if s.gaz.IsSpeechVerb(w) || w == "that" || w == "but" || s.toks[k].Kind == tokens.QuoteMark {
			return -1, 0
		}
		if (w != "then" && w != "later") || s.toks[k+1].Low != "with" {
			continue
		}
		for j := k + 2; j < c.to && j < k+8; j++ {
			if mi := at[j]; mi >= 0 {
				if !r.participantKind(mi) {
					return -1, 0
				}
				return s.mentions[mi].actor, s.mentions[mi].to
			}
		}
		return -1, 0
	}
	return -1, 0
}

// personAfterComma reports a person's mention right after a comma, or after "the" and an
// honorific there ("called on the Prime Minister, the Hon X"): an apposition naming the
// office's holder, not the end of the objects.
func (r *resolver) personAfterComma(at []int, k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		if at[j] >= 0 {
			return r.s.mentions[at[j]].kind == mPerson
		}
		if t := r.s.toks[j]; t.Low != "the" && !(t.Cap && t.Kind == tokens.Word) {
			return false
		}
	}
	return false
}

// objectBeforeAdjunct returns the one person named between the subject (its mention starts
// at token subjAt) and a contact noun in an adjunct ("in a phone call", "during talks"):
// "X conveyed his condolences to Y in a phone call", "X assured Y during their meeting".
// -1 when the noun is no adjunct, when words of speech or a relative clause stand between
// (Y would be another clause's), or when several persons are named there.
func (r *resolver) objectBeforeAdjunct(at []int, c clause, tr trigger, subjAt int) int {
	s := r.s
	if subjAt < c.from || subjAt >= tr.at || at[subjAt] < 0 {
		return -1
	}
	prep := -1
	for k := tr.at - 1; k >= c.from && k >= tr.at-8; k-- {
		switch w := s.toks[k].Low; {
		case w == "in" || w == "during" || w == "over" || w == "at":
			prep = k
		case w == "a" || w == "an" || w == "the" || w == "their" || w == "his" || w == "her" || w == "phone" || w == "telephone" || w == "video" || w == "brief" || w == "recent":
			continue
		case s.durationWord(k):
			continue // "during a two-hour video call", "in a 90-minute meeting", "in a lengthy call"
		}
		break
	}
	if prep < 0 {
		return -1
	}
	found := -1
	for k := s.mentions[at[subjAt]].to; k < prep; k++ {
		t := s.toks[k]
		if s.gaz.IsSpeechVerb(t.Low) && !r.tellsPerson(at, k) || t.Low == "that" || t.Low == "who" || t.Low == "which" || t.Low == "and" || t.Low == "whom" || t.Kind == tokens.QuoteMark {
			return -1
		}
		mi := at[k]
		if mi < 0 {
			continue
		}
		m := s.mentions[mi]
		if m.kind != mPerson || m.actor < 0 || m.to < len(s.toks) && s.toks[m.to].Kind == tokens.Poss || s.impersonated(m.from) {
			k = max(k, m.to-1) // not "duped by pranksters posing as X in a video call"
			continue
		}
		if found >= 0 && found != m.actor {
			return -1
		}
		found = m.actor
		k = max(k, m.to-1)
	}
	return found
}

// durationWord reports a word of a contact noun's length at token k: a number, the
// hyphen and unit of "two-hour" or "90-minute", "long", "lengthy" (words classes
// duration, span and count).
func (s *scan) durationWord(k int) bool {
	t := s.toks[k]
	if t.Low == "-" || s.gaz.In(lexicon.Duration, t.Low) || s.gaz.In(lexicon.Span, t.Low) || s.gaz.In(lexicon.Count, t.Low) {
		return true
	}
	if i := strings.LastIndex(t.Low, "-"); i > 0 {
		unit := t.Low[i+1:]
		return s.gaz.In(lexicon.Span, unit) || s.gaz.In(lexicon.Duration, unit) // "two-hour", "90-minute", "hour-long"
	}
	_, err := strconv.Atoi(t.Text)
	return err == nil
}

// officeNamedAfter returns the comma after an office, at token k, whose holder the next
// words name: "the President of France, Emmanuel Macron", "the President of the European
// Commission, Ursula von der Leyen": the named person is the party, not whoever the office
// would refer to, nor the organization in the title; -1 when none.
func (r *resolver) officeNamedAfter(at []int, k, end int) int {
	s := r.s
	if !s.isMatchKind(k, lexicon.PhraseOffice) || at[k] >= 0 && s.mentions[at[k]].kind != mRole || k > 0 && s.isMatchKind(k-1, lexicon.PhraseOffice) {
		return -1
	}
	for j := k + 1; j < end && j < k+10; j++ {
		t := s.toks[j]
		if at[j] >= 0 && s.mentions[at[j]].kind == mPerson {
			return -1 // "Prime Minister Narendra Modi, ...": the office's holder is already named
		}
		switch {
		case t.Text == ",":
			if r.personAfterComma(at, j+1, end) {
				return j
			}
			return -1
		case t.Low == "of" || t.Low == "the" || t.Low == "for" || t.Low == "and" || t.Cap && t.Kind == tokens.Word:
		default:
			return -1
		}
	}
	return -1
}

// partOfAfter reports an absolute "with" phrase at token k whose names are "part of" a
// contact: "with US envoys Witkoff and Kushner part of the call".
func (s *scan) partOfAfter(at []int, k, end int) bool {
	for j := k + 1; j+1 < end && j <= k+16; j++ {
		if s.toks[j].Low == "part" && s.toks[j+1].Low == "of" {
			return s.withPersonsBefore(at, j)
		}
		if s.toks[j].Low == "in" && s.toks[j+1].Low == "attendance" {
			return s.withPersonsBefore(at, j) // "with Sullivan and Blinken in attendance"
		}
		if s.toks[j].Low == "present" {
			return s.withPersonsBefore(at, j) // "with the crown prince also present"
		}
	}
	return false
}

// bodyOf reports an organization named right after "of" (past "the" and capitalized
// words): "a meeting of the Security Council", "a session of the National Assembly".
func (s *scan) bodyOf(at []int, k, end int) bool {
	for stop := k + 4; k < end && k < stop; k++ {
		if mi := at[k]; mi >= 0 {
			return s.mentions[mi].kind == mOrg
		}
		if t := s.toks[k]; t.Low != "the" && !(t.Kind == tokens.Word && t.Cap) {
			return false
		}
	}
	return false
}

// speakerAfterComma reports a person named right after a comma who speaks there: "...
// with Chinese officials, spokesman Ned Price said": an attribution, not an apposition
// naming the officials.
func (x *Extractor) speakerAfterComma(r *resolver, at []int, c clause, k int) bool {
	s := r.s
	for j := k; j < c.to && j < k+4; j++ {
		if mi := at[j]; mi >= 0 {
			return x.speechFollows(s, s.sents[c.sent], s.mentions[mi].to)
		}
	}
	return false
}

// complementOf reports a mention right after "of" (and "the") that completes a common noun
// other than the contact word ("the family of X", "representatives of X", "the widow of
// X"): the people of that noun meet, not X. An office before "of" ("the President of
// the European Commission") is no common noun, but an office of a person is the
// person's man, not the person ("met Tarasov, the envoy of President X": X is not there).
func (s *scan) complementOf(m mention, tr trigger) bool {
	k := m.from - 1
	for m.kind == mPerson && k > tr.to && s.toks[k].Kind == tokens.Word && s.isMatchKind(k, lexicon.PhraseOffice) && (s.toks[k].Cap || s.matchAt[k] == s.matchAt[k+1]) {
		k-- // "the widow of President X", "aides of Secretary of State X": past the person's title
	}
	if k > 0 && s.toks[k].Low == "the" {
		k--
	}
	if k >= 1 && s.toks[k].Low == "from" && k-1 >= tr.to && s.gaz.In(lexicon.FirmStaff, s.toks[k-1].Low) {
		return true // "met with executives from X": a business's unnamed people
	}
	if k < 1 || s.toks[k].Low != "of" || k-1 < tr.to {
		return false
	}
	t := s.toks[k-1]
	if s.gaz.In(lexicon.Delegates, t.Low) && m.kind == mOrg && m.org.Kind == "group" {
		return false // "met a delegation of the SDF": the group speaks through it
	}
	return t.Kind == tokens.Word && !t.Cap && (!s.isMatchKind(k-1, lexicon.PhraseOffice) || m.kind == mPerson)
}

// tellsPerson reports a communication verb at token k (the tell class: urged, pressed,
// assured, told, by the parser's verb lemma) with a person right after it: its object is
// the other party of the call or meeting named later in the clause ("urged Nauseda to
// accept the deal during a phone call"). Other speech verbs are reports ("said Duda during
// a call": Duda speaks).
func (r *resolver) tellsPerson(at []int, k int) bool {
	s := r.s
	m, err := r.x.model()
	if err != nil || !s.gaz.In(lexicon.Tell, m.VerbLemma(s.toks[k].Low)) {
		return false
	}
	for n := k + 1; n < len(at) && n <= k+3; n++ {
		if at[n] >= 0 {
			return s.mentions[at[n]].kind == mPerson || s.mentions[at[n]].kind == mRole
		}
		if !s.toks[n].Cap {
			return false
		}
	}
	return false
}

// pressParty reports the journalist's word at token k as a contact noun's party: right
// after "with" or "from", a determiner or an outlet's name ("a call from a reporter",
// "spoke with CNN anchor X"); not "to release the journalist".
func (s *scan) pressParty(k int) bool {
	j := k - 1
	for j > 0 && (s.toks[j].Cap || s.toks[j].Low == "a" || s.toks[j].Low == "an" || s.toks[j].Low == "the") && j >= k-3 {
		j--
	}
	return j >= 0 && (s.toks[j].Low == "with" || s.toks[j].Low == "from")
}

// sharedBodies reports two mentions of country words that share one body noun, as
// "Afghan" and "Iranian" in "the Afghan, Iranian and US militaries": the comma between
// them joins two bodies of one list (mentions_refs.go sharedBody).
func (s *scan) sharedBodies(a, b int) bool {
	return a >= 0 && b >= 0 && s.mentions[a].rule == "actor.shared-body" && s.mentions[b].rule == "actor.shared-body"
}

// passiveLight reports a light verb of a contact noun told in the passive ("was granted an
// audience by X", "were given talks by X"): the agent after the noun is its other party.
func (s *scan) passiveLight(light int) bool {
	return light > 0 && s.gaz.In(lexicon.Light, s.toks[light].Low) && isPassiveAux(s.toks[light-1].Low)
}

// betweenPair reports the second of two parties listed right after "between" with "and" and
// no comma before it, "officials at the meeting between A and B said": a speech verb after
// B has the noun phrase's head as its subject, not B.
func (s *scan) betweenPair(tr trigger, lastEnd, from int) bool {
	return tr.to < len(s.toks) && s.toks[tr.to].Low == "between" && hasWord(s, lastEnd, from, "and") && !hasWord(s, lastEnd, from, ",")
}

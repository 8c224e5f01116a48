package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"slices"
	"strings"
)

// byRole finds the actor holding a role: the most recent earlier holder ("the president"
// with no country: the one named most often before, salientHolder), else the first later
// one.
func (r *resolver) byRole(m *mention) int {
	if a := r.byRoleWhere(m, false); a >= 0 {
		return a
	}
	if a := r.byRoleWhere(m, true); a >= 0 && r.lastBefore(a, m.from) >= 0 {
		return a // "Secretary of State X ... The top American diplomat met Foreign Minister Y": X named before, not Y whose country is untold
	}
	if a := r.byRoleNoCountry(m); a >= 0 {
		return a // "President Ilona Varga ... the Hungarian president said": her country untold
	}
	// "the top American diplomat" is the Secretary of State: with no holder of the very
	// office, a holder of the counterpart office (same family) of the country named
	if a := r.byRoleWhere(m, true); a >= 0 {
		return a
	}
	if a := r.untoldNamedBefore(m); a >= 0 || !r.x.gaz.IsGenericRole(m.role) || m.country == "" {
		return a
	}
	// "his Omani counterpart, Badr Albusaidi ... The Omani minister": the one person of
	// that country whose office the text did not name
	found := -1
	for ai, a := range r.actors {
		if a.kind == "person" && a.role == "" && a.country == m.country && r.lastBefore(ai, m.from) >= 0 {
			if found >= 0 {
				return -1
			}
			found = ai
		}
	}
	return found
}

// byRoleNoCountry returns, for a role reference that names a country ("the Hungarian
// president"), the one holder of that very role named before whose country the text and
// the lexicon do not tell, and gives it the reference's country; with none named before,
// the one such holder named after ("Turkey's foreign minister said on Monday ... Foreign
// Minister X told reporters", as wire copy opens); -1 when none or several.
func (r *resolver) byRoleNoCountry(m *mention) int {
	if m.country == "" {
		return -1
	}
	found, later := -1, -1
	for ai, a := range r.actors {
		if a.kind != "person" || a.role != m.role || a.country != "" {
			continue
		}
		if r.lastBefore(ai, m.from) < 0 {
			if later != -1 {
				later = -2
			} else {
				later = ai
			}
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ai
	}
	if found < 0 && later >= 0 && !r.heldElsewhere(m) {
		found = later
	}
	if found >= 0 {
		r.actors[found].country = m.country
	}
	return found
}

// heldElsewhere reports a holder of m's role with a country of its own, other than m's:
// "the Turkish foreign minister" in a story that names Foreign Minister X of Greece later
// is no evidence for a Foreign Minister Y whose country is untold.
func (r *resolver) heldElsewhere(m *mention) bool {
	for _, a := range r.actors {
		if a.kind == "person" && a.role == m.role && a.country != "" {
			return true
		}
	}
	return false
}

// byRoleWhere returns the holder of m's role (or, with counterpart, of an office of the
// same family in the country m names) mentioned last before m, else the first after it.
func (r *resolver) byRoleWhere(m *mention, counterpart bool) int {
	family := r.x.gaz.OfficeFamily(m.role)
	generic := r.x.gaz.IsGenericRole(m.role) // "the minister": the last minister of any portfolio
	best, bestPos := -1, -1
	later := -1
	var holders []int
	for ai, a := range r.actors {
		leader := m.role == "Leader" && m.country != "" && r.x.gaz.IsLeaderRole(a.role) // "Ukraine's leader"
		ok := a.role == m.role || a.alt == m.role || leader || generic && (r.x.gaz.HoldsGeneric(a.role, m.role) || r.x.gaz.HoldsGeneric(a.alt, m.role))
		if counterpart {
			ok = m.country != "" && a.role != "" && family != "" && family != "leader" && r.x.gaz.OfficeFamily(a.role) == family
		}
		if a.kind != "person" || !ok || (m.country != "" && a.country != m.country) || r.formerRef(m) && !r.calledFormer(ai) || !r.rankHeld(m, a) {
			continue
		}
		if pos := r.lastBefore(ai, m.from); pos > bestPos {
			best, bestPos = ai, pos
		} else if pos < 0 && later < 0 {
			later = ai
		}
		holders = append(holders, ai)
	}
	if a := r.printedHolder(m, holders); a >= 0 && !counterpart {
		return a // "External Affairs Minister X ... Foreign Minister Y ... EAM called on Z": X
	}
	if a := r.visitingHolder(m, holders); a >= 0 && !counterpart {
		return a // "Y received his counterpart X ... the visiting minister said": X
	}
	if best >= 0 && !counterpart && m.country == "" && r.x.gaz.IsSubjectRole(m.role) {
		return r.salientHolder(holders, best, m.from)
	}
	if best >= 0 {
		return best
	}
	return later
}

// rankHeld reports whether actor a holds the rank a role reference gives its office:
// "the deputy minister" stands for a deputy minister named before, never for the
// minister; a reference with no rank before its office fits any holder.
func (r *resolver) rankHeld(m *mention, a actor) bool {
	for k := m.from - 1; k >= 0 && k >= m.from-3 && r.s.toks[k].Sent == m.sent; k-- {
		if w := r.s.toks[k].Low; r.x.gaz.In(lexicon.OfficeRank, w) {
			return roleHasWord(a.role, w) || roleHasWord(a.alt, w)
		}
	}
	return true
}

// roleHasWord reports word w among the words of role, in any case.
func roleHasWord(role, w string) bool {
	for _, f := range strings.Fields(role) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// formerRef reports a role reference with "former" before its office: "the former
// president".
func (r *resolver) formerRef(m *mention) bool {
	for k := m.from - 1; k >= 0 && k >= m.from-3 && r.s.toks[k].Sent == m.sent; k-- {
		if r.s.toks[k].Low == "former" {
			return true
		}
	}
	return false
}

// calledFormer reports a person the text names with "former" before the name: "Former
// Nigerian President Olusegun Obasanjo" is who "the former president" stands for, not the
// sitting president named beside him.
func (r *resolver) calledFormer(ai int) bool {
	s := r.s
	for _, mi := range r.actors[ai].mentions {
		m := s.mentions[mi]
		if m.kind != mPerson {
			continue
		}
		for k := max(s.contextStart(m.from)-2, s.sents[m.sent].from); k < m.from; k++ {
			if s.toks[k].Low == "former" {
				return true
			}
		}
	}
	return false
}

// namedWith reports a person the text names with one of titles right before the name
// ("Gen. Michael Kurilla", "Lt. Gen. X").
func (r *resolver) namedWith(ai int, titles []string) bool {
	s := r.s
	for _, mi := range r.actors[ai].mentions {
		m := s.mentions[mi]
		if m.kind != mPerson {
			continue
		}
		for k := s.contextStart(m.from); k < m.from; k++ {
			for _, t := range titles {
				if s.toks[k].Low == t {
					return true
				}
			}
		}
	}
	return false
}

// salientHolder returns, of the holders of an office, the one the article has named most
// often before token pos: "the president" with no country is the article's own president
// ("President Obama ... Mr. Obama ... President Xi Jinping of China ... The president's
// refusal" is Obama), not a foreign one named in between. Ties go to last, the most recent.
func (r *resolver) salientHolder(holders []int, last, pos int) int {
	count := func(a int) int {
		n := 0
		for _, mi := range r.actors[a].mentions {
			if r.s.mentions[mi].from < pos {
				n++
			}
		}
		return n
	}
	best, bestN := last, count(last)
	for _, a := range holders {
		if n := count(a); n > bestN {
			best, bestN = a, n
		}
	}
	return best
}

// speaks reports whether a mention stands next to a speech verb: "Butler said",
// "Blinken also told", ", said Colonel Dave Butler".
func (x *Extractor) speaks(s *scan, m *mention) bool {
	se := s.sents[m.sent]
	from := m.to
	if from < se.to && s.toks[from].Text == "," && s.subjectApposition(se.from, m.from) {
		from++ // the name closes an apposition: "Macron's spokesman, Benjamin Griveaux, told"
	} else if from < se.to && s.toks[from].Text == "," { // "X, the Saudi minister of state, told"
		for k := from + 1; k < se.to && k < from+14; k++ {
			if s.toks[k].Text == "," {
				from = k + 1
				break
			}
		}
	}
	for k := from; k < se.to && k < from+3; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word {
			break
		}
		if s.gaz.IsSpeechVerb(t.Low) && !s.aspectual(k) {
			return true
		}
		if !t.Cap && !strings.HasSuffix(t.Low, "ly") && !isSpeechAdverb(t.Low) {
			break // "the Polaroid camera revealed": the camera is the subject
		}
	}
	k := m.from - 1
	for k >= se.from && x.gaz.IsTitleWord(s.toks[k].Low) {
		k--
	}
	if mt, ok := s.matchOf(k); ok && mt.Kind == lexicon.PhraseOffice {
		k = mt.From - 1
	}
	// `," said Colonel Dave Butler`: the inverted verb follows a quotation or a comma
	return k > se.from && s.gaz.IsSpeechVerb(s.toks[k].Low) && (s.toks[k-1].Kind == tokens.QuoteMark || s.toks[k-1].Text == ",")
}

// pronounSubject is the subject of the pronoun's sentence so far, or of the nearest
// earlier sentence within two paragraphs that has one; -1 when none. An earlier sentence
// that names one person and has no person for subject speaks of that person, and a
// pronoun after it does too: "China is getting V.I.P. treatment from Mr. Obama. He and
// Mr. Xi are expected to discuss ..." is Obama, not the spokesman quoted before.
// "She" that would go to a person of unknown gender goes to a woman the text or the
// lexicon tells, within the same reach, when there is one: women named are fewer. The
// persons in skip (those the pronoun's own sentence names inside quotation marks) are
// never the pronoun: `He said, "Berg never lied to me."` is not Berg.
func (r *resolver) pronounSubject(subject map[int]int, named map[int][]int, si int, p string, skip []int) int {
	a := r.pronounSubjectOf(subject, named, si, p, false, skip)
	if a < 0 || r.actors[a].gender != "" || strings.ToLower(p) != "she" {
		return a
	}
	if b := r.pronounSubjectOf(subject, named, si, p, true, skip); b >= 0 && !r.spokeLast(subject, si, a) {
		return b // "Mokoena said her country ... Dlamini left. "...," she said": the woman, not a man of unknown gender
	}
	return a
}

// maxLookBackSentences bounds the sentences a pronoun's search for its person reads back,
// besides the paragraphs it may cross: a page that lost its paragraph breaks, or whose
// over-long sentences were cut (maxSentenceTokens), is one paragraph of thousands of
// sentences, and every pronoun read back over all of them. Three or four paragraphs of
// the tune set, the seeds and the devset hold at most 29 sentences; 64 leaves every real
// search as it was.
const maxLookBackSentences = 64

// spokeLast reports a person of unknown gender who is the subject of the nearest sentence
// up to si that has one, and speaks there: "Kang said Lee had invited Takaichi. "...," she
// said" is the spokesperson Kang who goes on, not the woman she spoke of; so does Kang
// who "welcomed the plan and said" (saysToo), and Kang whom a pronoun that speaks stands
// for ("she told reporters": subjectPronounSpeaks), and one who speaks in a sentence with
// no subject (", the U.N.'s X said Thursday").
func (r *resolver) spokeLast(subject map[int]int, si, a int) bool {
	s := r.s
	for k := si; k >= 0 && si-k <= maxLookBackSentences && s.sents[si].para-s.sents[k].para <= 2; k-- {
		b, ok := subject[k]
		if !ok {
			if r.speaksIn(a, k) || r.facesPress(a, k, true) || r.askedIn(k) == a {
				return true // "..., the U.N.'s X said Thursday": no subject, and X spoke
			}
			continue
		}
		if b != a {
			return r.asks(k, b) && r.namedIn(a, k) // "Kang asked Lee about it. "...," she said": Lee answers
		}
		return r.speaksIn(a, k) || s.subjectPronounSpeaks(k) || r.facesPress(a, k, false) || r.judgesIn(a, k)
	}
	return false
}

// facesPress reports sentence k that names actor a outside quotation marks and tells of
// facing the press (words class press-scene): "X spoke to reporters", "X took questions",
// "Speaking to reporters, X was upbeat", "X gave an interview", "Reporters asked X about
// the talks". The person faced the press to speak: "she said" after it goes on with them.
// alone: the sentence names no other person either (a has no subject's place in it to
// tell them apart: "At a briefing, X told Y's aides" may be either's; the one asked is
// askedIn's).
func (r *resolver) facesPress(a, k int, alone bool) bool {
	s := r.s
	se := s.sents[k]
	named, press := r.namedIn(a, k), false
	for t := se.from; t < se.to && named; t++ {
		if s.inQuote[t] {
			continue
		}
		press = press || s.gaz.In(lexicon.PressScene, s.toks[t].Low)
	}
	if !press || !alone {
		return press
	}
	for _, m := range s.mentions {
		if m.sent == k && m.kind == mPerson && m.actor >= 0 && m.actor != a && !s.inQuote[m.from] {
			return false // "X told reporters Y had called": either
		}
	}
	return true
}

// speaksIn reports a mention of actor a outside quotation marks in sentence k that speaks
// there (speaks, saysToo).
func (r *resolver) speaksIn(a, k int) bool {
	s := r.s
	for _, mi := range r.actors[a].mentions {
		if m := &s.mentions[mi]; m.sent == k && !s.inQuote[m.from] && (r.x.speaks(s, m) || s.saysToo(*m)) {
			return true
		}
	}
	return false
}

// saysToo reports a name whose own verb is followed by a speech verb joined with "and",
// no other name, quotation or clause between: "Kang welcomed the plan and said".
func (s *scan) saysToo(m mention) bool {
	se := s.sents[m.sent]
	for k := m.to; k+1 < se.to && k < m.to+12; k++ {
		t := s.toks[k]
		if s.inQuote[k] || t.Kind == tokens.QuoteMark || t.Cap || t.Text == "," && s.toks[k+1].Low != "and" || t.Low == "that" || t.Low == "who" || t.Low == "which" || isSubordinator(t.Low) {
			return false
		}
		if t.Low == "and" && s.gaz.IsSpeechVerb(s.toks[k+1].Low) && !s.aspectual(k+1) {
			return true
		}
	}
	return false
}

// subjectPronounSpeaks reports sentence si whose first "he" or "she" outside quotation marks is
// the subject of a speech verb right after it: "she told Reuters".
func (s *scan) subjectPronounSpeaks(si int) bool {
	se := s.sents[si]
	for k := se.from; k+1 < se.to; k++ {
		if s.inQuote[k] || s.toks[k].Low != "he" && s.toks[k].Low != "she" {
			continue
		}
		return s.gaz.IsSpeechVerb(s.toks[k+1].Low) && !s.aspectual(k+1)
	}
	return false
}

// pronounSubjectOf is pronounSubject, with known true: only persons whose gender the
// text or the lexicon tells. Persons in skip are never the pronoun.
func (r *resolver) pronounSubjectOf(subject map[int]int, named map[int][]int, si int, p string, known bool, skip []int) int {
	s := r.s
	para := s.sents[si].para
	fits := func(a int) bool {
		return r.fits(a, p) && !contains(skip, a) && (!known || a >= 0 && r.actors[a].gender != "")
	}
	for k := si; k >= 0 && si-k <= maxLookBackSentences && para-s.sents[k].para <= 2; k-- {
		if a, ok := subject[k]; ok {
			if fits(a) && r.asks(k, a) {
				for _, b := range named[k] {
					if b != a && fits(b) {
						return b // "Tapper asked Zelensky whether ... "...," he replied": the one asked
					}
				}
			}
			if fits(a) {
				return a
			}
			for _, b := range named[k] {
				if fits(b) {
					return b // "Widodo welcomed Wong. "...," she said": the one whose gender agrees
				}
			}
			continue
		}
		if k < si && len(named[k]) == 1 && fits(named[k][0]) && !s.possessiveOpens(k, p) {
			return named[k][0]
		}
		if b := r.askedIn(k); k < si && b >= 0 && fits(b) {
			return b // "Reporters asked X about Y's remarks. "...," she said": X, the one asked
		}
	}
	return -1
}

// judgesIn reports a mention of actor a outside quotation marks in sentence k right before
// a judging or stance verb (an adverb between), in a sentence that names no other person:
// "X defended the plan", "X disagreed", "X sharply criticized the delay": a view told,
// which "she said" after it goes on with. "X thanked Y", "X called Y" may be followed by
// either's words.
func (r *resolver) judgesIn(a, k int) bool {
	s := r.s
	for _, m := range s.mentions {
		if m.sent == k && m.kind == mPerson && m.actor >= 0 && m.actor != a && !s.inQuote[m.from] {
			return false
		}
	}
	for _, mi := range r.actors[a].mentions {
		m := s.mentions[mi]
		if m.sent != k || s.inQuote[m.from] {
			continue
		}
		v := m.to
		if v < s.sents[k].to && strings.HasSuffix(s.toks[v].Low, "ly") {
			v++ // "X sharply criticized"
		}
		if v < s.sents[k].to && (s.gaz.IsJudgingVerb(s.toks[v].Low) || s.gaz.In(lexicon.Stance, s.toks[v].Low)) {
			return true
		}
	}
	return false
}

// namedIn reports a mention of actor a outside quotation marks in sentence k.
func (r *resolver) namedIn(a, k int) bool {
	for _, mi := range r.actors[a].mentions {
		if m := r.s.mentions[mi]; m.sent == k && !r.s.inQuote[m.from] {
			return true
		}
	}
	return false
}

// askedIn returns the actor of the person a questioning verb asks in sentence k with no
// person before the verb, "Reporters asked X about Y's remarks": the one asked speaks next,
// as after "Tapper asked X" (asks). -1 when there is none.
func (r *resolver) askedIn(k int) int {
	s := r.s
	se := s.sents[k]
	for _, m := range s.mentions {
		if m.sent != k || m.kind != mPerson || m.actor < 0 || s.inQuote[m.from] {
			continue
		}
		if m.from > se.from && s.gaz.In(lexicon.Questioning, s.toks[m.from-1].Low) {
			return m.actor
		}
		return -1 // a person before the verb asks: asks
	}
	return -1
}

// asks reports actor a named in sentence si right before "asked", "pressed",
// "questioned" or "interviewed": the one who puts the questions, whose "he replied" after
// is the one asked.
func (r *resolver) asks(si, a int) bool {
	s := r.s
	if se := s.sents[si]; len(r.actors[a].mentions) > se.to-se.from && !slices.ContainsFunc(s.toks[se.from:se.to], func(t tokens.Token) bool { return s.gaz.In(lexicon.Questioning, t.Low) }) {
		return false // no word of asking: cheaper to see than every mention of a person named throughout
	}
	for _, mi := range r.actors[a].mentions {
		m := s.mentions[mi]
		if m.sent != si || m.to >= s.sents[si].to {
			continue
		}
		if s.gaz.In(lexicon.Questioning, s.toks[m.to].Low) {
			return true
		}
	}
	return false
}

// orgByHead finds the organization most recently named before token pos whose name
// holds head ("group", "military" and "international": whose kind is that; "the agency"
// with no body so named: agencyOrgs). Calls come in text order (orgRefIndex).
func (r *resolver) orgByHead(head string, pos int, refs orgRefIndex) int {
	best := refs.of(r, head).before(pos)
	if best < 0 && head == "Agency" {
		return refs.agencies(r).before(pos) // "The World Food Programme said ... the agency said": a UN agency
	}
	return best
}

// orgsOfHead returns the organizations head can refer back to, in actor order: those whose
// name holds it, that the article printed with it (printedWith), of that kind ("group",
// "military", "international") or, for "firm", named as a business.
func (r *resolver) orgsOfHead(head string) []int {
	var out []int
	for ai, a := range r.actors {
		if a.kind != "organization" || !strings.Contains(a.name, head) && !r.printedWith(ai, head) && !((head == "group" || head == "military" || head == "international") && a.orgKind == head) && !(head == "firm" && r.firm(ai)) {
			continue
		}
		out = append(out, ai)
	}
	return out
}

// agencyOrgs returns the international bodies and news agencies, in actor order, that
// "the agency" stands for (the one named last before it) when no body's name holds the
// word: UN agencies ("the World Food Programme") and wire services ("Xinhua") go by it.
func (r *resolver) agencyOrgs() []int {
	var out []int
	for ai, a := range r.actors {
		if a.kind == "organization" && (a.orgKind == "international" || a.orgKind == "media") {
			out = append(out, ai)
		}
	}
	return out
}

// firm reports an organization the article named as a business ("the law firm Mossack
// Fonseca"), whom "the firm said" refers back to.
func (r *resolver) firm(ai int) bool {
	for _, mi := range r.actors[ai].mentions {
		if r.s.mentions[mi].rule == "actor.firm-name" {
			return true
		}
	}
	return false
}

// printedWith reports an organization that the article names, in one of its mentions
// before, by words holding head: "the International Atomic Energy Agency" is the IAEA
// that "the agency" refers back to.
func (r *resolver) printedWith(ai int, head string) bool {
	s := r.s
	for _, mi := range r.actors[ai].mentions {
		if m := s.mentions[mi]; m.kind == mOrg && m.to > m.from && strings.Contains(s.text(m.from, m.to), head) {
			return true
		}
	}
	return false
}

// statementSigner returns who a statement says it comes from right after its name: "the
// letter, signed by X", "the statement issued by X", "the readout from X"; -1 when its
// name is not followed so.
func (r *resolver) statementSigner(m *mention) int {
	s := r.s
	se := s.sents[m.sent]
	k := m.to
	if k < se.to && s.toks[k].Text == "," {
		k++
	}
	if k < se.to && (s.toks[k].Low == "signed" || s.toks[k].Low == "issued" || s.toks[k].Low == "released" || s.toks[k].Low == "sent") {
		k++
	}
	if k >= se.to || s.toks[k].Low != "by" && s.toks[k].Low != "from" {
		return -1
	}
	for j := k + 1; j < se.to && j < k+6; j++ {
		if s.toks[j].Kind == tokens.QuoteMark || s.toks[j].Text == "," && s.mentionAt(j-1) < 0 {
			break
		}
		if mi := s.mentionAt(j); mi >= 0 {
			if o := s.mentions[mi]; o.kind == mOrg {
				// "signed by NASA Administrator Mike Griffin": the body names the
				// signer's office; the person after it signed
				for q := o.to; q < se.to && q < o.to+4 && s.toks[q].Text != "," && s.toks[q].Low != "and"; q++ {
					if pi := s.mentionAt(q); pi >= 0 && s.mentions[pi].kind == mPerson && s.mentions[pi].actor >= 0 {
						return s.mentions[pi].actor
					}
				}
			}
			return s.mentions[mi].actor
		}
	}
	return -1
}

// statementMaker finds who issued the statement that "the statement said" refers to: in
// the nearest earlier sentence (within three) that speaks of a statement or readout, the
// actor after "statement from/by/issued by", else the one who "said in a statement", else
// the subject before the word ("The White House issued a readout").
func (r *resolver) statementMaker(m *mention) int {
	s := r.s
	if a := r.orgSpokeBefore(m.sent, 1); a >= 0 {
		return a // `"...," the Kremlin's press service said. "...," the statement said.`
	}
	for si := m.sent - 1; si >= 0 && si >= m.sent-3; si-- {
		se := s.sents[si]
		for k := se.from; k < se.to; k++ {
			w := s.toks[k].Low
			if w != "statement" && w != "readout" && w != "communique" || s.inQuote[k] {
				continue
			}
			for j := k + 1; j < se.to && j < k+6; j++ {
				if mi := s.mentionAt(j); mi >= 0 && (s.toks[k+1].Low == "from" || s.toks[k+1].Low == "by" || s.toks[k+1].Low == "issued") {
					return s.mentions[mi].actor
				}
			}
			for _, i := range s.order() {
				if o := s.mentions[i]; o.sent == si && o.actor >= 0 && !s.inQuote[o.from] && r.x.speaks(s, &o) {
					return o.actor
				}
			}
			if j := r.x.subjectBefore(s, s.mentionIndex(), se.from, k); j >= 0 && s.mentions[s.mentionAt(j)].actor >= 0 {
				return s.mentions[s.mentionAt(j)].actor // "The White House issued a readout"
			}
		}
	}
	return r.orgSpokeBefore(m.sent, 2)
}

// orgSpokeBefore is the organization that spoke in one of the back sentences before
// sentence si ("the Kremlin's press service said", "the ministry issued a statement"),
// the nearest first: "the statement
// said" goes on with the body that spoke in the sentence before, else with the statement
// named before, else with the last body that spoke. A news medium counts only as the
// subject of a speech verb ("KCNA said the talks were a success. "...," it said"), never
// as the one told or cited. -1 if none.
func (r *resolver) orgSpokeBefore(si, back int) int {
	s := r.s
	for k := si - 1; k >= 0 && k >= si-back; k-- {
		best, bestFrom := -1, -1
		for _, oi := range s.sentenceMentions(k) {
			o := s.mentions[oi]
			if o.sent == k && o.kind == mOrg && o.actor >= 0 && !s.inQuote[o.from] && o.from >= bestFrom && s.invertedAttribution(o.from) {
				best, bestFrom = o.actor, o.from // `"...", said KCNA. "...", it added`: a news agency quoted too
				continue
			}
			if o.sent != k || o.kind != mOrg || o.actor < 0 || o.org.Kind == "media" && !s.speechAfter(s.sents[k], o.to) || s.inQuote[o.from] || o.from < bestFrom {
				continue
			}
			if s.personsBody(s.sents[k], o) {
				continue // "Peter Cook, a spokesman for the Defense Department, said": the person spoke
			}
			if s.issuesStatement(s.sents[k], o.to) {
				best, bestFrom = o.actor, o.from // "The embassy in Baghdad issued a statement"
				continue
			}
			for j := o.to; j < s.sents[k].to && j < o.to+4; j++ {
				if mi := s.mentionAt(j); mi >= 0 && s.mentions[mi].kind == mPerson {
					break // "Defense Department spokesman Peter Cook said": the person spoke
				}
				if s.gaz.IsSpeechVerb(s.toks[j].Low) || j > o.to && s.gaz.In(lexicon.Statement, s.toks[j].Low) {
					best, bestFrom = o.actor, o.from // "The ministry issued a statement"
					break
				}
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// personsBody reports an organization named in an apposition after a person, "Peter
// Cook, a spokesman for the Defense Department, said", "X, an official at the embassy,
// told": the words after it are the person's, as they are after "Defense Department
// spokesman Peter Cook". The apposition holds no word but articles, "for", "of", "at",
// "to", offices and organizations between the comma after the name and the organization.
func (s *scan) personsBody(se sentence, o mention) bool {
	for k := o.from - 1; k > se.from && k >= o.from-8; k-- {
		t := s.toks[k]
		if t.Text == "," {
			mi := s.mentionAt(k - 1)
			return mi >= 0 && s.mentions[mi].kind == mPerson && s.mentions[mi].to == k
		}
		if _, ok := s.matchOf(k); ok || t.Kind == tokens.Word && t.Cap {
			continue
		}
		if t.Low == "the" || t.Low == "a" || t.Low == "an" || t.Low == "to" || s.gaz.In(lexicon.BodyLink, t.Low) {
			continue // "X, a spokeswoman for the ...", "X, spokesman to the ..."
		}
		return false
	}
	return false
}

// isSpeechAdverb reports the adverbs and auxiliaries that stand between a speaker and
// the speech verb: "Batbayar also said", "Batbayar has said", "Batbayar later told".
func isSpeechAdverb(w string) bool {
	switch w {
	case "also", "then", "later", "again", "once", "further", "earlier", "however", "has", "had", "have", "was", "is", "would", "will", "did", "last", "on", "in", "at":
		return true
	}
	return false
}

// invertedAttribution reports a speech verb right before token k that closes a quotation:
// `"...," said KCNA`, `"...", said KCNA`.
func (s *scan) invertedAttribution(k int) bool {
	if k < 3 || !s.gaz.IsSpeechVerb(s.toks[k-1].Low) {
		return false
	}
	a, b := s.toks[k-3], s.toks[k-2]
	return b.Kind == tokens.QuoteMark && a.Text == "," || b.Text == "," && a.Kind == tokens.QuoteMark
}

// mentionAt returns the resolved mention starting at token k, or -1.
func (s *scan) mentionAt(k int) int {
	for i, m := range s.mentions {
		if m.from <= k && k < m.to && m.actor >= 0 {
			return i
		}
	}
	return -1
}

// reportMaker finds who wrote the report that "the report said" refers to: the author an
// earlier sentence names ("the study by X"), else the nearest organization named (or
// referred to: "the consortium") before it within ten sentences that is not a news medium
// (the reporting outlet is not the author).
func (r *resolver) reportMaker(m *mention) int {
	s := r.s
	if a := r.documentAuthor(m); a >= 0 {
		return a
	}
	best, bestFrom := -1, -1
	for _, o := range s.mentions {
		if o.kind != mOrg && o.kind != mOrgRef || o.actor < 0 || r.actors[o.actor].orgKind == "media" || o.from >= m.from || m.sent-o.sent > 10 || s.inQuote[o.from] {
			continue
		}
		if o.from > bestFrom {
			best, bestFrom = o.actor, o.from
		}
	}
	return best
}

// subjectApposition reports a name at token from set off by a comma after a noun phrase
// that opens its clause, "Macron's spokesman, Benjamin Griveaux, told": the name is the
// subject's, and the verb after its closing comma is its own. A phrase with any other
// lower-case word, "a reception hosted by Bangladesh's envoy, X, said", has the name as
// an object; so has a phrase that a preposition opens, "On Sunday, X, who sits in
// parliament, told": a time or place, no noun of whom X is the name.
func (s *scan) subjectApposition(start, from int) bool {
	if from-2 < start || s.toks[from-1].Text != "," {
		return false
	}
	k := from - 2
	for ; k >= start && s.toks[k].Text != ","; k-- {
		t := s.toks[k]
		if k == start && s.gaz.In(lexicon.Preposition, t.Low) {
			return false
		}
		if t.Kind == tokens.Poss || t.Kind == tokens.Word && t.Cap {
			continue
		}
		if _, ok := s.matchOf(k); ok {
			continue // an office or organization: "spokesman", "foreign ministry"
		}
		switch t.Low {
		case "the", "a", "an", "to", "for", "of":
			continue
		}
		return false
	}
	return k < from-2
}

// possessiveOpens reports sentence si opening with the possessive of pronoun p ("His most
// notable roles include Henry Talbot", for "he"): the sentence speaks of the one the
// possessive stands for, so the one person it names is not whom a "he" after it is.
func (s *scan) possessiveOpens(si int, p string) bool {
	w := s.toks[s.sents[si].from].Low
	switch strings.ToLower(p) {
	case "he", "him":
		return w == "his"
	case "she", "her":
		return w == "her"
	}
	return false
}

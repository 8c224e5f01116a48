package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// groupTriggerAt recognises the contact words that add people to a contact or name its
// parties in passing: "joined (the call)", "were joined by", "took part", "participated",
// "brought together", "invited X to visit", "accepted an invitation", "signed by X and Y",
// "exchanged views".
func (x *Extractor) groupTriggerAt(s *scan, at []int, tr trigger, pattern, prev, next string, end int) (trigger, bool) {
	i := tr.at
	switch pattern {
	case "alongside":
		if !s.gaz.In(lexicon.Posture, prev) {
			return tr, false // "fought alongside", "alongside its own programme"
		}
		if !s.personWithin(at, i+1, min(end, i+7)) {
			return tr, false
		}
		tr.to, tr.mode, tr.direct = i+1, "meeting", true // "X, speaking alongside Y at a news conference": a joint appearance
		return tr, true
	case "join":
		if next == "by" && prev == "," && i >= 2 && at[i-2] >= 0 && s.mentions[at[i-2]].kind == mPerson && s.mentionWithin(at, i+2, min(end, i+8)) {
			if x.contactWordAfter(s, i+2) {
				return tr, false // "Biden, joined by Harris, met X": the subject's company (see joinedBy)
			}
			tr.to, tr.mode, tr.direct, tr.name, tr.join = i+2, "unspecified", true, "joined-by", true // "Sullivan, joined by X, praised ...": X was at Sullivan's meeting
			return tr, true
		}
		if next == "by" && i+2 < end && at[i+2] >= 0 && (isBeVerb(prev) || i >= 2 && isBeVerb(s.toks[i-2].Low) && isTimeAdverb(prev)) { // "were (later) joined by"
			tr.to, tr.mode, tr.direct, tr.name = i+2, "unspecified", true, "joined-by" // "A and B were joined by C"
			return tr, true
		}
		if next == "with" && i+2 < end && at[i+2] < 0 && s.personWithin(at, i+2, min(end, i+6)) && !s.contactNounFollows(i+2, end) || next == "with" && i+2 < end && at[i+2] >= 0 && s.mentions[at[i+2]].kind == mPerson {
			tr.to, tr.mode, tr.direct, tr.name = i+2, "meeting", true, "joined-with" // "Obama joined with Park and Abe on Thursday to present a united front"
			return tr, true
		}
		if t := s.toks[i].Low; (t == "joined" || t == "joins" || t == "join") && i+1 < end && (at[i+1] >= 0 && s.mentions[at[i+1]].kind == mPerson || s.titledPersonAt(at, i+1, end)) {
			if s.forContactAfter(i+2, end) {
				tr.to, tr.mode, tr.direct, tr.name = i+1, "meeting", true, "joined-for" // "Li joined Albanese for the annual leaders' meeting"
				return tr, true
			}
		}
		if t := s.toks[i].Low; t == "joined" || t == "joins" || t == "join" {
			if m := s.mediumAfterPerson(at, i+1, end); m != "" {
				tr.to, tr.mode, tr.direct, tr.name = i+1, m, true, "joined-by-medium" // "Wong joined her Indonesian counterpart Sugiono by video link"
				return tr, true
			}
		}
		if m := s.joinedByMedium(i, end); m != "" {
			tr.mode, tr.name, tr.join = m, "joined", true // "and X joined by phone": joins the meeting just told
			return tr, true
		}
		if !s.contactNounFollows(i+1, end) && !(next == "them" || next == "him" || next == "her") {
			return tr, false // "where Stoltenberg also joined them": joins the meeting just told
		}
		if s.contactNounFollows(i+1, end) && s.withAfterNoun(i+1, end) {
			return tr, false // "joined a video call with A, B and C": the call's own participants; "joined" is its light verb
		}
		tr.mode, tr.name, tr.join = "unspecified", "joined", true
	case "attended-by":
		if next == "the" && s.atToldContact(i+1, end) && i > 0 && (at[i-1] >= 0 && s.mentions[at[i-1]].kind == mPerson || prev == "also") {
			tr.to, tr.mode, tr.name, tr.join = i+1, "unspecified", "attended", true // "X also attended the talks": joins them
			return tr, true
		}
		if next == "by" && (prev == "also" || isMeetingNoun(prev)) && s.mentionWithin(at, i+2, min(end, i+6)) {
			tr.to, tr.mode, tr.direct, tr.name, tr.join = i+2, "unspecified", true, "attended-by", true // ", a meeting also attended by X": X joins it
			return tr, true
		}
		if next != "by" || !isBeVerb(prev) || !s.mentionWithin(at, i+2, min(end, i+6)) {
			return tr, false // "attended the summit": a join only with "with" (see nounSubject)
		}
		tr.to, tr.mode, tr.direct, tr.name = i+2, "unspecified", true, "attended-by" // "the meeting, which was attended by X and Y"
	case "invite":
		if !s.visitFollows(at, i+1, end) {
			return tr, false // "invited bids", "invited to speak"
		}
		tr.mode, tr.direct, tr.name = "meeting", true, "invited" // a proposed meeting
	case "invitation":
		if prev == "the" && i >= 2 && s.toks[i-2].Low == "at" && next == "of" && i+2 < end && at[i+2] >= 0 && s.guestJourney(s.toks[i].Sent) {
			tr.to, tr.mode, tr.noun, tr.name = i+2, "meeting", true, "at-invitation" // "At the invitation of Xi, Putin will pay a state visit to China", "Y visited Beijing at the invitation of Xi"
			return tr, true
		}
		if s.atOwnInvitation(at, i) && s.guestJourney(s.toks[i].Sent) {
			tr.mode, tr.noun, tr.name = "meeting", true, "at-invitation" // "At Ramaphosa's invitation, Tinubu will visit Pretoria on Monday"
			return tr, true
		}
		if next == "to" && s.extendedBefore(i) && i+2 < end && s.personWithin(at, i+2, min(end, i+7)) && s.visitFollows(at, i+2, end) {
			tr.to, tr.mode, tr.noun, tr.direct, tr.name = i+2, "meeting", false, true, "invited" // "extended an invitation to Modi to visit Kenya": as "invited Modi to visit"
			return tr, true
		}
		if !hasWord(s, max(0, i-4), i, "accepted") && !hasWord(s, max(0, i-4), i, "accepts") && !s.acceptedOwn(at, i) || !(next == "to" || next == "from") {
			return tr, false // only an accepted invitation to visit is a planned contact
		}
		tr.mode, tr.noun = "meeting", true // a proposed visit
	case "witness":
		// "A and B witnessed the signing of five agreements", "presided over the exchange of
		// MoUs": a ceremony both attend in person; the parties must be named (weak)
		k := i + 1
		if next == "over" {
			k++
		}
		if k+1 >= end || s.toks[k].Low != "the" || !s.gaz.In(lexicon.Ceremony, s.toks[k+1].Low) {
			return tr, false // "witnessed the attack", "presided over the cabinet"
		}
		tr.to, tr.mode, tr.weak, tr.name = k+2, "meeting", true, "witnessed-signing"
	case "signed-by":
		if next != "by" {
			if !s.documentFollows(i+1, end) {
				return tr, false
			}
			tr.mode, tr.weak, tr.name = "meeting", true, "signed" // "X and Y signed a memorandum", "X signed an accord with Y"
			return tr, true
		}
		tr.to, tr.mode, tr.name = i+2, "meeting", "signed-by" // "the accord was signed by X and Y"
	case "bring-together":
		if next != "together" || !(i+2 < end && at[i+2] >= 0) {
			return tr, false
		}
		tr.to, tr.mode, tr.direct, tr.name = i+2, "meeting", true, "brought-together" // "Macron brought together Scholz and Zelensky"
	case "accompany":
		if !isBeVerb(prev) && prev != "be" {
			return tr, false // "Funaro, accompanied by Gros, ...": his own company
		}
		for k := i + 1; k < end && k <= i+8; k++ {
			if s.toks[k].Low == "by" {
				tr.to, tr.mode, tr.direct, tr.name = k+1, "meeting", true, "accompanied-by" // "will be accompanied in Hiroshima by Abe"
				return tr, true
			}
		}
		return tr, false
	case "bilateral":
		if prev != "a" && prev != "the" && prev != "held" && prev != "hold" && prev != "their" || !(next == "with" || next == "on" || next == "in" || next == "at" || next == "" || i+1 < end && s.toks[i+1].Kind == tokens.Punct) {
			return tr, false // "a bilateral agreement", "bilateral ties": an adjective
		}
		tr.mode, tr.noun = "meeting", true // "held a bilateral with Luxon on Friday"
	case "shuttle":
		if next != "between" {
			return tr, false
		}
		tr.to, tr.mode, tr.direct, tr.name = i+2, "meeting", true, "shuttled" // "shuttled between his US and Iranian counterparts": a meeting with each
	case "part-of":
		if t := s.toks[i].Low; t == "attendance" && prev == "in" && s.withPersonsBefore(at, i-1) || t == "present" && s.withPersonsBefore(at, i) {
			tr.mode, tr.name, tr.join = "unspecified", "part-of", true // "..., with A and B in attendance", "with C also present": they join it
			return tr, true
		}
		if j := s.afterToldContact(i+1, end); s.toks[i].Low == "present" && !s.beBefore(i) && j > 0 && j < end && isBeVerb(s.toks[j].Low) && s.mentionWithin(at, j+1, min(end, j+6)) {
			tr.to, tr.mode, tr.direct, tr.name, tr.join = j+1, "unspecified", true, "present-at", true // "Also present at the talks was X": joins them
			return tr, true
		}
		if s.toks[i].Low == "present" {
			if !s.beBefore(i) || !s.atToldContact(i+1, end) {
				return tr, false // "at present", "present a plan", "present at the summit"
			}
			tr.to, tr.mode, tr.name, tr.join = i+1, "unspecified", "present-at", true // "X was also present at the talks": joins them
			return tr, true
		}
		if s.toks[i].Low == "presence" {
			if prev != "the" || i < 2 || s.toks[i-2].Low != "in" || next != "of" || !s.personWithin(at, i+2, min(end, i+8)) || !s.meetingToldBefore(i) {
				return tr, false // "signed the decree in the presence of Y": no meeting to join
			}
			tr.to, tr.mode, tr.direct, tr.name, tr.join = i+2, "unspecified", true, "present-at", true // "met Y in the presence of Z": Z joins the meeting
			return tr, true
		}
		if next != "of" || !s.contactNounFollows(i+2, end) || !s.withPersonsBefore(at, i) {
			return tr, false
		}
		tr.to, tr.mode, tr.name, tr.join = i+2, "unspecified", "part-of", true // "..., with envoys A and B part of the call": they join it
	case "take-part":
		if next != "part" {
			return tr, false
		}
		if !s.joinsToldContact(i+2, end) {
			return tr, false
		}
		tr.to, tr.mode, tr.name, tr.join = i+2, "unspecified", "took-part", true // "X, Y and Z took part": joins the contact told before
	case "participated":
		if !s.joinsToldContact(i+1, end) {
			return tr, false
		}
		tr.mode, tr.name, tr.join = "unspecified", "participated", true
	case "exchanged-views":
		if next != "views" && !(next == "greetings" && s.phoneWithin(i+2, min(end, i+6))) {
			return tr, false // "exchanged messages", "exchanged prisoners", "exchanged New Year greetings"
		}
		tr.to, tr.mode, tr.weak, tr.name = i+2, "unspecified", true, "exchanged-views" // "the two sides exchanged views by phone"
	default:
		return tr, false
	}
	return tr, true
}

// isTimeAdverb reports an adverb that may stand inside a passive: "were later joined by".
func isTimeAdverb(w string) bool {
	switch w {
	case "later", "also", "then", "soon", "briefly", "subsequently", "afterwards":
		return true
	}
	return false
}

// mentionWithin reports a mention starting in tokens [from, to).
func (s *scan) mentionWithin(at []int, from, to int) bool {
	for k := from; k < to && k < len(at); k++ {
		if at[k] >= 0 {
			return true
		}
	}
	return false
}

// documentFollows reports a document signed by the parties in the next few words: "signed a
// memorandum of understanding", "signed the accord".
func (s *scan) documentFollows(from, end int) bool {
	for k := from; k < end && k < from+4; k++ {
		if s.gaz.In(lexicon.Accord, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// contactWordAfter reports a contact word in the sentence after token k.
func (x *Extractor) contactWordAfter(s *scan, k int) bool {
	for j := k; j < len(s.toks) && s.toks[j].Sent == s.toks[k].Sent; j++ {
		if _, ok := x.gaz.ContactWords[s.toks[j].Low]; ok {
			return true
		}
	}
	return false
}

// joinedBy returns the persons of ", joined by Y (and Z)," right after the subject's
// mention ending at token from: they take part with the subject ("The President, joined
// by the Vice President, met with X").
func (r *resolver) joinedBy(at []int, from, end int) []int {
	s := r.s
	if from+3 >= end || s.toks[from].Text != "," || !companyParticiple(s.toks[from+1].Low) || s.toks[from+2].Low != "by" {
		return nil
	}
	var out []int
	for k := from + 3; k < end && s.toks[k].Text != ","; k++ {
		if mi := at[k]; mi >= 0 && s.mentions[mi].kind == mPerson && r.participantKind(mi) {
			out = append(out, s.mentions[mi].actor)
			k = s.mentions[mi].to - 1
		}
	}
	return out
}

// companyParticiple reports the participles of ", joined by Y," and ", accompanied by Y,"
// after a subject: Y comes along on the subject's side.
func companyParticiple(w string) bool { return w == "joined" || w == "accompanied" }

// companyAside reports a mention starting at token from after "joined by" or "accompanied
// by", whatever words of office stand between "by" and the name
// ("accompanied by Foreign Affairs Cabinet Secretary X"): the subject's company, no
// subject.
func (s *scan) companyAside(from int) bool {
	for k := from - 1; k >= 1 && k >= from-6; k-- {
		switch t := s.toks[k]; {
		case t.Low == "by":
			return companyParticiple(s.toks[k-1].Low)
		case t.Kind != tokens.Word:
			return false
		}
	}
	return false
}

// personsWithBefore returns the persons named in the "with" phrase that ends before token
// i (see withPersonsBefore).
func (s *scan) personsWithBefore(at []int, i int) []int {
	var out []int
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if s.toks[k].Low == "with" {
			break
		}
		if at[k] >= 0 && s.mentions[at[k]].kind == mPerson && s.mentions[at[k]].actor >= 0 {
			out = append(out, s.mentions[at[k]].actor)
			k = min(k, s.mentions[at[k]].from)
		}
	}
	return distinct(out)
}

// withPersonsBefore reports "with" and then only persons' names and the words of a list
// right before token i: "with US envoys Witkoff and Kushner part of the call".
func (s *scan) withPersonsBefore(at []int, i int) bool {
	found := false
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		t := s.toks[k]
		switch {
		case at[k] >= 0 && s.mentions[at[k]].kind == mPerson:
			found = true
			k = min(k, s.mentions[at[k]].from)
		case t.Low == "with":
			return found
		case t.Low == "and" || t.Text == "," || t.Low == "also" || t.Kind == tokens.Word && !t.Cap && k+1 < i && at[k+1] >= 0 || t.Cap:
		default:
			return false
		}
	}
	return false
}

// phoneWithin reports "phone" or "telephone" among tokens [from, to): "exchanged greetings
// by phone" is a call, greetings sent in messages none.
func (s *scan) phoneWithin(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.toks[k].Low == "phone" || s.toks[k].Low == "telephone" {
			return true
		}
	}
	return false
}

// forContactAfter reports "for" and a contact noun or a meal within a few words of it,
// in the dozen tokens from token i: "joined Y for talks", "for the annual leaders' meeting",
// "for dinner".
func (s *scan) forContactAfter(i, end int) bool {
	for k := i; k < end && k < i+12; k++ {
		if s.toks[k].Low != "for" {
			continue
		}
		for j := k + 1; j < end && j <= k+5; j++ {
			if cw, ok := s.gaz.ContactWords[s.toks[j].Low]; ok && cw.Noun {
				return true
			}
		}
		return false
	}
	return false
}

// beBefore reports a form of "be" right before token i, or before an "also" there: "X was
// also present at the talks".
func (s *scan) beBefore(i int) bool {
	k := i - 1
	if k >= 0 && s.toks[k].Low == "also" {
		k--
	}
	return k >= 0 && isBeVerb(s.toks[k].Low)
}

// meetingToldBefore reports a word of meeting (met, talks, hosted, a visit, a meal) before
// token i in its sentence: the meeting a person "in the presence of" whom it was held joins.
// A signing, a speech or an oath before it is no meeting.
func (s *scan) meetingToldBefore(i int) bool {
	for k := i - 1; k >= 0 && s.toks[k].Sent == s.toks[i].Sent; k-- {
		switch cw, ok := s.gaz.ContactWords[s.toks[k].Low]; {
		case !ok:
		case cw.Pattern == "meet" || cw.Pattern == "talks" || cw.Pattern == "host" || cw.Pattern == "visit" || cw.Pattern == "meal":
			return true
		}
	}
	return false
}

// atToldContact reports "at the talks", "the meeting" (a preposition may lead) from token
// i on, the noun ending the phrase: the contact the text just told, which a person
// present at it or attending it joins. A summit or a meeting "of" a body is an event of
// its own.
func (s *scan) atToldContact(i, end int) bool {
	if i < end && (s.toks[i].Low == "at" || s.toks[i].Low == "in" || s.toks[i].Low == "during") {
		i++
	}
	if i+1 >= end || s.toks[i].Low != "the" || !isMeetingNoun(s.toks[i+1].Low) {
		return false
	}
	return i+2 >= end || s.toks[i+2].Kind == tokens.Punct || s.toks[i+2].Low == "too" || s.toks[i+2].Low == "as" || s.toks[i+2].Low == "and"
}

// afterToldContact returns the token after "at the talks" (a meeting noun told before)
// from token i, or -1: "Also present at the talks was X".
func (s *scan) afterToldContact(i, end int) int {
	if i < end && (s.toks[i].Low == "at" || s.toks[i].Low == "in" || s.toks[i].Low == "during") {
		i++
	}
	if i+1 >= end || s.toks[i].Low != "the" || !isMeetingNoun(s.toks[i+1].Low) {
		return -1
	}
	return i + 2
}

// isMeetingNoun reports the nouns of a meeting told before: "the talks", "a meeting
// attended by".
func isMeetingNoun(w string) bool {
	return w == "meeting" || w == "talks" || w == "meetings" || w == "call" || w == "dinner" || w == "lunch"
}

// mediumAfterPerson returns the mode of a medium told right after the person named at
// token from (after at most a title and a description: "her Indonesian counterpart
// Sugiono"): "by video link", "via videoconference", "over the phone", "by telephone"; ""
// when none follows.
func (s *scan) mediumAfterPerson(at []int, from, end int) string {
	k := from
	for k < end && k < from+5 && (at[k] < 0 || s.mentions[at[k]].kind != mPerson) {
		if s.toks[k].Kind != tokens.Word {
			return ""
		}
		k++
	}
	if k >= end || at[k] < 0 || s.mentions[at[k]].kind != mPerson {
		return ""
	}
	for m := at[k]; k < end && at[k] == m; k++ {
	}
	if k+1 >= end {
		return ""
	}
	switch s.toks[k].Low {
	case "by", "via", "over":
	default:
		return ""
	}
	j := k + 1
	if w := s.toks[j].Low; (w == "a" || w == "the") && j+1 < end {
		j++
	}
	switch w := s.toks[j].Low; {
	case s.gaz.In(lexicon.VideoMedium, w):
		return "video"
	case s.gaz.In(lexicon.PhoneMedium, w):
		return "phone"
	}
	return ""
}

// extendedBefore reports a verb of giving an invitation in the four tokens before token i:
// "extended an invitation", "issued a formal invitation", "renewed his invitation".
func (s *scan) extendedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.gaz.In(lexicon.Extend, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// atOwnInvitation reports "at" before a named host's invitation at token i: "At South
// African President Cyril Ramaphosa's invitation, Y will visit", "visited Pretoria at
// Ramaphosa's invitation": the host's title may stand between.
func (s *scan) atOwnInvitation(at []int, i int) bool {
	if i < 3 || s.toks[i-1].Kind != tokens.Poss || at[i-2] < 0 || s.mentions[at[i-2]].kind != mPerson {
		return false
	}
	from := s.mentions[at[i-2]].from
	for k := from - 1; k >= 0 && k >= from-5 && s.toks[k].Kind == tokens.Word; k-- {
		if s.toks[k].Low == "at" {
			return true
		}
		if !s.toks[k].Cap {
			return false
		}
	}
	return false
}

// acceptedOwn reports "accepted" before a named host's invitation at token i: "accepted
// Japanese Prime Minister Shigeru Ishiba's invitation to visit Tokyo", the host and the
// host's title between the verb and the noun.
func (s *scan) acceptedOwn(at []int, i int) bool {
	if i < 2 || s.toks[i-1].Kind != tokens.Poss || at[i-2] < 0 || s.mentions[at[i-2]].kind != mPerson {
		return false
	}
	from := s.mentions[at[i-2]].from
	for k := from - 1; k >= 0 && k >= from-5 && s.toks[k].Kind == tokens.Word; k-- {
		if w := s.toks[k].Low; w == "accepted" || w == "accepts" {
			return true
		}
	}
	return false
}

// joinedByMedium returns the medium after "joined" at token i when only "by", "via" or
// "over" and a medium follow it: "and X joined by phone", "Y joined via video link" joins
// the contact just told. "" otherwise ("Sullivan, joined by X": a person).
func (s *scan) joinedByMedium(i, end int) string {
	if i+2 >= end || s.toks[i].Low != "joined" {
		return ""
	}
	switch s.toks[i+1].Low {
	case "by", "via", "over":
	default:
		return ""
	}
	j := i + 2
	if s.toks[j].Low == "the" || s.toks[j].Low == "a" {
		j++
	}
	switch {
	case j < end && s.gaz.In(lexicon.PhoneMedium, s.toks[j].Low):
		return "phone"
	case j < end && s.gaz.In(lexicon.VideoMedium, s.toks[j].Low):
		return "video"
	}
	return ""
}

// guestJourney reports a word of a guest's journey (class guest-journey) in sentence si:
// "at the invitation of X" is a meeting with the host only when the sentence tells the
// guest's visit ("At the invitation of X, Y will pay a state visit", "Y returned to China
// at the invitation of X"), not "signed the accord at the invitation of X".
func (s *scan) guestJourney(si int) bool {
	se := s.sents[si]
	for k := se.from; k < se.to; k++ {
		if !s.inQuote[k] && s.gaz.In(lexicon.GuestJourney, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// journeyBefore reports a word of a guest's journey (class guest-journey) in clause c
// before token at, outside a relative clause set off by commas: the guest who "returned
// to China at the invitation of X" is the clause's subject; "X, who visited Tallinn last
// year, spoke at the invitation of Y" tells no journey at Y's invitation.
func (s *scan) journeyBefore(c clause, at int) bool {
	for k := c.from; k < at; k++ {
		if !s.inQuote[k] && !s.inAside(c, k, at) && s.gaz.In(lexicon.GuestJourney, s.toks[k].Low) {
			return true
		}
	}
	return false
}

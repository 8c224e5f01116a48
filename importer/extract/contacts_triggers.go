package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// trigger is a word or phrase that reports a contact.
type trigger struct {
	at, to int    // tokens
	noun   bool   // "call", "meeting" (else a verb: "spoke", "met")
	mode   string // the mode the word itself implies
	direct bool   // a verb that takes its participant as direct object ("met Y")
	weak   bool   // "discussed", "dinner": a contact only with two named participants
	join   bool   // "joined the call": adds participants to the previous contact
	name   string // for rule names: "spoke", "met", "call"
}

// headWith is the token whose tense and auxiliaries are the contact's: the light verb
// before a contact noun ("held talks", "made a call") when there is one, else the contact
// word itself.
func (tr trigger) headWith(light int) int {
	if light >= 0 && light < tr.at {
		return light
	}
	return tr.at
}

// triggerAt recognises a contact word at token i of a clause ending at end.
func (x *Extractor) triggerAt(s *scan, at []int, i, end int) (trigger, bool) {
	t := s.toks[i]
	if t.Kind != tokens.Word {
		return trigger{}, false
	}
	tr := trigger{at: i, to: i + 1, name: t.Low}
	next := ""
	if i+1 < end {
		next = s.toks[i+1].Low
	}
	prev := ""
	if i > 0 {
		prev = s.toks[i-1].Low
	}
	cw, ok := x.gaz.ContactWords[t.Low]
	if !ok {
		return tr, false
	}
	tr.mode, tr.noun, tr.direct, tr.weak = cw.Mode, cw.Noun, cw.Direct, cw.Weak
	if s.shunned(i) {
		return tr, false // "avoided meeting Y", "skipped a meeting with Y": no contact
	}
	if cw.Noun && s.gatheringOfMedium(i, end) {
		return tr, false // "held a summit telephone talk with Y": the talk is the contact, by phone
	}
	if cw.Noun && s.rumouredNoun(i) {
		return tr, false // "there was talk of a meeting between X and Y": hearsay, no report
	}
	switch cw.Pattern {
	case "speak":
		if (t.Low == "talk" || t.Low == "chat") && (prev == "a" || prev == "the") && next != "with" {
			return tr, false // "gave a talk", "the talk of the town"; "had a talk with Y" is one
		}
		if t.Low == "talk" && next == "of" {
			return tr, false // "there was talk of a meeting": a rumour, not a conversation
		}
		if t.Low == "mediated" && next == "by" && isMeetingNoun(prev) && s.personWithin(at, i+2, min(end, i+8)) {
			tr.to, tr.mode, tr.direct, tr.name, tr.join = i+2, "unspecified", true, "mediated-by", true // "in talks mediated by X": X joins them, as in "X mediated talks between A and B"
			return tr, true
		}
		if cw.Mode != "meeting" {
			tr.mode = "unspecified" // "closeted with Y" names a room; the rest no medium
		}
	case "meet":
		if by := s.passiveBy(at, i, end); by > 0 && t.Low == "met" && isPassiveAux(prev) {
			tr.to, tr.direct = by+1, true // "Lammy was met at the airport by Wang": the agent follows "by"
			return tr, true
		}
		progressive := t.Low == "meeting" && (prev == "was" || prev == "were" || prev == "be" || prev == "been") && i+1 < end && (next == "with" || s.titledPersonAt(at, i+1, end))
		if !progressive && (prev == "was" || prev == "were" || prev == "be" || prev == "been" || prev == "being") || s.meetsThing(i, end) {
			return tr, false // "was met with", "meet expectations", "meet its responsibilities"
		}
		verbish := progressive || prev == "is" || prev == "are" || prev == "was" || prev == "were" || prev == "after" || prev == "before" || prev == "while" || prev == "," || i > 0 && at[i-1] >= 0 && s.mentions[at[i-1]].kind == mPerson
		// "a meeting with Y" is a noun; "after meeting Y", ", meeting the crown prince" a verb
		if prev == "," && i+2 < end && s.toks[i+2].Low == "with" && (isTimeAdverb(next) || next == "first" || next == "separately" || next == "privately") {
			next = "with" // ", meeting first with Y": a participle with an adverb
		}
		tr.mode, tr.direct, tr.noun = "meeting", true, t.Low == "meeting" && !(next == "with" && verbish) && !s.gerundObject(at, i, end)
	case "talks":
		tr.mode, tr.noun = "meeting", true
		if cw.Mode == "talks" {
			tr.mode = "talks" // a meeting unless a medium is named ("talks ..., a video call", "phone consultations")
		}
		if t.Low == "talks" && (next == "with" || next == "to") && i > 0 && (at[i-1] >= 0 || prev == "he" || prev == "she" || prev == "also") {
			tr.noun, tr.mode = false, "unspecified" // "X talks with Y" is a verb, as "talked with Y" names no medium; "for talks with Y" a noun
		}
	case "host":
		if (prev == "played" || prev == "plays" || prev == "play" || prev == "playing") && next == "to" && s.personWithin(at, i+2, min(end, i+8)) {
			tr.to, tr.mode, tr.direct = i+2, "meeting", true // "played host to President X": the subject hosted X
			return tr, true
		}
		if s.hostApposed(at, i, end) {
			tr.to, tr.mode, tr.noun, tr.direct, tr.name = i+2, "meeting", true, true, "host-apposed" // "X and his host, Y, agreed"
			return tr, true
		}
		if prev == "and" || prev == "the" || prev == "their" || prev == "his" || prev == "a" || next == "to" || next == "of" {
			return tr, false // "and host Mevlut Cavusoglu", "reluctant host to the U.S. military": a noun
		}
		if s.presenterHost(i) {
			return tr, false // "Fox News host Sean Hannity", "talk show host": a presenter, no guest
		}
		if s.contactNounFollows(i+1, end) {
			return tr, false // "host a meeting between X and Y": the host is not a party
		}
		if (next == "a" || next == "an") && !s.mentionWithin(at, i+2, min(end, i+6)) {
			return tr, false // "to host a processing centre", "host an exhibition": no guest
		}
		tr.mode, tr.direct = "meeting", true
	case "visit":
		if by := s.passiveBy(at, i, end); by > 0 && isPassiveAux(prev) && (t.Low == "hosted" || t.Low == "received" || t.Low == "welcomed" || t.Low == "greeted" || t.Low == "visited") {
			tr.to, tr.mode, tr.direct = by+1, "meeting", true // "Lavrov was received by Xi", "was greeted at the airport by Xi": the host follows "by"
			return tr, true
		}
		if next == "by" && t.Low == "hosted" && isMeetingNoun(prev) && i > 0 && s.meetingToldBefore(i-1) && s.personWithin(at, i+1, min(end, i+8)) {
			tr.to, tr.mode, tr.direct, tr.name, tr.join = i+1, "meeting", true, "hosted-by", true // "The two met in Paris, at talks hosted by A and B": the hosts were at them
			return tr, true
		}
		if next == "by" {
			return tr, false // "the first summit hosted by Modi": describes a contact, names no guest
		}
		if strings.HasPrefix(t.Low, "visit") && !(t.Low == "visiting" && (prev == "the" || prev == "a") && s.personWithin(at, i+1, min(end, i+7))) && (prev == "a" || prev == "the" || prev == "his" || prev == "her" || prev == "their" || prev == "'s" || prev == "state" || prev == "courtesy" || prev == "official") {
			if next == "to" && i+2 < end && at[i+2] >= 0 && s.mentions[at[i+2]].kind == mPerson {
				tr.noun, tr.direct = true, false // "made a courtesy visit to Museveni": a meeting with the person visited
				return tr, true
			}
			return tr, false // "the visit Putin made to Pyongyang": a noun
		}
		j := i + 1
		if t.Low == "received" && next == "in" && j+1 < end && s.toks[j+1].Low == "audience" {
			j += 2 // "received in audience the Ghanaian President, X": a formal meeting
			tr.to = j
			for k := j; k < end && k <= j+6; k++ {
				if at[k] >= 0 {
					j = k // the name after the office its apposition names
					break
				}
			}
		}
		if strings.HasPrefix(t.Low, "visit") && next == "with" {
			j++ // "visited with Y in Berlin": met and talked with Y
			tr.to = j
		}
		delegated := s.delegationOf(at, j, end)
		if delegated > 0 {
			j = delegated // "received a delegation from Hamas": the group is the guest
		}
		for j+1 < end && (s.gaz.IsTitleWord(s.toks[j].Low) && s.toks[j].Cap || (s.toks[j].Low == "his" || s.toks[j].Low == "her") && s.gaz.IsTitleWord(s.toks[j+1].Low)) && at[j] < 0 {
			j++ // "received His Excellency X", "welcomed H.E. Ms. X"
		}
		if j < end && s.toks[j].Low == "the" {
			for k := j + 1; k < end && k <= j+3; k++ {
				if at[k] >= 0 && s.mentions[at[k]].kind == mRole {
					if !s.possessive(s.mentions[at[k]]) {
						j = k // "greeted the North Korean leader", not "welcomed the Prime Minister's leadership"
					}
					break
				}
			}
		}
		if k := s.counterpartAfter(at, j, end); k >= 0 {
			j = k // "received his Russian counterpart Sergey Lavrov"
		}
		if k := s.titledGuest(at, j, end); k >= 0 {
			j = k // "received the Ghanaian Foreign Minister, X", "welcomed Lagos State Governor X"
		}
		if (t.Low != "hosted" && t.Low != "hosts" && t.Low != "host" && t.Low != "hosting") && !(j < end && at[j] >= 0 && (s.mentions[at[j]].kind != mOrg || delegated > 0)) {
			return tr, false // "received a letter", "welcomed the summit", "see progress"
		}
		tr.mode, tr.direct = "meeting", true
	case "call":
		if prev == "courtesy" && (next == "on" || next == "to" || next == "from") && i+2 < end && s.personWithin(at, i+2, min(end, i+10)) { // "from the Chief Minister of Sarawak, X"
			if next == "from" {
				tr.to, tr.mode, tr.noun, tr.name = i+1, "meeting", false, "courtesy-call" // "received a courtesy call from the Prime Minister of Vietnam, X": a visit in person
				return tr, true
			}
			tr.to, tr.mode, tr.noun, tr.direct, tr.name = i+2, "meeting", true, true, "courtesy-call" // "paid a courtesy call on President Ruto": a visit in person
			return tr, true
		}
		if i+1 < end && (at[i+1] >= 0 && !subjectPronoun(s.toks[i+1].Low) || s.toks[i+1].Low == "his" || s.toks[i+1].Low == "her") && prev != "a" && prev != "the" && prev != "phone" && prev != "telephone" {
			if s.namingComplement(at, i+1, end) {
				return tr, false // `would call Y "a friend"`, "calls Y a dictator": names, not telephones
			}
			tr.mode, tr.direct, tr.noun = "phone", true, false // "would call Japanese Prime Minister Shinzo Abe"
			return tr, true
		}
		if on, mode := s.onACall(i); on && next == "with" {
			tr.mode, tr.name, tr.noun = mode, "on-the-phone", false // "was on a call with Y", "on a video call with Y"
			return tr, true
		}
		if prev == "to" && i+1 < end && s.toks[i+1].Kind == tokens.Word && !lexicon.IsPronoun(s.toks[i+1].Low) && !lexicon.IsDateWord(s.toks[i+1].Low) {
			return tr, false // "To call the truce a peace is wrong", "to call elections": the verb, and a thing its object
		}
		if subjectPronoun(prev) || prev == "who" || prev == "which" || prev == "it" || prev == "you" {
			return tr, false // "they call this a victory", "rebels who call themselves liberators": a verb with no party named after it
		}
		noun := prev == "a" || prev == "the" || prev == "another" || prev == "phone" || prev == "telephone" || prev == "video" || prev == "'s" || prev == "their" || prev == "his" || prev == "her" || prev == "that" || prev == "this" || prev == "first" || prev == "second" || s.modifiedNoun(i)
		if next == "for" && !(i+2 < end && (lexicon.IsDateWord(s.toks[i+2].Low) || s.toks[i+2].Low == "next" || s.toks[i+2].Low == "later")) || !noun && (next == "on" || next == "to") || prev == "so" {
			return tr, false // "called on", "a call for restraint", "a memorandum that calls for", "so-called"; not "a call for Tuesday"
		}
		tr.mode, tr.noun = "phone", true
	case "phone-verb":
		if by := s.passiveBy(at, i, end); by > 0 && isPassiveAux(prev) {
			tr.to, tr.mode, tr.direct = by+1, "phone", true // "Lammy was called by Wang", "was telephoned by Wang"
			return tr, true
		}
		if isPassiveAux(prev) && !strings.HasSuffix(t.Low, "ing") {
			return tr, false // "the company would be called Hewlett-Packard", "was called to the ministry": a name or a summons, no call with the subject
		}
		if next == "in" && i+2 < end && (s.toks[i+2].Low == "to" || s.toks[i+2].Low == "on") || next == "into" {
			return tr, false // "phoned in to a radio show", "called into a talk show": a caller to a programme
		}
		if (t.Low == "called" || t.Low == "calling") && next == "on" && s.callOnVisit(at, i+2, end) {
			tr.to, tr.mode, tr.direct, tr.name = i+2, "meeting", true, "called-on" // "called on PM Lee at the Istana": a courtesy visit
			return tr, true
		}
		if (t.Low == "called" || t.Low == "rang") && next == "up" && i+2 < end && (at[i+2] >= 0 && s.mentions[at[i+2]].kind == mPerson || s.roleAfterThe(at, i+2, end)) {
			tr.to, tr.mode, tr.direct = i+2, "phone", true // "called up Xi", "rang up the French president": a call
			return tr, true
		}
		if (t.Low == "called" || t.Low == "calling") && !(i+1 < end && (at[i+1] >= 0 || s.toks[i+1].Low == "his" || s.toks[i+1].Low == "her" || s.roleAfterThe(at, i+1, end) || s.titledGuest(at, i+1, end) >= 0)) {
			return tr, false // "called for", "called it", "so-called", "calling for calm"
		}
		if s.namingComplement(at, i+1, end) {
			return tr, false // `called Mr. Biden "my old friend"`
		}
		if t.Low == "called" && i > 0 && !s.toks[i-1].Cap && x.namedBy(s, i) {
			return tr, false // "a soldier called Taras Petrenko": a name, not a call
		}
		tr.mode, tr.direct = "phone", true
	case "discuss":
		if prev == "to" && !(i > 1 && s.gaz.ExpectedTo(s.toks[i-2].Low)) {
			return tr, false // "to discuss plans": the purpose of another contact
		}
		tr.mode, tr.weak = "unspecified", true // "X and Y discussed", "discussed ... with Y"
	case "meal":
		tr.mode, tr.noun, tr.weak = "meeting", true, true // only with named guests
	case "noun":
		// the data says it all: "conversation", "dialogue", "videoconference"
	case "particle-with":
		if i+2 >= end || !s.tokIn(lexicon.ContactParticle, i+1) || s.toks[i+2].Low != "with" {
			return tr, false // "caught the flight", "checked the figures"
		}
		tr.to, tr.name = i+2, t.Low+"-"+next // "caught up with Y on the sidelines", "touched base with Y", "checked in with Y"
	case "with-noun":
		if next != "with" {
			return tr, false // "the 74th session of the General Assembly": a body's sitting
		}
		// "a three-hour session with Y": a contact only with whom it was held
	case "co-chair":
		tr.name = "co-chair" // "X and Y co-chaired the joint commission" (weak: only with two named chairs)
	case "conference":
		if prev == "video" {
			tr.mode, tr.noun, tr.name = "video", true, "video-conference" // "chaired a video conference of G7 leaders"
			return tr, true
		}
		press := prev == "press" || prev == "news"
		joint := press && i > 1 && s.toks[i-2].Low == "joint" || prev == "joint" && t.Low == "briefing"
		if !press && !joint {
			return tr, false
		}
		// "a joint news conference with Y"; without "joint", a news conference is one only
		// with two named parties: "X said at a news conference with Y", "X and Y addressed
		// a press conference"
		tr.mode, tr.noun, tr.name, tr.weak = "meeting", true, "joint-press-conference", !joint
	case "guest-of":
		if s.hostApposed(at, i, end) {
			tr.to, tr.mode, tr.noun, tr.direct, tr.name = i+2, "meeting", true, true, "host-apposed" // "His guest, Y, thanked him"
			return tr, true
		}
		// "was the guest of President X", "came as the guest of X": a visitor the host received
		if prev != "the" || next != "of" || !s.personWithin(at, i+2, min(end, i+10)) {
			return tr, false // "the guest of honour", "a guest", "his guest"
		}
		tr.to, tr.mode, tr.direct, tr.noun, tr.name = i+2, "meeting", true, false, "guest-of"
	case "credentials":
		// "presented his credentials to X", "received the credentials of the new ambassador,
		// X": the ceremony is an audience of the envoy with the head of state; "received the
		// letters of credence of X", "presented copies of her credentials to X" likewise
		if !s.accreditingBefore(i) {
			return tr, false
		}
		if next != "to" && next != "of" && next != "from" || !s.personWithin(at, i+2, min(end, i+10)) {
			return tr, false // "presented her credentials on Monday": no one named to meet
		}
		tr.to, tr.mode, tr.direct, tr.noun, tr.name = i+2, "meeting", true, false, "credentials"
	case "posture":
		second := "hands"
		if t.Low == "sat" || strings.HasPrefix(t.Low, "sit") {
			second = "down"
		}
		if next == "with" && x.sentWith(s, at, i) {
			tr.mode, tr.name = "meeting", t.Low+"-with" // "Umerov, who sat with Witkoff and Kushner for six hours"
			return tr, true
		}
		if next != second {
			return tr, false
		}
		tr.to, tr.mode, tr.name = i+2, "meeting", t.Low+"-"+second // "sat down with", "shook hands with"
	case "by-phone":
		from := i + 1
		if next == "out" && i+2 < end && s.toks[i+2].Low == "to" {
			from = i + 3 // "reached out to Y by phone"
		} else if next == "to" {
			from = i + 2 // "conveyed to Y by phone his condolences"
		}
		if !s.phoneMediumAfterObject(at, from, end) {
			return tr, false // "thanked Y for his support", "congratulated Y on his win": no contact told
		}
		tr.to, tr.mode, tr.direct = from, "phone", true // "thanked Y by phone", "congratulated Y over the phone"
	case "in-touch":
		if !(prev == "in" && next == "with" && i >= 2 && isGetVerb(s.toks[i-2].Low)) {
			return tr, false // "were in touch with", "keep in touch", "remain in touch": a standing link, no one contact told
		}
		tr.mode, tr.name = "unspecified", "got-in-touch" // "got in touch with Y", "will get in touch with Y": one act of contact
	case "put-through":
		if !(prev == "put" && next == "to" && s.passiveBefore(i-1) && s.personWithin(at, i+2, min(end, i+8))) {
			return tr, false // "put through to the final", "put the bill through": no call
		}
		tr.to, tr.mode, tr.direct, tr.name = i+2, "phone", true, "put-through" // "was put through to Y", "was instead put through to a Scientology attorney, Y": a call the switchboard connected
	case "on-the-phone":
		if s.phoneVerbAhead(i, end) {
			tr.mode, tr.direct = "phone", true // "is scheduled to telephone Y", "will phone Y": the verb's base form
			return tr, true
		}
		if !(prev == "the" && i >= 2 && (s.toks[i-2].Low == "on" || s.toks[i-2].Low == "over" || s.toks[i-2].Low == "off") && next == "with") {
			return tr, false // "by phone", "a phone call": the medium of another contact word
		}
		tr.mode, tr.name = "phone", "on-the-phone" // "was on the phone with Y", "got on the phone with Y", "just got off the phone with Y"
	case "medium-noun":
		switch prev {
		case "phone", "telephone", "telephonic":
			tr.mode = "phone" // "a telephone exchange with Y", "had phone contact with Y"
		case "video":
			tr.mode = "video"
		default:
			if k := s.exchangeWith(prev, i, end); k > 0 && s.personWithin(at, k, min(end, k+8)) {
				tr.to, tr.mode, tr.noun = k, "unspecified", true // "had a frank exchange with Y", "an exchange of views with Y"
				return tr, true
			}
			return tr, false // "a prisoner exchange", "contact with the kidnappers": no medium, no contact word
		}
		tr.noun = true
	case "told-counterpart":
		if !s.counterpartFollows(i+1, end) && !s.personThenThat(at, i+1, end) {
			return tr, false
		}
		tr.mode, tr.direct, tr.name = "unspecified", true, "told-counterpart"
	default:
		return x.groupTriggerAt(s, at, tr, cw.Pattern, prev, next, end)
	}
	return tr, true
}

// personWithin reports a person's mention, or an office's ("the Prime Minister"), among
// tokens [from, to).
func (s *scan) personWithin(at []int, from, to int) bool {
	for k := from; k < to && k < len(at); k++ {
		if at[k] >= 0 && (s.mentions[at[k]].kind == mPerson || s.mentions[at[k]].kind == mRole) {
			return true
		}
	}
	return false
}

// meetsThing reports "meet" with an object that is no person ("meet expectations", "help
// the United States meet its responsibilities", "met the deadline"): the object's noun,
// after at most two determiners or modifiers, is of the met-thing word class; a
// preposition ends the object ("met at the end of the summit" keeps its meeting).
func (s *scan) meetsThing(i, end int) bool {
	if s.metWithReaction(i, end) || s.metHalfway(i, end) {
		return true
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap || s.gaz.In(lexicon.Preposition, t.Low) {
			return false
		}
		if s.gaz.In(lexicon.MetThing, t.Low) {
			return true
		}
	}
	return false
}

// metHalfway reports "meet" with "halfway" (words class met-halfway, or "half way") within
// the few words after it, "agreed to meet Y halfway on the budget": a compromise, not a
// meeting. "Met halfway between" two places is where they met and stays.
func (s *scan) metHalfway(i, end int) bool {
	for k := i + 1; k < end && k <= i+7; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word {
			return false
		}
		w := k
		if t.Low == "half" && k+1 < end && s.toks[k+1].Low == "way" {
			w = k + 1
		} else if !s.gaz.In(lexicon.MetHalfway, t.Low) {
			continue
		}
		return w+1 >= end || s.toks[w+1].Low != "between"
	}
	return false
}

// shunned reports a contact word at token i right after a verb of shunning, or after one
// and a determiner: "avoided meeting Y", "skipped a meeting with Y".
func (s *scan) shunned(i int) bool {
	k := s.pastDeterminer(i - 1)
	return k >= 0 && s.gaz.In(lexicon.Shun, s.toks[k].Low)
}

// pastDeterminer is token k, or the token before it when k is an article or "any": the
// word that governs the noun phrase a contact noun after k opens.
func (s *scan) pastDeterminer(k int) int {
	if k >= 0 {
		switch s.toks[k].Low {
		case "a", "an", "the", "any":
			return k - 1
		}
	}
	return k
}

// rumouredNoun reports a contact noun at token i governed by hearsay: a rumour word, then
// "of" or "about" and at most a determiner ("talk of a meeting", "speculation about talks").
func (s *scan) rumouredNoun(i int) bool {
	k := s.pastDeterminer(i - 1)
	return k >= 1 && (s.toks[k].Low == "of" || s.toks[k].Low == "about") && s.gaz.In(lexicon.Rumour, s.toks[k-1].Low)
}

// metWithReaction reports "met with" and a reception, after at most two modifiers, that
// ends the phrase ("met with criticism from Y", "met with fierce opposition."): a noun
// after the reception word ("met with opposition leaders") keeps the meeting.
func (s *scan) metWithReaction(i, end int) bool {
	if i+1 >= end || s.toks[i+1].Low != "with" {
		return false
	}
	for k := i + 2; k < end && k <= i+4; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap {
			return false
		}
		if s.gaz.In(lexicon.MetReaction, t.Low) {
			if k+1 >= end {
				return true
			}
			n := s.toks[k+1]
			return n.Kind != tokens.Word || s.gaz.In(lexicon.Preposition, n.Low) || n.Low == "and" || n.Low == "but" || n.Low == "as" || n.Low == "when"
		}
	}
	return false
}

// phoneMediumAfterObject reports a person right after a verb (from the token at from) and
// a telephone medium right after that person: "thanked Y by phone", "congratulated Y over
// the phone on Tuesday". A verb that is no contact word tells a call only with its medium.
func (s *scan) phoneMediumAfterObject(at []int, from, end int) bool {
	k := from
	for k < end && k < from+4 && (at[k] < 0 || !(s.mentions[at[k]].kind == mPerson || s.mentions[at[k]].kind == mRole)) {
		if s.toks[k].Kind != tokens.Word || !s.toks[k].Cap && s.toks[k].Low != "the" && s.toks[k].Low != "his" && s.toks[k].Low != "her" {
			return false // only a title or a determiner may stand before the person
		}
		k++
	}
	if k >= end || k >= from+4 || at[k] < 0 {
		return false
	}
	for m := at[k]; k < end && at[k] == m; k++ {
	}
	for j := k; j+1 < end && j < k+5; j++ {
		w, w2 := s.toks[j].Low, s.toks[j+1].Low
		if w == "by" && (w2 == "phone" || w2 == "telephone") || (w == "over" || w == "on") && w2 == "the" && j+2 < end && (s.toks[j+2].Low == "phone" || s.toks[j+2].Low == "telephone") {
			return true
		}
	}
	return false
}

// passiveBy returns the "by" of a passive contact verb at token i that a named agent
// follows, right after the verb or after a place ("was greeted at the airport by Xi",
// "was received in the Kremlin by Putin"); -1 when there is none.
func (s *scan) passiveBy(at []int, i, end int) int {
	for k := i + 1; k+1 < end && k <= i+6; k++ {
		t := s.toks[k]
		if t.Low == "by" {
			if at[k+1] >= 0 || s.titledPersonAt(at, k+1, end) || s.counterpartNamedAt(at, k+1, end) {
				return k
			}
			return -1
		}
		if t.Kind != tokens.Word || k == i+1 && t.Low != "at" && t.Low != "in" && t.Low != "on" || at[k] >= 0 && s.mentions[at[k]].kind == mPerson {
			return -1 // only a place phrase may stand between: not "received a letter by", "hosted X by"
		}
	}
	return -1
}

// counterpartNamedAt reports a person named after a possessive and the words of their
// standing at token i: "by her Chinese counterpart Wang Yi", "by his host, Kenyan
// President X".
func (s *scan) counterpartNamedAt(at []int, i, end int) bool {
	if i >= end || s.toks[i].Low != "his" && s.toks[i].Low != "her" && s.toks[i].Low != "their" {
		return false
	}
	for k := i + 1; k < end && k <= i+5; k++ {
		if mi := at[k]; mi >= 0 {
			return s.mentions[mi].kind == mPerson
		}
		if t := s.toks[k]; t.Text != "," && (t.Kind != tokens.Word || !t.Cap && t.Low != "counterpart" && t.Low != "host") {
			return false
		}
	}
	return false
}

// roleAfterThe reports "the" at token i and, right after it or after a demonym, an office
// that stands for a person named before ("called the prime minister on Sunday", "called
// the Russian president"), not one's office ("the president's office").
func (s *scan) roleAfterThe(at []int, i, end int) bool {
	if i >= end || s.toks[i].Low != "the" {
		return false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		if mi := at[k]; mi >= 0 {
			m := s.mentions[mi]
			return m.kind == mRole && (m.to >= end || s.toks[m.to].Kind != tokens.Poss)
		}
	}
	return false
}

// titledPersonAt reports a person named at most five capitalized words after token i, the
// words between a title or office the gazetteer does not mark ("by Communist Party chief
// Nguyen Phu Trong", "by Crown Prince X"): lower-case words other than an office end it.
func (s *scan) titledPersonAt(at []int, i, end int) bool {
	for k := i; k < end && k <= i+5; k++ {
		if at[k] >= 0 {
			return s.mentions[at[k]].kind == mPerson
		}
		if t := s.toks[k]; t.Kind != tokens.Word || !t.Cap && !s.isMatchKind(k, lexicon.PhraseOffice) && !s.gaz.IsTitleWord(t.Low) {
			return false
		}
	}
	return false
}

// personThenThat reports a person named right after "told" and, after the name, the end
// of the clause, a colon or a reported clause ("told Scholz he wanted"), or "that"
// after the person (a date between): "Xi told Chancellor Olaf Scholz on Tuesday that ...":
// one leader telling another, a contact; "told reporters", "told Reuters" are none.
func (s *scan) personThenThat(at []int, i, end int) bool {
	if i >= end || at[i] < 0 || s.mentions[at[i]].kind != mPerson && !(s.mentions[at[i]].kind == mPronoun && s.toks[i].Low != "them") {
		return false // a named person, or "him"/"her" that objectPronoun resolved ("told him that")
	}
	k := s.mentions[at[i]].to
	if k >= end {
		return true // `"...," Xi told Scholz.`
	}
	switch s.toks[k].Low {
	case ".", ":", "he", "she", "they", "it", "the", "his", "her", "their":
		return true // `told Scholz: "..."`, "told Scholz he wanted fair trade"
	case "by", "over", "via":
		if s.mediumAfter(k, min(end, k+3)) != "" {
			return true // "told Scholz over the phone on Monday that ...": the medium tells a call
		}
	}
	for j := k; j < end && j < k+5; j++ {
		if s.toks[j].Low == "that" {
			return true
		}
	}
	// `"...," Xi told Scholz on Tuesday.`: only the day follows the person
	for _, d := range s.findDates(k, end) {
		if d.from <= k+1 && (d.to >= end || s.toks[d.to].Text == ".") {
			return true
		}
	}
	return false
}

// counterpartAfter returns the token of the person named after a possessive pronoun and
// "counterpart" at token j ("his Russian counterpart Sergey Lavrov", "her counterpart,
// Penny Wong"; with a demonym and no pronoun, "Burkinabe counterpart X"), or -1: the object
// of "received" or "welcomed" that readouts write most.
func (s *scan) counterpartAfter(at []int, j, end int) int {
	if j >= end {
		return -1
	}
	switch s.toks[j].Low {
	case "his", "her", "their":
	default:
		if !s.isMatchKind(j, lexicon.PhraseDemonym) {
			return -1 // "welcomed Burkinabe counterpart X", as wire copy drops the "his"
		}
	}
	for k := j + 1; k < end && k <= j+4; k++ {
		if s.toks[k].Low != "counterpart" {
			continue
		}
		for n := k + 1; n < end && n <= k+2; n++ {
			if at[n] >= 0 && s.mentions[at[n]].kind == mPerson {
				return n
			}
			if s.toks[n].Text != "," {
				break
			}
		}
		return -1
	}
	return -1
}

// onACall reports "on a call", "on the call", "on a phone call" or "on a video call" ending
// at the call noun i, and the mode it tells: the call's parties are the subject and the
// "with" after it, as with "on the phone with".
func (s *scan) onACall(i int) (bool, string) {
	k, mode := i-1, "phone"
	if k >= 0 && (s.toks[k].Low == "video" || s.toks[k].Low == "phone" || s.toks[k].Low == "telephone") {
		if s.toks[k].Low == "video" {
			mode = "video"
		}
		k--
	}
	if k < 1 || (s.toks[k].Low != "a" && s.toks[k].Low != "the") || s.toks[k-1].Low != "on" {
		return false, ""
	}
	return true, mode
}

// gatheringOfMedium reports a gathering noun that only ranks a contact noun told with its
// medium right after it: "a summit telephone talk", "a summit video conference". The
// contact is the noun after the medium, and it was not held in person.
func (s *scan) gatheringOfMedium(i, end int) bool {
	if i+2 >= end || !s.gaz.In(lexicon.Gathering, s.toks[i].Low) {
		return false
	}
	m := s.toks[i+1].Low
	if !s.gaz.In(lexicon.PhoneMedium, m) && !s.gaz.In(lexicon.VideoMedium, m) {
		return false
	}
	_, ok := s.gaz.ContactWords[s.toks[i+2].Low]
	return ok
}

// hostApposed reports "his host, Y," or "her guest, Y," at token i: "host" or "guest"
// after a possessive pronoun, and a person's name in the apposition after its comma. The
// pronoun's person and Y met, the one received by the other.
func (s *scan) hostApposed(at []int, i, end int) bool {
	if i == 0 || i+2 >= end || s.toks[i+1].Text != "," {
		return false
	}
	if p := s.toks[i-1].Low; p != "his" && p != "her" {
		return false
	}
	return s.personWithin(at, i+2, min(end, i+8))
}

// accreditingBefore reports a verb of handing over (words class accrediting) two to four
// words before the credentials noun at i: "presented his credentials", "received the
// credentials", "received the letters of credence".
func (s *scan) accreditingBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if s.gaz.In(lexicon.Accrediting, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// modifiedNoun reports a determiner up to three lower-case words before token i: "a
// late-night call", "an hour-long call", "a hastily arranged call" make i a noun, as "a
// call" does, even with "on" after it ("held a late-night call on Thursday"); so does a
// hyphenated compound of names ("the Putin-Erdogan call on Tuesday").
func (s *scan) modifiedNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := s.toks[k]
		switch t.Low {
		case "a", "an", "the", "their", "his", "her":
			return k < i-1
		}
		if t.Kind != tokens.Word || t.Cap && !strings.Contains(t.Text, "-") {
			return false
		}
	}
	return false
}

// isPassiveAux reports a form of "be" right before a participle: "was received by".
func isPassiveAux(w string) bool {
	switch w {
	case "was", "were", "been", "being", "is", "are", "be":
		return true
	}
	return false
}

// subjectPronoun reports a pronoun that only a subject takes: after "call" it opens a
// relative clause ("a phone call he received from X"), and the call is a noun.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// titledGuest returns the token of a person named after a host's verb behind a title the
// gazetteer does not join to the name, or -1: "the" at most, then capitalized words and
// offices ("received the Ghanaian Foreign Minister Samuel Ablakwa", "welcomed Lagos State
// Governor X"), with "of" and a comma after an office for an apposition ("received the
// Ghanaian prime minister, X", "received the Governor of Lagos State, X"). Any other word,
// or a name that is no person, ends the search: "received the Nobel Prize", "welcomed the
// European Union's decision".
func (s *scan) titledGuest(at []int, j, end int) int {
	if j >= end || at[j] >= 0 {
		return -1
	}
	k := j
	if s.toks[k].Low == "the" {
		k++
	}
	office := false // an office stands in the run: "of" a place and a comma may follow it
	for n := k; n < end && n <= k+7; n++ {
		if at[n] >= 0 {
			switch m := s.mentions[at[n]]; m.kind {
			case mPerson:
				if n == k && k > j && !s.isMatchKind(n, lexicon.PhraseOffice) && !s.isMatchKind(n, lexicon.PhraseDemonym) && s.nounAfter(m.to, end) {
					return -1 // "called the Kennedy program", "welcomed the Biden administration": a name before a noun
				}
				return n
			case mRole:
				n, office = m.to-1, true // "Lagos State Governor X": the office the gazetteer knows
				continue
			case mOrg:
				if office && n > k && (s.toks[n-1].Low == "of" || s.toks[n-1].Low == "the") {
					n = m.to - 1 // "the Chairman of the African Union Commission, X": the body of the office
					continue
				}
			}
			return -1
		}
		t := s.toks[n]
		if s.isMatchKind(n, lexicon.PhraseOffice) {
			office = true
		}
		if (t.Text == "," || t.Low == "of" || t.Low == "the" && s.toks[n-1].Low == "of") && n > k && office {
			continue // "the Ghanaian prime minister, X", "the Governor of Lagos State, X", "the Speaker of the Parliament, X"
		}
		if _, contact := s.gaz.ContactWords[t.Low]; t.Kind == tokens.Word && !t.Cap && !contact && !isFunctionWord(t.Low) && s.officeWithin(n+1, min(end, n+3)) {
			continue // "received Syrian interim leader X", "the outgoing prime minister": modifiers of the office
		}
		if t.Kind != tokens.Word || !t.Cap && !s.isMatchKind(n, lexicon.PhraseOffice) && !s.gaz.IsTitleWord(t.Low) {
			return -1
		}
	}
	return -1
}

// officeWithin reports an office the gazetteer knows among tokens [from, to), with only
// lowercase modifiers before it: "interim leader", "newly appointed prime minister"; no
// contact word or function word ("and meet leader X").
func (s *scan) officeWithin(from, to int) bool {
	for n := from; n < to && n < len(s.toks); n++ {
		if s.isMatchKind(n, lexicon.PhraseOffice) {
			return true
		}
		t := s.toks[n]
		if _, contact := s.gaz.ContactWords[t.Low]; t.Kind != tokens.Word || t.Cap || contact || isFunctionWord(t.Low) {
			return false // "will visit China and meet leader X": a clause goes on, no modifier
		}
	}
	return false
}

// exchangeWith returns the token after "with" of a conversation told as an exchange at
// token i, "a frank exchange with Y", "an exchange of views with Y", or -1: an article
// or a word of its tone (class exchange-tone) before it; "a prisoner exchange with" is
// none.
func (s *scan) exchangeWith(prev string, i, end int) int {
	if prev != "a" && prev != "an" && !s.gaz.In(lexicon.ExchangeTone, prev) {
		return -1
	}
	k := i + 1
	if k+1 < end && s.toks[k].Low == "of" && s.toks[k+1].Low == "views" {
		k += 2
	}
	if k >= end || s.toks[k].Low != "with" {
		return -1
	}
	return k + 1
}

// isGetVerb reports a form of "get": "got in touch with Y" is an act of contact, where
// "were in touch" or "keep in touch" tell a link that stands.
func isGetVerb(w string) bool {
	switch w {
	case "get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

// passiveBefore reports a passive auxiliary ("was", "were", "got") right before the
// participle at token k, or before it and one adverb ("was instead put through"): the
// subject is the one the participle acts on.
func (s *scan) passiveBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := s.toks[j].Low
		if isPassiveAux(w) || w == "got" || w == "get" || w == "gets" {
			return true
		}
		if s.toks[j].Kind != tokens.Word || s.toks[j].Cap {
			return false
		}
	}
	return false
}

// phoneVerbAhead reports "phone" or "telephone" as a verb's base form after "to" or a
// modal (words classes future and proposal: "will", "would", "could", "may") with a named
// party or a possessive right after it: "is scheduled to telephone Foreign Minister Y",
// "will phone Y", "could phone his counterpart". The noun ("a phone call", "by phone",
// "the next phone call") has an article, a preposition or an adjective before it.
func (s *scan) phoneVerbAhead(i, end int) bool {
	if i == 0 || i+1 >= end {
		return false
	}
	prev, next := s.toks[i-1].Low, s.toks[i+1]
	if prev != "to" && (prev == "next" || !s.gaz.In(lexicon.Future, prev) && !s.gaz.In(lexicon.Proposal, prev)) {
		return false
	}
	return next.Kind == tokens.Word && (next.Cap && !lexicon.IsDateWord(next.Low) || next.Low == "his" || next.Low == "her" || next.Low == "their")
}

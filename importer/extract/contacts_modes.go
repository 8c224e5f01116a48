package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// counterpartFollows reports "his (Russian) counterpart" after token i.
func (s *scan) counterpartFollows(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		if s.toks[k].Low == "counterpart" {
			return true
		}
	}
	return false
}

// modeNear refines the mode from the words around a trigger: "by phone", "telephone call",
// "video call", "in person", "virtual meeting"; not from words after one that sets another
// event apart ("after their phone call", "since", "ahead of").
func (s *scan) modeNear(tr trigger, end int) string {
	mode := tr.mode
	from := tr.at - 2
	to := tr.to + 16
	if tr.noun {
		to = tr.to
	}
	for k := max(from, 0); k < end && k < to; k++ {
		if k >= tr.to && asideDash(s.toks[k]) {
			if c := s.asideClose(k, end); c > k {
				to += c - k // "spoke to Y - the first such contact since talks collapsed - on the telephone": the aside's words are its own
				k = c
				continue
			}
		}
		if w := s.toks[k].Low; k >= tr.to && (w == "since" || s.tokIn(lexicon.Precedes, k) || s.tokIn(lexicon.Follows, k)) {
			if mode == "unspecified" && s.afterTheCall(k, end) {
				return "phone" // "spoke with Y on Monday, his office said after the call": the call is this contact
			}
			break // "met Y on Tuesday, a week after their phone call", "a day after the two spoke by phone": the other event's medium
		}
		if k > tr.to && s.tokIn(lexicon.Audience, k) {
			break // "spoke with Y and later told reporters on a conference call": the briefing's medium
		}
		if k+1 < end && s.tokIn(lexicon.MediaProduct, k+1) {
			continue // "the presidency said in a video statement", "a phone number"
		}
		if k > tr.to && s.topicAt(k) {
			continue // "spoke with Y about a video summit", "about preparations for a virtual summit"
		}
		if mode == "unspecified" && k >= tr.to+2 && s.inPersonOccasion(k) {
			mode = "meeting" // "spoke with Y during a visit to Bratislava"
		}
		if s.tokIn(lexicon.VideoMedium, k) {
			return "video"
		}
		if s.tokIn(lexicon.PhoneMedium, k) {
			mode = "phone"
			continue
		}
		switch w := s.toks[k].Low; {
		case s.tokIn(lexicon.InPersonMedium, k):
			if w == "face" && (k+2 >= end || s.toks[k+1].Low != "to" || s.toks[k+2].Low != "face") {
				continue // only "face to face"
			}
			if mode == "unspecified" || mode == "talks" {
				mode = "meeting"
			}
		case w == "online":
			if k+1 < end && s.contactNounFollows(k+1, k+2) || k == tr.to {
				return "video" // "online talks", "held an online meeting", "met online with"
			}
		case s.tokIn(lexicon.SittingNoun, k):
			if k+1 < end && s.toks[k+1].Low == "call" {
				mode = "phone" // "joined by X on a conference call"
			} else if tr.name == "joined-by" && mode == "unspecified" {
				mode = "meeting" // "were joined by C and D for an expanded meeting", "at a news conference"
			}
		}
	}
	if tr.noun {
		if m := s.mediumAfter(tr.to, end); m != "" && m != mode && (m != "meeting" || mode == "unspecified" || mode == "talks") {
			return m // "held talks by phone on Friday", "talks with Y via video link", "talks in person"
		}
	}
	if tr.noun && tr.at+1 < end && tr.mode != "phone" {
		if n := s.toks[tr.at+1].Low; n == "call" || n == "calls" {
			return "phone"
		}
	}
	if mode == "unspecified" || mode == "talks" {
		if m := s.openingMode(tr); m != "" && (m != "meeting" || mode == "unspecified") {
			return m
		}
	}
	return mode
}

// topicAt reports a medium word at token k that qualifies what a contact is about, not
// how it is held: "about a video summit", "about the phone call", "preparations for a
// virtual summit".
func (s *scan) topicAt(k int) bool {
	j := k - 1
	switch s.toks[j].Low {
	case "a", "an", "the", "their":
		j--
	}
	if j < 0 {
		return false
	}
	switch s.toks[j].Low {
	case "about":
		return true
	case "for":
		return j > 0 && (s.toks[j-1].Low == "preparations" || s.toks[j-1].Low == "plans")
	}
	return false
}

// topicNoun reports a contact noun, after token from, that is what a contact is about
// ("about a video summit of European leaders", "about the call"): no contact told, and no
// medium or occasion lent to the contact.
func (s *scan) topicNoun(noun trigger, from int) bool {
	for k := noun.at; k > from && k >= noun.at-2; k-- {
		if s.topicAt(k) {
			return true
		}
	}
	return false
}

// inPersonOccasion reports a visit at token k, told as the time of a contact: "during a
// visit to Bratislava", "on his trip". A contact there is held in person; one "on the
// sidelines of the summit" keeps its told mode ("chatted with Y on the sidelines").
func (s *scan) inPersonOccasion(k int) bool {
	switch s.toks[k-1].Low {
	case "a", "an", "his", "her", "their", "the":
	default:
		return false
	}
	p := s.toks[k-2].Low
	return (p == "during" || p == "on") && s.tokIn(lexicon.Trip, k)
}

// openingMode reads the medium told in a phrase that opens the sentence, before the comma
// that ends it and the contact's clause: "By phone on Monday, X told Y", "Over a video link,
// X and Y discussed"; a visit or stay there tells a meeting: "During his stay in Minsk, X
// and Y discussed ties". "" if the sentence opens otherwise.
func (s *scan) openingMode(tr trigger) string {
	from := s.sents[s.toks[tr.at].Sent].from
	if from >= tr.at {
		return ""
	}
	visit := false
	switch s.toks[from].Low {
	case "during", "on", "while":
		visit = true
	case "by", "over", "via", "in":
	default:
		return ""
	}
	comma := -1
	for k := from + 1; k < tr.at; k++ {
		if s.toks[k].Text == "," {
			comma = k
			break
		}
	}
	for k := from; k < comma; k++ {
		switch w := s.toks[k].Low; {
		case w == "video" || w == "videoconference" || w == "virtual" || w == "video-link" || w == "videolink":
			return "video"
		case w == "phone" || w == "telephone" || w == "telephonic":
			return "phone"
		case visit && s.gaz.In(lexicon.Trip, w):
			return "meeting"
		}
	}
	return ""
}

// namingComplement reports `called X "my friend"` or "called X a liar": the object is
// followed by a quotation or a noun phrase, so "called" names rather than telephones. A
// day after the object is the call's time, not a name: "phoned X the next day", "called X
// a week ago".
func (s *scan) namingComplement(at []int, i, end int) bool {
	for k := i + 1; i < end && s.toks[i].Low == "the" && k < end && k <= i+3; k++ {
		if at[k] >= 0 {
			i = k // "called the Russian president a killer"
		}
	}
	if k := s.titledGuest(at, i, end); k >= 0 {
		i = k // "called the Ugandan Defence Minister Jacob Oboth a liar"
	}
	if i >= end || at[i] < 0 {
		return false
	}
	k := s.mentions[at[i]].to
	if k >= end {
		return false
	}
	switch w := s.toks[k].Low; {
	case s.toks[k].Kind == tokens.QuoteMark:
		return true
	case w == "a", w == "an", w == "the", w == "my", w == "his", w == "her", w == "their", w == "our":
		return !s.dateStartsAt(k)
	}
	return false
}

// dateStartsAt reports a date expression that begins at token k ("the next day", "a week
// ago", "the same evening").
func (s *scan) dateStartsAt(k int) bool {
	for _, d := range s.sentenceDates(s.toks[k].Sent) {
		if d.from == k {
			return true
		}
	}
	return false
}

// refine returns the more specific of two agreeing modes.
func refine(a, b string) string {
	if a == "call" && remote(b) {
		return b // the medium the call turns out to have
	}
	if b == "call" && remote(a) {
		return a
	}
	if b == "unspecified" || b == "talks" && a != "unspecified" {
		return a
	}
	if a == "unspecified" || a == "talks" {
		return b
	}
	return a
}

// contactNounFollows reports a contact noun (words class near-contact-noun) within three
// tokens ("host a meeting").
func (s *scan) contactNounFollows(i, end int) bool {
	return hasClassWord(s, i, min(end, i+3), lexicon.NearContactNoun)
}

// afterTheCall reports "after the call" or "following the call" at token k, with no span
// of time before it ("a week after") and no one named after the noun ("after the call
// with Z"): said after a contact told with no medium, the call is that contact.
func (s *scan) afterTheCall(k, end int) bool {
	if !s.tokIn(lexicon.Follows, k) || k > 0 && s.tokIn(lexicon.Span, k-1) || k+2 >= end || s.toks[k+1].Low != "the" {
		return false
	}
	j := k + 2
	if s.tokIn(lexicon.PhoneMedium, j) && j+1 < end {
		j++ // "after the phone call"
	}
	if s.toks[j].Low != "call" {
		return false
	}
	return j+1 >= end || s.toks[j+1].Kind != tokens.Word || s.toks[j+1].Low != "with" && s.toks[j+1].Low != "between" && s.toks[j+1].Low != "of"
}

// mediumAfter reads "by phone", "over the phone", "by telephone", "via video (link)", "in
// a video format" in the dozen tokens after a contact noun: the medium of talks told before
// it ("" if none); "in person" and "face to face" there make them a meeting ("agreed to
// hold talks in person").
func (s *scan) mediumAfter(from, end int) string {
	for k := from; k+1 < end && k < from+12; k++ {
		w := s.toks[k].Low
		if s.inPersonAt(k, end) {
			return "meeting"
		}
		if w != "by" && w != "over" && w != "via" && w != "in" && w != "on" { // "on the phone"
			continue
		}
		j := k + 1
		if n := s.toks[j].Low; (n == "the" || n == "a") && j+1 < end {
			j++
		}
		if w == "in" && (j+1 >= end || s.toks[j+1].Low != "format" && s.toks[j+1].Low != "mode") {
			continue // only "in a video format", "in videoconference mode"
		}
		switch w := s.toks[j].Low; {
		case w == "phone" || w == "telephone":
			return "phone"
		case s.gaz.In(lexicon.VideoMedium, w):
			return "video"
		}
	}
	return ""
}

// inPersonAt reports "in person", "face to face" or "face-to-face" at token k.
func (s *scan) inPersonAt(k, end int) bool {
	switch w := s.toks[k].Low; w {
	case "in":
		return k+1 < end && s.toks[k+1].Low != "face" && s.tokIn(lexicon.InPersonMedium, k+1)
	case "face":
		return k+2 < end && s.toks[k+1].Low == "to" && s.toks[k+2].Low == "face"
	case "person":
		return false // only "in person"
	}
	return s.tokIn(lexicon.InPersonMedium, k)
}

// callMode is the mode an anaphoric frame lends the contact of its clause: "call" for a
// call told again with "the", "this", "that" or "their" and no medium ("During the call,
// the two leaders discussed"), which is the call told before, by video or by phone,
// whichever it was (a phone call when none tells); else the frame's own mode.
func (s *scan) callMode(f frame) string {
	k := f.tr.at
	if f.mode != "phone" || s.toks[k].Low != "call" || k == 0 {
		return f.mode
	}
	switch s.toks[k-1].Low {
	case "the", "this", "that", "their":
		return "call"
	}
	return f.mode
}

// readoutOf reports a definite contact noun with no parties of its own and a medium ("the
// call", "the video call", "the talks") that a saying reports before the contact at token
// main, in its clause ("A readout of the call released by the White House said Biden and
// Xi discussed ..."): the contact said is that call.
func (s *scan) readoutOf(f frame, main trigger) bool {
	if f.tr.at >= main.at || f.mode == "unspecified" || !s.definiteNoun(f.tr) {
		return false
	}
	for k := f.tr.to; k < main.at; k++ {
		if s.tokIn(lexicon.Speech, k) {
			return true
		}
	}
	return false
}

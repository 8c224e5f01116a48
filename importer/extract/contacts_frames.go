package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// anotherBefore reports "another (phone) call", "a second meeting", "previous talks".
func (s *scan) anotherBefore(tr trigger, c clause) bool {
	for k := tr.at - 1; k >= c.from && k >= tr.at-3; k-- {
		if s.gaz.In(lexicon.Another, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// possessiveOwner resolves "his" before a contact noun: the subject named before it in the
// sentence ("Starmer, who had his own meeting with Trump"), else the first person after
// the phrase ("During his call with Kuleba, Blinken underscored"; a body that reports it,
// "His talks with Y lasted four hours, the Foreign Office said", is no owner of "his"),
// else the last person.
func (x *Extractor) possessiveOwner(r *resolver, at []int, c clause, tr trigger) int {
	s := r.s
	se := s.sents[c.sent]
	if k := x.subjectBefore(s, at, se.from, tr.at); k >= 0 && r.actors[s.mentions[at[k]].actor].kind == "person" {
		return s.mentions[at[k]].actor
	}
	seenComma := false
	for k := tr.to; k < se.to; k++ {
		if s.toks[k].Text == "," {
			seenComma = true
		}
		if mi := at[k]; mi >= 0 && seenComma && r.participantKind(mi) && r.actors[s.mentions[mi].actor].kind == "person" && !x.objectPosition(s, s.mentions[mi].from) {
			return s.mentions[mi].actor // not ", the Foreign Office said": "his" is a person
		}
	}
	for k := tr.at - 1; k >= 0; k-- {
		if mi := at[k]; mi >= 0 && r.participantKind(mi) && r.actors[s.mentions[mi].actor].kind == "person" {
			return s.mentions[mi].actor
		}
	}
	return -1
}

// appositiveContact reports a contact noun that describes the clause's contact rather than
// another one: "In a phone call, X told Y", "held talks on Monday, a video call that".
func (s *scan) appositiveContact(noun, main trigger, c clause) bool {
	if s.laterEvent(noun, c) {
		return false // "spoke with Kishida ahead of a trilateral summit": another contact
	}
	if noun.at > main.to && s.topicNoun(noun, main.to) {
		return false // "spoke with Y about a video summit": what they spoke about
	}
	for k := main.to; k < noun.at; k++ {
		if s.gaz.In(lexicon.Audience, s.toks[k].Low) {
			return false // "spoke with Y and later told reporters on a conference call": the briefing
		}
	}
	for k := noun.at - 1; k >= c.from && k >= noun.at-4; k-- {
		switch s.toks[k].Low {
		case "a", "an":
			if noun.at > main.at {
				return true
			}
		case "in", "during", "by", "over", "via":
			return true
		case "for":
			// "hosted X for talks", "received him for a meeting": the purpose right after the
			// guest is the contact itself; "to prepare for the call" is another
			return noun.at > main.at && k > c.from && (s.toks[k-1].Cap || isObjectPronoun(s.toks[k-1].Low) || s.guestsWith(k-1, c.from))
		case "of":
			return k > c.from && s.toks[k-1].Low == "part" // "with A and B part of the 30-minute call"
		}
	}
	return false
}

// guestsWith reports a group noun at token j that ends the guest list after a name: "hosted
// Zelensky and European leaders for talks", "invited King X and other leaders for talks",
// "received Y and his delegation for a meeting". The purpose after the group is the
// contact with the named guest, as it is right after a name.
func (s *scan) guestsWith(j, from int) bool {
	if w := s.toks[j].Low; !s.gaz.In(lexicon.Group, w) && !s.gaz.In(lexicon.Parties, w) && !s.gaz.In(lexicon.Delegates, w) {
		return false
	}
	for k := j - 1; k > from && k >= j-3; k-- {
		if s.toks[k].Kind != tokens.Word {
			return false
		}
		if s.toks[k].Low == "and" {
			return s.toks[k-1].Cap
		}
	}
	return false
}

// context is the frame of a contact with unnamed people ("held his first calls with
// foreign leaders on Tuesday", "met in Amman with the foreign ministers of Jordan, ..."):
// not a contact itself, it lends its mode and date to the caller's named contacts of the
// next sentences ("Biden spoke first with Boris Johnson"). A negated or refused one ("has
// refused to meet opposition leaders", "did not meet them") tells no occasion: ok is false.
func (x *Extractor) context(s *scan, c clause, tr trigger, p parts) (f frame, ok bool) {
	f = frame{sent: c.sent, tr: tr, actors: distinct(p.subj), mode: s.modeNear(tr, c.to), initiator: -1, isContext: true}
	f.date, f.hasDate = s.nearestDate(c, tr, []trigger{tr}, nil, nil)
	var skip bool
	f.status, f.explicit, skip = s.status(c, tr, p.light, x.cueOutside(s, tr)) // for the contact it becomes when its people are named
	return f, !skip
}

func withoutContexts(fs []frame) []frame {
	var out []frame
	for _, f := range fs {
		if !f.isContext {
			out = append(out, f)
		}
	}
	return out
}

// mainSubject finds the subject of a sentence-initial adverbial that holds a contact word
// ("After talks with Xi, Blinken said", "Speaking after meeting Erdogan, Zelensky told
// reporters"): the first person after the adverbial's comma who is not an object; -1
// when the contact word is not in such an opening phrase, or is its topic ("Asked about
// talks with Putin, Zelensky said": class topic).
func (x *Extractor) mainSubject(r *resolver, at []int, c clause, tr trigger, objEnd int) int {
	s := r.s
	se := s.sents[c.sent]
	comma := s.commaWithin(se.from, min(se.to, se.from+16))
	if comma < 0 && s.opensWithAdjunct(se.from) {
		comma = s.commaWithin(se.from, min(se.to, se.from+28)) // "Speaking to reporters after meeting X in Abu Dhabi on Wednesday, Y said"
	}
	if comma < 0 || tr.at > comma || objEnd > comma || at[se.from] >= 0 && s.mentions[at[se.from]].kind == mPerson {
		return -1
	}
	for k := se.from; k < tr.at; k++ {
		if s.gaz.In(lexicon.Topic, s.toks[k].Low) {
			return -1 // "Asked about talks with Putin, Zelensky said": the talks are the topic
		}
	}
	for k := comma + 1; k < se.to && k < comma+8; k++ {
		if mi := at[k]; mi >= 0 && r.actors[s.mentions[mi].actor].kind == "person" && !x.objectPosition(s, s.contextStart(s.mentions[mi].from)) {
			if a := s.mentions[mi].actor; s.inQuote[tr.at] && !s.inQuote[k] && r.spokesperson(a) {
				return -1 // `"We had a good meeting with X," the Kremlin spokesman said`: his principal's
			}
			return s.mentions[mi].actor
		}
	}
	return -1
}

// opensWithAdjunct reports a sentence that opens with a participle or a preposition
// ("Speaking to reporters after ...", "At the end of his talks with ..."), whose fronted
// phrase may run long before the comma that ends it and the main clause's subject.
func (s *scan) opensWithAdjunct(from int) bool {
	w := s.toks[from].Low
	return strings.HasSuffix(w, "ing") || s.gaz.In(lexicon.Preposition, w) || s.gaz.In(lexicon.Follows, w)
}

// habitualPlural reports a plural contact noun ("meetings", "calls", "summits"; not
// "talks", one contact all the same) led by a word that sums up several contacts within the
// three words before it: "several meetings", "previous calls", "their regular meetings",
// told over a span of months or years ("during the last year"), or by the names of several
// bodies: "the SCO and CSTO summits".
func (s *scan) habitualPlural(c clause, tr trigger) bool {
	if s.countedRounds(c, tr) {
		return true // "held six rounds of talks with Y", "several sessions of talks"
	}
	w := s.toks[tr.at].Low
	if !tr.noun || w == "talks" || !strings.HasSuffix(w, "s") {
		return false
	}
	for k := tr.at - 1; k >= c.from && k >= tr.at-3; k-- {
		if s.gaz.In(lexicon.Tally, s.toks[k].Low) {
			return true
		}
	}
	if s.longSpan(c) {
		return true // "during the last year he led the delegation in the tripartite meetings with Y"
	}
	// "the SCO and CSTO summits", "the G7 and NATO meetings": one gathering of each body
	return tr.at-3 >= c.from && s.toks[tr.at-1].Cap && s.toks[tr.at-2].Low == "and" && s.toks[tr.at-3].Cap
}

// countedRounds reports a contact noun after a counted plural of sittings (words class
// rounds) and "of": "six rounds of talks", "several sessions of talks". "The third round
// of talks" is one sitting and stays.
func (s *scan) countedRounds(c clause, tr trigger) bool {
	k := tr.at - 1
	if k-2 < c.from || s.toks[k].Low != "of" || !s.gaz.In(lexicon.Rounds, s.toks[k-1].Low) {
		return false
	}
	n := s.toks[k-2].Low
	return s.gaz.In(lexicon.Count, n) || s.gaz.In(lexicon.Tally, n) || strings.TrimLeft(n, "0123456789") == "" && n != ""
}

// longSpan reports a span of months or years that clause c is told over, "during the last
// year", "over the past two years", "in recent months": a plural contact noun in it sums up
// the contacts of that time, none of them told. Days and weeks ("over the past two days")
// may be a visit's round of meetings, each told.
func (s *scan) longSpan(c clause) bool {
	for k := c.from; k+1 < c.to; k++ {
		switch s.toks[k].Low {
		case "during", "over", "in", "for", "throughout":
		default:
			continue
		}
		j := k + 1
		if s.toks[j].Low == "the" {
			j++
		}
		if j >= c.to || (s.toks[j].Low != "last" && s.toks[j].Low != "past" && s.toks[j].Low != "recent") {
			continue
		}
		for n := j + 1; n < c.to && n <= j+3; n++ {
			switch s.toks[n].Low {
			case "month", "months", "year", "years", "decade", "decades":
				return true
			}
		}
	}
	return false
}

// isObjectPronoun reports a personal pronoun in the object case.
func isObjectPronoun(w string) bool {
	switch w {
	case "him", "her", "them":
		return true
	}
	return false
}

// countedApposition reports a contact noun in an apposition that counts the pair's
// contacts right after the clause that tells one: "A and B spoke by phone on Monday, their
// second call this month" (words class contact-ordinal between "their" and the noun). The
// noun tells that contact again, not another one.
func (s *scan) countedApposition(tr trigger, c clause, prev frame) bool {
	if !tr.noun || prev.sent != c.sent || prev.tr.at >= tr.at {
		return false
	}
	k := tr.at - 1
	for k > c.from && k > tr.at-3 && s.gaz.In(lexicon.ContactOrdinal, s.toks[k].Low) {
		k--
	}
	if k == tr.at-1 || k <= c.from || s.toks[k].Low != "their" || s.toks[k-1].Text != "," {
		return false
	}
	return k-1 > prev.tr.at
}

// whoseOwner returns the person a relative "whose" right before contact noun tr stands
// for, named just before its comma ("Zelensky, whose call with Biden lasted an hour,"), or
// -1: the noun is that person's contact.
func (r *resolver) whoseOwner(at []int, tr trigger) int {
	s := r.s
	k := tr.at - 1
	if k < 2 || s.toks[k].Low != "whose" || s.toks[k-1].Text != "," {
		return -1
	}
	if mi := at[k-2]; mi >= 0 && s.mentions[mi].actor >= 0 && s.mentions[mi].kind == mPerson {
		return s.mentions[mi].actor
	}
	return -1
}

// apposedHostOwner returns the person "his" or "her" before "host" or "guest" stands for
// ("X and his host, Y,": X; "Boric hosted a lunch. His guest, Y, thanked him": Boric): the
// person joined by "and" right before, else the last person named before it in its
// sentence or the one before in its paragraph who is not one of objs; -1 when none.
func (r *resolver) apposedHostOwner(at []int, tr trigger, objs []int) int {
	s := r.s
	k := tr.at - 1
	if k >= 2 && s.toks[k-1].Low == "and" {
		if mi := at[k-2]; mi >= 0 && s.mentions[mi].actor >= 0 && r.actors[s.mentions[mi].actor].kind == "person" && !contains(objs, s.mentions[mi].actor) {
			return s.mentions[mi].actor
		}
	}
	si := s.toks[tr.at].Sent
	from := s.sents[si].from
	if si > 0 && s.sents[si-1].para == s.sents[si].para {
		from = s.sents[si-1].from
	}
	for j := k - 1; j >= from; j-- {
		if mi := at[j]; mi >= 0 && s.mentions[mi].actor >= 0 && r.actors[s.mentions[mi].actor].kind == "person" && !contains(objs, s.mentions[mi].actor) {
			return s.mentions[mi].actor
		}
	}
	return -1
}

// negatedAfter reports a word of negation (words class negation) among tokens [from, to):
// "his guest, X, did not come" tells no visit.
func (s *scan) negatedAfter(from, to int) bool {
	for k := from; k < to; k++ {
		if s.gaz.In(lexicon.Negation, s.toks[k].Low) {
			return true
		}
	}
	return false
}

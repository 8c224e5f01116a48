package extract

import (
	"fmt"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
)

// Trip dates: a story tells a journey with its day and the contacts of that journey in the
// sentence after it without repeating the day ("Blinken arrived in Riyadh on Monday. He
// met the crown prince ...", "X visited Kyiv on Tuesday. During the visit, she held talks
// with Y"). A held contact with no date of its own whose first sentence follows one that
// tells a journey of one of its participants on a day takes that day (rule date.trip).

// applyTripDate dates c with the day of the journey told in the sentence before its first,
// when b takes it (see above).
func (r *resolver) applyTripDate(b *building, c *Contact, published string) {
	s := r.s
	si := b.firstSent - 1
	if c.Date != "" || c.DateText != "" || b.hasDate || b.status != "held" || b.earlier || si < 0 || b.firstSent >= len(s.sents) {
		return
	}
	if b.perfect || s.countedPlural(b.firstTr) || s.repeated(b.firstTr) {
		return // "She has met Y many times": no one day
	}
	if !r.tripBy(si, b.parts) && !r.continuedFrom(si, b) || s.earlierWord(b.firstSent) || s.duringLongTrip(b.firstSent) {
		return
	}
	for _, d := range s.sentenceDates(si) {
		if s.inQuote[d.from] || !dayPrecise(d.e) || s.otherEventInLead(si, d) || s.announcedPlan(si, d) {
			continue
		}
		c.Date, c.DateText = d.resolve(published, dates.Past), d.text
		s.note(b.firstSent, "date", "date.trip", true, d.from, d.to,
			fmt.Sprintf("no date of its own; the journey told before on %q -> %s (published %s)", d.text, orNone(c.Date), orNone(published)))
		return
	}
}

// tripBy reports sentence si telling a journey ("arrived in", "visited", "a visit to")
// with one of the actors parts named in it, outside quotations.
func (r *resolver) tripBy(si int, parts []int) bool {
	s := r.s
	se := s.sents[si]
	trip := false
	for k := se.from; k < se.to; k++ {
		if !s.inQuote[k] && (s.gaz.In(lexicon.TripMade, s.toks[k].Low) || s.gaz.In(lexicon.Trip, s.toks[k].Low)) {
			trip = true
			break
		}
	}
	if !trip {
		return false
	}
	for _, mi := range s.sentenceMentions(si) {
		m := s.mentions[mi]
		if m.sent == si && m.actor >= 0 && !s.inQuote[m.from] && contains(parts, m.actor) {
			return true
		}
	}
	return false
}

// continuedFrom reports a contact told in the sentence right after si, in its paragraph,
// by a pronoun (after a word of class sequel: "There she met Y") that goes on with what si told of one of its participants on a day: "On 20
// February, X addressed parliament in Jakarta. She also met Y." The day is that of the
// participant's doing told just before, as a journey's is (rule date.trip).
func (r *resolver) continuedFrom(si int, b *building) bool {
	s := r.s
	se := s.sents[b.firstSent]
	if s.sents[si].para != se.para || se.from >= se.to {
		return false
	}
	first := se.from
	if s.gaz.In(lexicon.Sequel, s.toks[first].Low) && first+1 < se.to {
		first++ // "There she met Y", "Then he held talks with Z"
	}
	switch s.toks[first].Low {
	case "he", "she", "they":
	default:
		return false
	}
	for _, mi := range s.sentenceMentions(si) {
		m := s.mentions[mi]
		if m.sent == si && m.actor >= 0 && !s.inQuote[m.from] && contains(b.parts, m.actor) {
			return true
		}
	}
	return false
}

// earlierWord reports a word in sentence si that sets what it tells before the story's
// time ("recently", "previously", "ago"), or "last" before a journey or a gathering ("on
// his last visit to Santiago", "at the last summit"): the one before the story's; or words
// of another time that name no date ("twice before", "during the pandemic": backgroundTime).
func (s *scan) earlierWord(si int) bool {
	if s.backgroundTime(si) {
		return true
	}
	se := s.sents[si]
	for k := se.from; k < se.to; k++ {
		if s.gaz.In(lexicon.Earlier, s.toks[k].Low) {
			return true
		}
		if s.toks[k].Low == "last" && k+1 < se.to && (s.gaz.In(lexicon.Trip, s.toks[k+1].Low) || s.gaz.In(lexicon.Gathering, s.toks[k+1].Low)) {
			return true
		}
	}
	return false
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// quotedSelf returns the speaker of the quotation when "I" stands in a list of persons
// before the contact word at token at, inside that quotation: "President A, President B
// and I will discuss ...," he said: the speaker is a party with A and B. -1 otherwise.
func (r *resolver) quotedSelf(c clause, at int) int {
	s := r.s
	for k := c.from; k < at; k++ {
		if s.toks[k].Text != "I" || !s.inQuote[k] {
			continue
		}
		listed := k > c.from && (s.toks[k-1].Low == "and" || s.toks[k-1].Text == ",") || k+1 < at && s.toks[k+1].Low == "and"
		if a, ok := s.saidBy[k]; ok && listed {
			return a
		}
	}
	return -1
}

// quotedAuthor returns the speaker of the quotation that holds trigger tr when the clause
// tells the speaker's own contact in the first person: "I" or "we" as its subject ("I
// spoke with X this morning", "Today I had a good call with X") or no subject at all, as
// leaders' posts write ("Had a productive conversation with X", "Delighted to meet my
// friend X", "Great meeting with X"). A quotation of several sentences names its speaker
// only after the last one, so the clause itself has no one to be its subject. An embedded
// post outside quotation marks is its signature's writer's (postAuthor). -1 when the
// clause has a subject of its own or the quotation no speaker.
func (r *resolver) quotedAuthor(c clause, tr trigger) int {
	s := r.s
	me, ok := s.saidBy[tr.at]
	if !ok || !s.inQuote[tr.at] {
		me = r.postAuthor(tr.at) // "Had a good call with X. — Y (@handle) March 4, 2025": Y's post
	}
	if me < 0 || r.actors[me].kind != "person" {
		return -1
	}
	k := c.from
	ds := s.findDates(c.from, tr.at)
opening: // quotation marks, commas, a day ("Today", "This morning"), "earlier"
	for k < tr.at {
		t := s.toks[k]
		if t.Kind == tokens.QuoteMark || t.Text == "," || s.gaz.In(lexicon.Earlier, t.Low) {
			k++
			continue
		}
		for _, d := range ds {
			if d.from == k && d.to > k {
				k = d.to
				continue opening
			}
		}
		break
	}
	self := false
	if k < tr.at && (s.toks[k].Text == "I" || s.toks[k].Low == "we") {
		self, k = true, k+1
	}
	if r.spokesperson(me) && !(self && s.toks[k-1].Text == "I") {
		return -1 // "We had a good meeting with X," the Kremlin spokesman said: his principal's meeting
	}
	if !self && k < tr.at && s.gaz.In(lexicon.PostOpener, s.toks[k].Low) {
		// "Delighted to (have) met", "Good to speak", "Great meeting with", "Very productive talks with"
		for k++; k < tr.at && (s.gaz.In(lexicon.PostOpener, s.toks[k].Low) || s.toks[k].Low == "to" || s.toks[k].Low == "have" || s.toks[k].Low == "again"); k++ {
		}
		if k == tr.at {
			return me
		}
		return -1
	}
	for k < tr.at && (s.toks[k].Low == "just" || s.toks[k].Low == "also" || s.toks[k].Low == "have" || s.toks[k].Low == "has") {
		k++
	}
	if k == tr.at {
		if tr.noun && !self {
			return -1 // "Talks with X were productive": no one's own contact
		}
		return me
	}
	if !tr.noun || !s.gaz.In(lexicon.PastLight, s.toks[k].Low) && s.toks[k].Low != "have" {
		return -1
	}
	// "had a very good call with", "held fruitful talks with": the light verb's noun
	for k++; k < tr.at; k++ {
		if t := s.toks[k]; t.Kind != tokens.Word || t.Cap || s.mentionAt(k) >= 0 || k-tr.at > 4 {
			return -1
		}
	}
	return me
}

package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// status reads a clause's tense and modality around a trigger: "" with skip=true for a
// negated or hypothetical contact ("refused to meet", "did not speak", "if they meet").
// Otherwise cancelled, proposed, scheduled or held; explicit is false when nothing but
// the default (held) applies.
//
// For a noun with a light verb ("expected to hold a three-way meeting", "had requested a
// call") the modal words are read from before the light verb up to the noun. A word of
// status counts only where outside (cueOutside) does not place it outside the contact's
// predicate, in a clause or phrase of its own.
func (s *scan) status(c clause, tr trigger, light int, outside func(k int) bool) (status string, explicit, skip bool) {
	head := tr.headWith(light)
	reach := 8 // how far before the head modal words count
	if light >= 0 && light < tr.at && isAdjunctPreposition(s.toks[light].Low) {
		reach = 0 // "have agreed to ..., after a four-hour summit": the summit's own tense
	}
	if light > c.from && light < tr.at && (s.toks[light].Low == "in" || s.toks[light].Low == "at") && s.toks[light-1].Kind == tokens.Word && !s.toks[light-1].Cap && strings.HasSuffix(s.toks[light-1].Low, "ed") {
		reach = 0 // "agreed in talks on Saturday to expand trade": the talks were held
	}
	status = "held"
	if tr.noun && tr.at-2 >= c.from && (s.toks[tr.at-1].Low == "a" || s.toks[tr.at-1].Low == "an") && (s.toks[tr.at-2].Low == "is" || s.toks[tr.at-2].Low == "be") {
		return "proposed", true, false // "the first step is a call between X and Y", "the aim would be a meeting of X and Y": a plan, not an event
	}
	if tr.name == "invited" || tr.name == "invitation" {
		defer func() {
			if !skip && status != "cancelled" {
				status, explicit = "proposed", true // an invitation is a proposed meeting
			}
		}()
	}
	if s.petitionRebuffed(c, tr) {
		return "", false, true // "whose request for a meeting with Y was turned down": none
	}
	for k := c.from; k < c.to; k++ {
		if s.inQuote[k] != s.inQuote[tr.at] {
			continue // the quotation's words are not the narrative's tense
		}
		if s.inAside(c, k, tr.at) {
			continue // "Lavrov, who has not visited Washington since 2017, met Blinken"
		}
		w := s.toks[k].Low
		before := k < tr.at
		near := before && tr.at-k <= 6
		close := k >= tr.at-6 && k <= tr.to+4 // "called off the meeting", "the talks were cancelled"
		switch {
		case s.tokIn(lexicon.Cancel, k) && !outside(k):
			passive := k > tr.at && s.passiveAt(k) // "the meeting between X and Y was postponed"
			if close && !(w == "postponed" && k > tr.at && !passive) || tr.noun && passive {
				return "cancelled", true, false
			}
			if k < tr.at && s.cancelledTrip(k, tr.at) {
				return "cancelled", true, false // "cancelled his trip to Beijing, where he was to meet Wang Yi"
			}
		case w == "off" && !outside(k):
			if k > c.from && s.toks[k-1].Low == "called" && (close || tr.noun && k-1 > tr.at && s.passiveAt(k-1)) { // "the talks between X and Y were called off"
				return "cancelled", true, false
			}
			if k > c.from && s.toks[k-1].Low == "called" && k < tr.at && s.cancelledTrip(k, tr.at) {
				return "cancelled", true, false // "called off his visit to Dhaka, where he was to have met Y"
			}
		case w == "out" && near && s.pullOut(k):
			return "cancelled", true, false // "pulled out of a planned meeting with Y"
		case w == "no" && near && k+1 < tr.at && s.toks[k+1].Low == "longer" && k > c.from && s.tokIn(lexicon.Future, k-1):
			return "cancelled", true, false // "will no longer meet Y on Thursday": the plan is off
		case (w == "should" || w == "could" || w == "would") && near && k+1 < tr.at && s.toks[k+1].Low == "have" && !(tr.noun && (k+2 == tr.at || isDeterminer(s.toks[k+2].Low))):
			// "should have called Y", "would have met Y": it did not happen; not "could have
			// a call with Y", "could have talks", where "have" holds the contact
			return "", false, true
		case (w == "should" || w == "must" || w == "ought") && near && !(k+1 < tr.at && s.toks[k+1].Low == "have"):
			return "proposed", true, false // "X should meet Y", "must talk to Y": advised, not held nor planned
		case s.tokIn(lexicon.Negation, k) && near && k+1 < tr.at && s.tokIn(lexicon.Refusal, k+1) && plainNot(w) && !outside(k):
			return "proposed", true, false // "Putin would not refuse a meeting with Zelensky": possible, not agreed
		case s.tokIn(lexicon.Negation, k) && !outside(k):
			if near && !(tr.noun && s.adjunctBetween(k, tr.at) && !s.futile(k) && !s.negatedMeet(k)) && !(tr.noun && s.disclosureBetween(k, tr.at)) && !(tr.noun && hasWord(s, k, tr.at, "since")) && !(k+2 < c.to && s.refusalParticle(k+2)) && !(w == "not" && k+1 < c.to && s.toks[k+1].Low == "only") {
				return "", false, true
			}
		case s.tokIn(lexicon.Offer, k):
			if near && hasWord(s, max(c.from, k-3), k, "would") {
				return "", false, true // "would be open to meeting Maduro", "would love to meet": an offer on conditions, no contact
			}
		case s.reluctantTo(k, tr.at):
			return "", false, true // "is unwilling to talk to Y", "reluctant to meet Y": refused
		case w == "door" && near && k > c.from && (s.toks[k-1].Low == "the" && k-1 > c.from && s.tokIn(lexicon.Closing, k-2)):
			return "", false, true // "closed the door on meeting Trump": refused
		case near && k > c.from && s.refusalParticle(k) && !(tr.noun && s.adjunctBetween(k, tr.at)):
			if k-2 >= c.from && plainNot(s.toks[k-2].Low) {
				return "proposed", true, false // "has not ruled out a meeting": possible, not agreed
			}
			return "", false, true // "ruled out a meeting with Putin", "turned down talks with Y"; not "turned down the plan at talks with Y"
		case w == "yet" && near && k+1 < tr.at && s.toks[k+1].Low == "to":
			return "", false, true // "has yet to speak with Y", "is yet to hold talks with Y": not held, not planned
		case (w == "if" || w == "whether") && s.askedTopic(c, k, tr.at):
			// "Asked whether a deal was close, Blinken, speaking after he met X, said": the question's
		case (w == "if" || w == "unless") && k > tr.to && s.topicBefore(tr.to, k):
			// "spoke with X about what would happen if Iran attacked": the talk's topic
		case (w == "if" || w == "unless") && k < head && s.saidAfterCondition(k, head):
			// "If talks fail, sanctions follow, Blinken told Lavrov in a call": the condition is
			// what was said, not the call's
		case w == "if" || w == "unless":
			return "", false, true // hypothetical: "willing to meet Putin if Russia pulled back"
		case w == "only" && k > tr.to && k+1 < c.to && s.tokIn(lexicon.Condition, k+1) && (hasWord(s, max(c.from, tr.at-4), tr.at, "would") || hasWord(s, max(c.from, tr.at-4), tr.at, "will")):
			return "", false, true // "would sit down with Putin only after a full withdrawal": on a condition
		case w == "whether":
			if before {
				return "", false, true
			}
		}
	}
	for k := max(c.from, head-reach); k < tr.at; k++ {
		if s.inQuote[k] != s.inQuote[tr.at] || s.inAside(c, k, tr.at) {
			continue
		}
		if s.nameNotModal(k) {
			continue
		}
		switch w := s.toks[k].Low; {
		case s.tokIn(lexicon.Instruct, k) && s.instructedTo(k, tr):
			return "proposed", true, false // "told Y to meet Z", "encouraged Y to call Z": asked for, not held
		case w == "asked" || w == "asks" || w == "ask" || w == "asking" || w == "request" || w == "requests" || w == "requesting":
			if hasWord(s, k+1, tr.at, "for") {
				return "proposed", true, false // "asked (Lavrov) for a call"; not "asked him in a call to ..."
			}
			if k+1 < head && s.toks[k+1].Low == "to" && head-k <= 4 {
				return "proposed", true, false // "asked to meet Y", "asked to be put through to Y": requested, not agreed
			}
		case (w == "good" || w == "useful" || w == "helpful" || w == "wise" || w == "important") && k-2 >= c.from && s.toks[k-1].Low == "be" && s.toks[k-2].Low == "would":
			return "proposed", true, false // "it would be good for them to meet": a wish, not a plan
		case w == "for" && !tr.noun && s.toks[tr.at-1].Low == "to" && s.forSubject(k, tr.at-1) && !(k > c.from && s.tokIn(lexicon.Schedule, k-1)):
			return "proposed", true, false // "calls grew for X to meet Y": a wish; not "plans for X to meet Y"
		case w == "like":
			if k > c.from && s.toks[k-1].Low == "would" {
				return "proposed", true, false // "would like to meet": a wish, not a plan
			}
		case (s.tokIn(lexicon.Doubt, k) || w == "sure" && k > c.from && plainNot(s.toks[k-1].Low)) && !outside(k):
			return "proposed", true, false // "doubt that X would meet Y", "not sure X had the courage to meet Y": talked of, not planned
		case s.readyTo(c, k, tr, head) && !outside(k):
			return "proposed", true, false // "is prepared to meet Y", "stands ready to hold talks": offered, not arranged
		case s.tokIn(lexicon.Proposal, k) && !outside(k):
			if s.toks[k].Low == "called" && !(k+1 < tr.at && s.toks[k+1].Low == "for") {
				continue
			}
			if s.toks[k].Low == "urged" && (hasWord(s, k+1, tr.at, "in") || hasWord(s, k+1, tr.at, "during")) {
				continue // "urged Putin in a phone call to ...": the call was held
			}
			if s.tokIn(lexicon.Possibility, k) && (tr.at-k > possibilityReach || hasWord(s, k+1, tr.at, ",")) {
				continue // "In a possible sign of a thaw, X met Y": the sign is possible, not the meeting
			}
			if s.inFrontedPhrase(c, k, tr.at) {
				continue // "Fearing sanctions could follow, X spoke with Y on Sunday": the fear's modal
			}
			return "proposed", true, false
		}
	}
	if s.undated(c) {
		return "proposed", true, false // "expected to meet Putin, though no date had been set"
	}
	if s.unfulfilledPlan(c, tr, head) {
		return "cancelled", true, false // "was supposed to meet Xi in Bali but fell ill"
	}
	window := 8
	if tr.noun && head == tr.at {
		window = 4 // no light verb: only the words right before the noun
	}
	window = min(window, max(reach, tr.at-head))
	from := head - window
	if reach == 0 {
		from = head // "agreed during their call to meet": the call is held, the meeting due
	}
	for k := max(c.from, from); k < tr.at; k++ {
		if s.inQuote[k] != s.inQuote[tr.at] || s.inAside(c, k, tr.at) {
			continue
		}
		if s.nameNotModal(k) {
			continue
		}
		switch w := s.toks[k].Low; {
		case s.tokIn(lexicon.Schedule, k) && !outside(k):
			if s.saidAfterCondition(k, head) {
				continue // "Aid will flow, Blinken said in a call with X": the words said, not the call, are ahead
			}
			if s.inAnaphoricDate(k) {
				continue // "The next day, X met Y": a day told before, not a plan
			}
			if s.inFrontedPhrase(c, k, tr.at) && !tr.noun {
				continue // "Fearing sanctions will follow, X spoke with Y on Sunday": the fear's future, not the call's
			}
			if w == "agreed" && !hasWord(s, k+1, tr.at, "to") && (hasWord(s, k+1, tr.at, "in") || hasWord(s, k+1, tr.at, "at")) {
				continue // "agreed Wednesday in talks at the White House": agreed at the contact, not to it
			}
			if s.pastWhenClause(k, tr) {
				continue // "agreed to work together when they met": the meeting was held
			}
			return "scheduled", true, false
		case lookForward(s, k) && !outside(k):
			return "scheduled", true, false // "looks forward to meeting X", "said he looked forward to the talks"
		case s.readiedFor(k) && !outside(k):
			return "scheduled", true, false // "prepared for a meeting with Y on March 14": the meeting ahead
		case (w == "ahead" || w == "eve") && k+1 < tr.at && s.toks[k+1].Low == "of" && (head == tr.at || head == k) && tr.at-k <= 4:
			// "the call comes ahead of a meeting between X and Y", "X spoke on the eve of
			// talks with Y"; not "Ahead of a press conference, X held talks"
			return "scheduled", true, false
		case w == "to":
			if k > c.from && s.tokIn(lexicon.Wish, k-1) && (k == tr.at-1 && !tr.noun || k == head-1 && head != tr.at) {
				return "proposed", true, false // "they hope to meet Y", "want to hold talks": wished for, not agreed
			}
			if k == tr.at-1 && !tr.noun {
				return "scheduled", true, false // "X to meet Y", "are to speak"
			}
			if k == head-1 && head != tr.at && k > c.from && (isBeVerb(s.toks[k-1].Low) || s.tokIn(lexicon.Intention, k-1)) {
				return "scheduled", true, false // "are to hold talks", "plan to hold talks"
			}
		}
	}
	if s.coordinatedPlan(c, tr, head) {
		return "scheduled", true, false // "will meet with lawmakers, and then hold talks with Biden"
	}
	if st, ok := s.subjectPredicate(tr, c); ok {
		return st, st != "", st == ""
	}
	switch {
	case tr.noun && s.afterNoun(tr, c, "set", "scheduled", "planned", "expected", "due", "slated", "pencilled", "penciled"):
		return "scheduled", true, false // "A breakfast is set for Friday", "the talks are scheduled to begin"
	case tr.noun && s.afterNoun(tr, c, "possible", "likely"):
		return "proposed", true, false // "a meeting between X and Y is possible next year"
	}
	return status, s.tokIn(lexicon.Past, tr.at) || s.pastLight(tr, light) || s.pastFrame(tr, c) || s.pastOccasion(tr, c), false
}

// askedTopic reports "if" or "whether" at token k right after a verb of asking, in an
// opening closed by a comma before the contact word at token at: "Asked whether a deal
// was close, Blinken, who met X on Tuesday, said ...": the question, not the contact, is
// hypothetical.
func (s *scan) askedTopic(c clause, k, at int) bool {
	if k <= c.from || k >= at {
		return false
	}
	if !s.tokIn(lexicon.Asking, k-1) {
		return false
	}
	return s.commaWithin(k+1, at) >= 0
}

// topicBefore reports "about", "on" or "over" between tokens from and k: an "if" after it
// is the topic the contact discussed ("spoke about what would happen if ...").
func (s *scan) topicBefore(from, k int) bool {
	for j := from; j < k; j++ {
		if w := s.toks[j].Low; w == "about" || w == "over" || w == "on" && j+1 < k && (s.toks[j+1].Low == "what" || s.toks[j+1].Low == "how" || s.toks[j+1].Low == "whether") {
			return true
		}
	}
	return false
}

// inAside reports token k inside a relative clause set off by commas that closes before
// the contact word at token at ("Lavrov, who has not visited Washington since 2017, met
// Blinken", "Netanyahu, who would not comment, met Blinken"): its tense and negation are
// the aside's, not the contact's.
func (s *scan) inAside(c clause, k, at int) bool {
	if k >= at {
		return false
	}
	open := -1
	for j := k; j >= c.from; j-- {
		if s.toks[j].Text == "," {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= at {
		return false
	}
	switch s.toks[open+1].Low {
	case "who", "which", "whose", "whom":
	default:
		return false
	}
	return s.commaWithin(k+1, at) >= 0
}

// refusalParticle reports token k as the particle of a phrasal verb of refusal: "ruled
// out a meeting with Y", "turned down talks with Y".
func (s *scan) refusalParticle(k int) bool {
	if k == 0 {
		return false
	}
	switch s.toks[k-1].Low {
	case "rule", "ruled", "rules", "ruling":
		return s.toks[k].Low == "out"
	case "turn", "turned", "turns", "turning":
		return s.toks[k].Low == "down"
	}
	return false
}

// adjunctBetween reports a preposition that opens an adjunct ("during", "in", "at",
// "after") between a negation at token k and a contact noun at token at, whose words are
// only a determiner or possessive and medium words: "did not discuss tariffs during their
// call": the negation is the verb's, the call took place.
func (s *scan) adjunctBetween(k, at int) bool {
	for j := at - 1; j > k; j-- {
		switch s.toks[j].Low {
		case "their", "the", "a", "his", "her", "phone", "telephone", "video":
			continue
		case "during", "in", "at", "after", "over":
			return j > k+1
		}
		return false
	}
	return false
}

// negatedMeet reports a verb of meeting right after the negation at token k: "did not
// meet at the summit" is no meeting at it, unlike "did not comment after the talks".
func (s *scan) negatedMeet(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	cw, ok := s.gaz.ContactWords[s.toks[k+1].Low]
	return ok && cw.Pattern == "meet" && !cw.Noun
}

// disclosureBetween reports, between a negation at token k and a contact noun at token
// at, a noun of what is told about a contact and its preposition ("gave no details of the
// talks", "did not release a readout of Friday's call"): the
// negation is the telling's, the contact took place.
func (s *scan) disclosureBetween(k, at int) bool {
	for j := k + 1; j+1 < at; j++ {
		if !s.tokIn(lexicon.Disclosure, j) {
			continue
		}
		switch s.toks[j+1].Low {
		case "of", "on", "about", "from", "regarding":
		default:
			return false
		}
		for m := j + 2; m < at; m++ {
			switch t := s.toks[m]; {
			case t.Low == "the" || t.Low == "their" || t.Low == "his" || t.Low == "her" || t.Low == "a" || t.Low == "'s" || t.Low == "phone" || t.Low == "telephone" || t.Low == "video":
			case t.Cap || lexicon.IsDateWord(t.Low):
			default:
				return false
			}
		}
		return true
	}
	return false
}

// futile reports "no point", "no sense", "no need", "no use" or "no reason" at the negation
// at token k: "there was no point in talks with X" refuses the talks, where "no progress in
// talks with X" tells talks that took place.
func (s *scan) futile(k int) bool {
	if s.toks[k].Low != "no" || k+1 >= len(s.toks) {
		return false
	}
	return s.tokIn(lexicon.Futility, k+1)
}

// cancelledTrip reports a trip or visit cancelled at token k whose "where" clause holds
// the contact word at token at: the contact planned on it is off too.
func (s *scan) cancelledTrip(k, at int) bool {
	trip := -1
	for j := k + 1; j < at && j <= k+3; j++ {
		if w := s.toks[j].Low; w == "trip" || w == "visit" || w == "journey" || w == "tour" {
			trip = j
		}
	}
	return trip >= 0 && at-trip <= 14 && hasWord(s, trip, at, "where")
}

// pastLight reports a contact noun whose light verb before it is in the past tense: "held
// a meeting", "had talks", "made a call": the contact took place, and a later "the two
// are going to hold a joint press conference" does not make it a plan.
func (s *scan) pastLight(tr trigger, light int) bool {
	if !tr.noun || light < 0 || light >= tr.at {
		return false
	}
	if !s.tokIn(lexicon.PastLight, light) {
		return false
	}
	return light == 0 || !isBeVerb(s.toks[light-1].Low) // not "talks were held": the parse of a passive is its own
}

// pastFrame reports a contact noun that sets the scene of a clause told in the past:
// "At their meeting in Seoul, Kishida and Yoon agreed": the meeting was held, and a later
// "the two leaders agreed to continue dialogue" does not make it a plan.
func (s *scan) pastFrame(tr trigger, c clause) bool {
	if !tr.noun || tr.at-c.from > 3 {
		return false
	}
	switch s.toks[c.from].Low {
	case "at", "during", "after", "following", "in":
	default:
		return false
	}
	end := s.sents[c.sent].to // the clause may end at the comma
	comma := s.commaWithin(tr.to, min(end, tr.to+8))
	if comma < 0 {
		return false
	}
	for k := comma + 1; k < end && k < comma+12; k++ {
		if t := s.toks[k]; t.Kind == tokens.Word && !t.Cap && strings.HasSuffix(t.Low, "ed") {
			return true // "..., Kishida and Yoon agreed"
		}
		if s.tokIn(lexicon.Schedule, k) {
			return false // "..., they will sign"
		}
	}
	return false
}

// afterNoun reads "is"/"are" (or "has been") and one of words right after a contact noun,
// past a "with" or "between" phrase (names count as one word, however long) and an adverb:
// "the meeting is set for Friday", "talks are scheduled to begin", "a meeting between X and
// Y is tentatively set for March 20", "a meeting between X and Y is possible".
func (s *scan) afterNoun(tr trigger, c clause, words ...string) bool {
	k := tr.to
	for n := 0; k < c.to && n < 10 && s.toks[k].Kind == tokens.Word && !isBeVerb(s.toks[k].Low) && s.toks[k].Low != "has" && s.toks[k].Low != "have"; n++ {
		if mi := s.mentionAt(k); mi >= 0 && s.mentions[mi].to > k {
			k = s.mentions[mi].to // "between Egyptian President Abdel Fattah al-Sisi and ...": one name
			continue
		}
		k++ // "the meeting with Xi is set": past the "with" phrase's first words
	}
	switch {
	case k+1 >= c.to:
		return false
	case s.toks[k].Low == "is" || s.toks[k].Low == "are":
		k++
	case (s.toks[k].Low == "has" || s.toks[k].Low == "have") && s.toks[k+1].Low == "been" && k+2 < c.to:
		k += 2 // "has been set for March 20"
	default:
		return false
	}
	if k+1 < c.to && strings.HasSuffix(s.toks[k].Low, "ly") {
		k++ // "is tentatively set"
	}
	for _, w := range words {
		if s.toks[k].Low == w {
			return true
		}
	}
	return false
}

// plainNot reports a word that only negates the verb after it ("not", "never", "wouldn't"),
// unlike the verbs of refusal of the negation class: "would not refuse a meeting" and "has
// not ruled out a meeting" leave the meeting possible.
func plainNot(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't")
}

// coordinatedPlan reports a contact verb (or the light verb of a contact noun) in its base
// form right after "and" or "then", in a sentence whose earlier words hold a word of
// schedule: the second of two coordinated predicates shares the first one's "will": "will
// meet with lawmakers during his visit, and then hold talks with Biden".
func (s *scan) coordinatedPlan(c clause, tr trigger, head int) bool {
	w := s.toks[head].Low
	if head == 0 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || s.gaz.In(lexicon.Past, w) || s.gaz.In(lexicon.PastLight, w) {
		return false
	}
	if head != tr.at && !s.gaz.In(lexicon.Light, w) {
		return false
	}
	k := head - 1
	if k > 0 && (s.toks[k].Low == "then" || s.toks[k].Low == "also" || s.toks[k].Low == "later") {
		k--
	}
	if k <= 0 || s.toks[k].Low != "and" {
		return false
	}
	se := s.sents[c.sent]
	for j := se.from; j < k; j++ {
		if s.inQuote[j] == s.inQuote[tr.at] && s.tokIn(lexicon.Schedule, j) {
			return true
		}
	}
	return false
}

// unfulfilledPlan reports a plan told as one that did not come about: "was supposed to
// meet Y", or "had been due (scheduled, set, expected) to meet Y" with a "but" after the
// contact word ("... but the trip was cut short"), or "was due (scheduled, set) to meet
// Y" with "but" and a word of cancelling after it ("... but the visit was postponed").
func (s *scan) unfulfilledPlan(c clause, tr trigger, head int) bool {
	se := s.sents[c.sent]
	for k := max(se.from+1, head-5); k < head; k++ {
		w, prev := s.toks[k].Low, s.toks[k-1].Low
		if w == "supposed" && (prev == "was" || prev == "were") {
			return true
		}
		if w == "have" && prev == "to" && k >= 2 && (s.toks[k-2].Low == "was" || s.toks[k-2].Low == "were") {
			return true // "was to have met Y": a plan told as given up
		}
		if (w == "due" || w == "scheduled" || w == "set" || w == "expected") && prev == "been" && k >= 2 && s.toks[k-2].Low == "had" {
			return hasWord(s, tr.to, se.to, "but")
		}
		if (w == "due" || w == "scheduled" || w == "set") && (prev == "was" || prev == "were") {
			return s.butCancelled(tr.to, se.to) // "were due to meet on Friday, but the visit was postponed"
		}
	}
	return false
}

// forSubject reports tokens (from, to) that are one person's mention: the subject of an
// infinitive after "for" ("for British Prime Minister Rishi Sunak to meet").
func (s *scan) forSubject(from, to int) bool {
	m := -1
	for k := from + 1; k < to; k++ {
		mi := s.mentionAt(k)
		if mi < 0 || s.mentions[mi].kind != mPerson && s.mentions[mi].kind != mRole || m >= 0 && mi != m {
			if s.toks[k].Kind == tokens.Word && s.toks[k].Cap && mi < 0 {
				continue // a title before the name
			}
			return false
		}
		m = mi
	}
	return m >= 0
}

// butCancelled reports "but" among tokens [from, to) and after it a word of cancelling
// ("but the visit was postponed", "but it was called off").
func (s *scan) butCancelled(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.toks[k].Low != "but" {
			continue
		}
		for j := k + 1; j < to && j < len(s.toks); j++ {
			if w := s.toks[j].Low; s.gaz.In(lexicon.Cancel, w) || w == "off" && s.toks[j-1].Low == "called" {
				return true
			}
		}
	}
	return false
}

// pastWhenClause reports a contact verb in the past tense in a clause of time of its own
// between a word of planning at token k and the verb: "agreed to work together when they
// met in Rome", "pledged to cooperate after they spoke": the plan is the agreement's, the
// contact took place.
func (s *scan) pastWhenClause(k int, tr trigger) bool {
	if tr.noun || !s.tokIn(lexicon.Past, tr.at) {
		return false
	}
	for j := k + 1; j < tr.at; j++ {
		switch s.toks[j].Low {
		case "when", "after", "as":
			return true
		}
	}
	return false
}

// saidAfterCondition reports a word at token k (a condition, a modal) that belongs to
// reported words told before their speaker: a comma after it, then a verb of speech at or
// before the contact's head, with no clause of its own between them ("If talks fail, ...,
// Blinken told Lavrov in a call"; not "If Russia agrees, Blinken said he would meet
// Lavrov", whose meeting is the condition's).
func (s *scan) saidAfterCondition(k, head int) bool {
	comma := false
	for j := k + 1; j <= head && j < len(s.toks); j++ {
		w := s.toks[j].Low
		if w == "," {
			comma = true
			continue
		}
		if !comma || !s.gaz.IsSpeechVerb(w) {
			continue
		}
		for m := j + 1; m < head; m++ {
			switch s.toks[m].Low {
			case "that", "would", "will", "could", "might", "may", "to", "if", "unless", "he", "she", "they", "it", "we", "i":
				return false
			}
		}
		return true
	}
	return false
}

// lookForward reports "forward" at token k after a form of "look": "looks forward to
// meeting X" tells a meeting ahead, which the article's people expect.
func lookForward(s *scan, k int) bool {
	return s.toks[k].Low == "forward" && k > 0 && strings.HasPrefix(s.toks[k-1].Low, "look")
}

// petitionRebuffed reports a contact noun asked for (words class petition within four
// words before it: "request for a meeting", "a bid for talks") that a passive verb of
// rebuff after it in the clause turns down: "was rejected", "were turned down".
func (s *scan) petitionRebuffed(c clause, tr trigger) bool {
	if !tr.noun {
		return false
	}
	asked := false
	for k := max(c.from, tr.at-4); k < tr.at; k++ {
		asked = asked || s.tokIn(lexicon.Petition, k)
	}
	if !asked {
		return false
	}
	for k := tr.to + 1; k < c.to; k++ {
		if !isPassiveAux(s.toks[k-1].Low) || !s.tokIn(lexicon.Rebuff, k) {
			continue
		}
		if s.toks[k].Low != "turned" || k+1 < c.to && s.toks[k+1].Low == "down" {
			return true
		}
	}
	return false
}

// instructedTo reports a verb of telling at token k whose object, a name or a title and a
// name, is followed by "to" and the contact verb tr: "told Chancellor Y to meet Z".
func (s *scan) instructedTo(k int, tr trigger) bool {
	if tr.noun || tr.at-2 <= k || s.toks[tr.at-1].Low != "to" {
		return false
	}
	for j := k + 1; j < tr.at-1; j++ {
		if t := s.toks[j]; t.Kind != tokens.Word || !t.Cap && t.Low != "the" && t.Low != "of" && !s.isMatchKind(j, lexicon.PhraseOffice) {
			return false
		}
	}
	return true
}

// possibilityReach is how far before a contact word a word of possibility still modifies
// it: "possible talks" (1), "a possible phone call" (2), "the possibility of a call" (3).
const possibilityReach = 3

// inFrontedPhrase reports token k inside a phrase that opens the clause and ends with a
// comma before the contact at: a fronted adverbial or participle ("Fearing sanctions could
// follow, X spoke with Y", "In a possible sign of a thaw, X met Y") that names none of the
// clause's actors, after which an actor opens the clause proper. Its words modify
// nothing of the contact.
func (s *scan) inFrontedPhrase(c clause, k, at int) bool {
	end := s.commaWithin(k+1, at)
	if end < 0 || s.commaWithin(c.from, k) >= 0 {
		return false
	}
	for j := c.from; j < end; j++ {
		if s.mentionAt(j) >= 0 {
			return false
		}
	}
	for j := end + 1; j < at; j++ {
		if s.mentionAt(j) >= 0 {
			return true
		}
	}
	return false
}

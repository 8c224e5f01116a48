package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// unreported tells why a contact word in clause c reports no contact, or "" when it may:
//   - a question asks whether or with whom people met ("Who did they meet?");
//   - an adverb of frequency ("has repeatedly assured X", "often speaks with Y"), a unit of
//     time after "every" or "each" ("talks to Y every week": recurrence) and a tally for a
//     plural noun (habitualPlural) sum up contacts, none of them told;
//   - players who "met" in a final meet as opponents in a match (sportsFixture);
//   - a call no one took ("called Y but got no answer": unansweredCall);
//   - persons who "both" spoke with no one named after the verb ("A and B both spoke at the
//     forum": eachSpoke);
//   - a contact noun of the writer's own outside quotation marks ("During my meeting with X,
//     Y called": writersOwn);
//   - a contact verb whose subject is people of the persons named ("agreed that their teams
//     would meet") is theirs, unnamed;
//   - a contact noun after "attempt at" or "bid for" is tried, not held ("A previous attempt
//     at face-to-face talks collapsed");
//   - an infinitive after an indefinite pronoun tells a wish or a topic ("they had something
//     to talk about");
//   - a letter or petition signed by two people is one writing, no meeting of its signers.
func (s *scan) unreported(c clause, tr trigger) string {
	se := s.sents[c.sent]
	for k := tr.to; k < se.to; k++ {
		if s.toks[k].Text == "?" {
			return "a question, not a report" // also a quoted one: "\"Did X meet Y?\" one reporter asked."
		}
	}
	for k := max(c.from, tr.at-3); k < c.to && k < tr.to+5; k++ {
		if s.gaz.In(lexicon.Frequency, s.toks[k].Low) {
			return "\"" + s.toks[k].Text + "\" sums up contacts, none of them told"
		}
	}
	if k, j := s.recurrence(c, tr); k >= 0 {
		return "\"" + s.toks[k].Text + " " + s.toks[j].Text + "\" sums up contacts, none of them told"
	}
	if k := s.sportsFixture(c, tr); k >= 0 {
		return "\"in ... " + s.toks[k].Text + "\": opponents in a match, no meeting"
	}
	if k := s.writersOwn(c, tr); k >= 0 {
		return "\"" + s.toks[k].Text + " " + s.toks[tr.at].Text + "\": the unnamed writer's own contact"
	}
	if k := s.eachSpoke(c, tr); k >= 0 {
		return "\"" + s.toks[k].Text + "\": each of them spoke, not with the other"
	}
	if k := s.unansweredCall(tr); k >= 0 {
		return "\"" + s.toks[k].Text + "\": a call no one took, tried, not held"
	}
	if k := s.possessedPeopleSubject(c, tr); k >= 0 {
		return "\"" + s.toks[k-1].Text + " " + s.toks[k].Text + "\": unnamed people of theirs meet, not they"
	}
	if k := s.attemptBefore(c, tr); k >= 0 {
		return "\"" + s.toks[k].Text + " " + s.toks[k+1].Text + "\": tried, not told as held"
	}
	if k := tr.at - 2; k >= se.from && s.toks[k+1].Low == "to" && s.gaz.In(lexicon.Indefinite, s.toks[k].Low) {
		return "\"" + s.toks[k].Text + " to " + s.toks[tr.at].Text + "\": a topic or a wish, no contact"
	}
	if tr.name == "signed-by" {
		k := tr.at - 1
		for k > se.from && (s.toks[k].Text == "," || isBeVerb(s.toks[k].Low) || s.toks[k].Low == "jointly" || s.toks[k].Low == "also" || s.toks[k].Low == "which" || s.toks[k].Low == "that") {
			k--
		}
		if k >= se.from && s.gaz.In(lexicon.Missive, s.toks[k].Low) {
			return "a " + s.toks[k].Low + " signed by its writers: no meeting"
		}
	}
	return ""
}

// attemptBefore returns the token of "attempt", "bid" or "effort" (class attempt) that a
// contact noun follows after "at" or "for" and at most two modifiers, "an attempt at
// face-to-face talks", "a bid for direct talks", or -1.
func (s *scan) attemptBefore(c clause, tr trigger) int {
	if !tr.noun {
		return -1
	}
	for k := tr.at - 1; k > c.from && k >= tr.at-3; k-- {
		if w := s.toks[k].Low; w == "at" || w == "for" {
			if s.gaz.In(lexicon.Attempt, s.toks[k-1].Low) {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// possessedPeopleSubject returns the token of a noun of people who act for others (class
// retinue: "teams", "aides", "delegations") that a possessive pronoun leads right before a
// contact verb, auxiliaries aside: "their teams would meet", "his aides met Y": the
// verb's subject is those unnamed people, not the persons named. "X and his delegation
// met Y" is X's contact; -1 when there is no such subject.
func (s *scan) possessedPeopleSubject(c clause, tr trigger) int {
	if tr.noun {
		return -1
	}
	k := tr.at - 1
	for k > c.from && s.gaz.In(lexicon.Auxiliary, s.toks[k].Low) || k > c.from && isBeVerb(s.toks[k].Low) {
		k--
	}
	if k-1 <= c.from {
		return -1
	}
	if !s.gaz.In(lexicon.Retinue, s.toks[k].Low) {
		return -1
	}
	switch s.toks[k-1].Low {
	case "their", "his", "her", "our", "its":
	default:
		return -1
	}
	if p := s.toks[k-2].Low; p == "and" || p == "," {
		return -1 // "X and his delegation met Y"
	}
	return k
}

// recurrence returns the token of "every" or "each" that opens a unit of time (class
// recurrence, one or two words between: "every two weeks", "every other day") near a
// contact word in clause c, "has been calling X every day", "they meet each month" (up to
// a dozen words after it: "meets Y in Beijing or Moscow each month"; not "every day of the
// summit"): the
// contacts it sums up are none of them told. It returns the tokens of "every" and of the
// unit, or -1, -1 when there is none.
func (s *scan) recurrence(c clause, tr trigger) (int, int) {
	for k := max(c.from, tr.at-3); k < c.to && k < tr.to+12; k++ {
		if w := s.toks[k].Low; w != "every" && w != "each" {
			continue
		}
		for j := k + 1; j < c.to && j <= k+3; j++ {
			if s.gaz.In(lexicon.Recurrence, s.toks[j].Low) && (j+1 >= c.to || s.toks[j+1].Low != "of") {
				return k, j // not "every day of the summit"
			}
		}
	}
	return -1, -1
}

// unansweredCall returns the token that tells a call verb's call was not taken, within
// the sixteen words after it in its sentence: a word of class unanswered after "no", a
// negation or "left a" that ends its phrase ("called Y but got no answer", "but Y did not
// pick up", "called Y and left a message for him"), or "unanswered" itself; -1 when there is none. Such a call was
// tried, not held.
func (s *scan) unansweredCall(tr trigger) int {
	if tr.noun || tr.mode != "phone" {
		return -1
	}
	se := s.sents[s.toks[tr.at].Sent]
	for k := tr.to; k < se.to && k < tr.to+16; k++ {
		w := s.toks[k].Low
		if !s.gaz.In(lexicon.Unanswered, w) {
			continue
		}
		if w == "unanswered" {
			return k
		}
		if !s.phraseEnds(k+1, se.to, w == "pick") {
			continue // "did not answer questions", "left a message of support"
		}
		if p := s.toks[k-1].Low; p == "no" || s.gaz.In(lexicon.Negation, p) || p == "a" && k >= 2 && s.toks[k-2].Low == "left" {
			return k
		}
	}
	return -1
}

// phraseEnds reports that a phrase ends before token k: the sentence ends, or a
// punctuation mark, a conjunction or "for" follows; with up, "up" does too ("pick up").
func (s *scan) phraseEnds(k, end int, up bool) bool {
	if k >= end || s.toks[k].Kind != tokens.Word {
		return true
	}
	switch s.toks[k].Low {
	case "and", "but", "for", "so":
		return true
	case "up":
		return up
	}
	return false
}

// eachSpoke returns the token of "both" that puts a speech verb with no one after it to
// each of its subjects, "A and B both spoke at the forum", "Both A and B talked about
// Ukraine": each spoke, not with the other. "Both" right before the verb or opening the
// clause; a verb with "with" or "to" after it names whom they spoke to. -1 when none.
func (s *scan) eachSpoke(c clause, tr trigger) int {
	if cw, ok := s.gaz.ContactWords[s.toks[tr.at].Low]; !ok || cw.Pattern != "speak" || tr.noun {
		return -1
	}
	if tr.to < c.to && (s.toks[tr.to].Low == "with" || s.toks[tr.to].Low == "to" || s.toks[tr.to].Low == "by" || s.toks[tr.to].Low == "over" || s.toks[tr.to].Low == "via") {
		return -1 // whom they spoke to, or a medium: "both spoke by phone"
	}
	if k := tr.at - 1; k > c.from && s.toks[k].Low == "both" {
		return k
	}
	if s.toks[c.from].Low == "both" {
		return c.from
	}
	return -1
}

// writersOwn returns the token of "my" or "our" that makes a contact noun, within the two
// words before it, the writer's own outside quotation marks: "During my meeting with X, Y
// called", "our talks with X". The writer is no named actor, and the clause's persons
// were not at it; a speaker's "my" in a quotation is the speaker's (quotedSelf). -1 when
// none.
func (s *scan) writersOwn(c clause, tr trigger) int {
	if !tr.noun || s.inQuote[tr.at] {
		return -1
	}
	for k := tr.at - 1; k >= c.from && k >= tr.at-3; k-- {
		switch s.toks[k].Low {
		case "my", "our":
			return k
		case "a", "an", "the", "his", "her", "their", "its":
			return -1
		}
	}
	return -1
}

package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// gerundObject reports "meeting" used as a verb with its object right after it: "flew to
// Jeddah, meeting Mohammed bin Salman", ", meeting the crown prince". After an article or
// a possessive it stays a noun ("a meeting Putin called").
func (s *scan) gerundObject(at []int, i, end int) bool {
	if i > 0 {
		switch s.toks[i-1].Low {
		case "a", "an", "the", "his", "her", "their", "its", "'s", "this", "that":
			return false
		}
	}
	j := i + 1
	if j < end && s.toks[j].Low == "the" && i > 0 && s.toks[i-1].Text == "," {
		j++
	}
	if i > 0 && s.toks[i-1].Text == "," && s.examplesAfterPeople(at, j, end) {
		return true // ", meeting leaders like X and Y": a participle whose objects are the examples
	}
	return j < end && at[j] >= 0 && s.mentions[at[j]].kind != mOrg
}

// examplesAfterPeople reports, at token j, a plural noun (of people: a person follows), after
// at most two modifiers, then "like", "such as" or "including" and a person: "leaders like
// X", "European ministers such as X", "linguists like X". After ", meeting" it is the
// participle's object, not a noun compound ("meeting leaders").
func (s *scan) examplesAfterPeople(at []int, j, end int) bool {
	for k := j; k < end && k <= j+2; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || at[k] >= 0 {
			return false
		}
		if !s.gaz.In(lexicon.Colleagues, t.Low) && (t.Cap || !strings.HasSuffix(t.Low, "s")) {
			continue
		}
		n := k + 1
		switch {
		case n+1 < end && s.toks[n].Low == "such" && s.toks[n+1].Low == "as":
			n += 2
		case n < end && (s.toks[n].Low == "like" || s.toks[n].Low == "including"):
			n++
		default:
			return false
		}
		return s.personWithin(at, n, min(end, n+3))
	}
	return false
}

// withAfterNoun reports "with" or "involving" right after the contact noun that follows
// token i: "a G7 video call with ...", "attended a trilateral meeting involving A and B"
// (who attends is a party too).
func (s *scan) withAfterNoun(i, end int) bool {
	for k := i; k < end && k < i+6; k++ {
		if s.toks[k].Low == "with" || s.toks[k].Low == "involving" {
			return true
		}
	}
	return false
}

// visitBefore reports a word of the visit an invitation asks for (class invited-to) between
// the contact noun tr and the date d: "accepted an invitation from Y to visit Beijing in
// April" dates the visit, not the invitation.
func (s *scan) visitBefore(tr trigger, d dateExpr) bool {
	for k := tr.to; k < d.from; k++ {
		if s.gaz.In(lexicon.InvitedTo, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// visitFollows reports a person invited to come: "invited Putin to visit Turkey", "invited
// the Chinese leader for talks", "invited him to the White House", "invited Prime Minister
// X Y and other Singapore leaders for talks" (the words of the visit are looked for after
// the name, however long its title).
func (s *scan) visitFollows(at []int, i, end int) bool {
	if i < end && s.toks[i].Low == "the" {
		i++ // "invited the Chinese leader"
	}
	// "invited U.S. presidential candidate X", "invited Bangladesh's interim leader X": the
	// name after the description
	for k := i; i < end && at[i] < 0 && k < end && k <= i+6 && (s.toks[k].Kind == tokens.Word || s.toks[k].Kind == tokens.Poss); k++ {
		if at[k] >= 0 {
			if s.mentions[at[k]].kind == mPerson {
				i = k
			}
			break
		}
	}
	if i >= end || (at[i] < 0 || s.mentions[at[i]].kind == mOrg) && s.toks[i].Low != "him" && s.toks[i].Low != "her" {
		return false
	}
	limit := i + 10
	if m := at[i]; m >= 0 {
		limit = max(limit, s.mentions[m].to+8) // "invited Prime Minister X Y and other leaders for talks": counted from the name's end
	}
	if m := at[i]; m >= 0 && s.mentions[m].to+1 < end && s.toks[s.mentions[m].to].Text == "," && (s.toks[s.mentions[m].to+1].Low == "who" || s.toks[s.mentions[m].to+1].Low == "whose") {
		if k := s.commaWithin(s.mentions[m].to+1, end); k > 0 {
			limit = k + 9 // "invited X, who ..., to join him on a visit": past the relative clause
		}
	}
	for k := i + 1; k < end && k < limit; k++ {
		if s.gaz.In(lexicon.InvitedTo, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// joinsToldContact reports "took part"/"participated" that join the contact just told:
// alone, or "in the call/talks"; "took part in a climate summit" is another event.
func (s *scan) joinsToldContact(i, end int) bool {
	if i >= end || s.toks[i].Low != "in" {
		return true
	}
	return i+1 < end && s.toks[i+1].Low == "the" && s.contactNounFollows(i+2, end)
}

// clauseTriggers lists the contact words of a clause.
func (x *Extractor) clauseTriggers(s *scan, at []int, c clause) []trigger {
	var trs []trigger
	for i := c.from; i < c.to; i++ {
		if tr, ok := x.triggerAt(s, at, i, c.to); ok {
			trs = append(trs, tr)
			i = tr.to - 1
		}
	}
	return trs
}

// attendedBefore reports "attended the G20 summit": a person at an event is not thereby
// a party to a contact with the others named near it.
func (s *scan) attendedBefore(tr trigger) bool {
	for k := tr.at - 1; k >= 0 && k >= tr.at-4; k-- {
		if s.gaz.In(lexicon.Attend, s.toks[k].Low) {
			return true
		}
	}
	return false
}

// callOnVisit reports "called on" + a person that is a visit, not an appeal: a person
// named at k (after an office, "Fijian Prime Minister X", or at most one capitalised title
// the gazetteer lacks: "PM Lee") and no
// "to <verb>" or "for" after it in the clause ("called on PM Lee at the Istana", not
// "called on Putin to withdraw" or "called on Xi for restraint"), but for a visit's
// purpose ("called on the Prime Minister to discuss climate finance": visitPurpose).
func (s *scan) callOnVisit(at []int, k, end int) bool {
	if k < end && s.toks[k].Low == "the" {
		k++ // "called on the Prime Minister, the Hon X"
	}
	if m, ok := s.matchOf(k); ok && m.Kind == lexicon.PhraseOffice && at[k] < 0 && m.To+1 < end && s.toks[m.To].Text == "," {
		k = m.To + 1 // "called on the Prime Minister, the Hon X": the office, then its holder
		for k+1 < end && at[k] < 0 && (s.toks[k].Low == "the" || s.toks[k].Cap) {
			k++
		}
	} else if ok && m.Kind == lexicon.PhraseOffice && at[k] < 0 && m.To < end {
		k = m.To // "called on Fijian Prime Minister X": the office, then its holder
	}
	if k < end && at[k] < 0 && s.toks[k].Cap {
		k++
	}
	if k >= end || at[k] < 0 || s.mentions[at[k]].kind != mPerson && s.mentions[at[k]].kind != mRole {
		return false
	}
	for j := k; j < end; j++ {
		switch s.toks[j].Low {
		case "for":
			if !s.isMatchKind(j, lexicon.PhraseOffice) { // "the Minister for Foreign Affairs" is a title
				return false
			}
		case "to":
			if j+1 < end && s.toks[j+1].Kind == tokens.Word && !s.toks[j+1].Cap && !s.visitPurpose(s.toks[j+1].Low) {
				return false
			}
		}
	}
	return true
}

// visitPurpose reports the verbs of what a visitor comes to do with the one called on
// ("to discuss", "to deliver a message", "to congratulate"), which no appeal asks of a
// leader: "called on X to withdraw" is an appeal, "called on X to discuss trade" a visit
// (words class visit-purpose).
func (s *scan) visitPurpose(verb string) bool { return s.gaz.In(lexicon.VisitPurpose, verb) }

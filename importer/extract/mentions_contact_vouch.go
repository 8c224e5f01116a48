package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// contactVouches reports a two- or three-word name that a contact word vouches for, as a
// speech verb does: "Musalia Mudavadi met ...", "... spoke with Retno Marsudi on Friday",
// "... received Penny Wong in Beijing", "held talks with X Y", "X Y had a call with", "a
// delegation led by X Y". Real news names many people whose given names no list holds;
// the verb that only persons do (meet, phone, speak, receive) and the contact noun they
// hold (talks, a call) tell what they are; "visit", "host" and "call" are not such verbs,
// since places are visited, events hosted and things called by a name.
// The name must stand right before a contact verb (or a past light verb and a contact
// noun) or right after a direct one (or its "with"/"to", or a contact noun's "with" or
// "between"), and end the phrase: "met Goldman Sachs executives" names no person.
func (x *Extractor) contactVouches(s *scan, se sentence, from, to int) bool {
	verb := func(k int, direct bool) bool {
		if k < se.from || k >= se.to || s.toks[k].Kind != tokens.Word {
			return false
		}
		cw, ok := x.gaz.ContactWords[s.toks[k].Low]
		switch {
		case !ok || cw.Noun || cw.Weak || direct && !cw.Direct || s.gaz.IsJudgingVerb(s.toks[k].Low):
			return false // a judging verb names: "a theory called Frame Semantics"
		case cw.Pattern == "meet" || cw.Pattern == "speak" || cw.Pattern == "phone-verb":
			return true // not "visited Kunashir Island", "hosted X", "a company called Green Laboratory"
		}
		return false
	}
	ends := to >= se.to || s.toks[to].Kind != tokens.Word || s.gaz.In(lexicon.Preposition, s.toks[to].Low) || s.toks[to].Low == "and" || isRelativeWord(s.toks[to].Low)
	switch {
	case verb(to, false) && !(to+1 < se.to && s.toks[to+1].Low == "by" && !(to+2 < se.to && (s.gaz.In(lexicon.PhoneMedium, s.toks[to+2].Low) || s.gaz.In(lexicon.VideoMedium, s.toks[to+2].Low)))):
		return true // "X Y met", "X Y spoke by phone", not "X Y hosted by"
	case to+1 < se.to && s.gaz.In(lexicon.PastLight, s.toks[to].Low) && (x.contactNoun(s, to+1) || to+2 < se.to && (s.toks[to+1].Low == "a" || s.toks[to+1].Low == "an") && x.contactNoun(s, to+2)):
		return true // "X Y held talks with", "X Y had a phone call with"
	case !ends:
		return false
	case verb(from-1, true):
		return true // "met X Y"
	case from-2 >= se.from && (s.toks[from-1].Low == "with" || s.toks[from-1].Low == "to") && verb(from-2, false):
		return true // "spoke with X Y", "talked to X Y"
	case from-2 >= se.from && (s.toks[from-1].Low == "with" || s.toks[from-1].Low == "between") && x.contactNoun(s, from-2):
		return true // "held talks with X Y", "a phone call with X Y", "talks between X Y and"
	case from-3 >= se.from && s.toks[from-1].Low == "by" && (s.toks[from-2].Low == "led" || s.toks[from-2].Low == "headed") && s.gaz.In(lexicon.Delegates, s.toks[from-3].Low):
		return true // "a delegation led by X Y", "a team headed by X Y": a person leads it
	case from-3 >= se.from && s.toks[from-1].Low == "by" && s.gaz.In(lexicon.PassiveBe, s.toks[from-3].Low) && x.passiveContactVerb(s, from-2):
		return true // "was hosted by X Y", "were received by X Y": a person hosts and receives
	case from-2 >= se.from && s.toks[from-1].Low == "and":
		j := from - 2
		for j > se.from && s.toks[j].Kind == tokens.Word && s.toks[j].Cap {
			j-- // the first party: "between Trump and X Y"
		}
		return j < from-2 && j > se.from && (s.toks[j].Low == "between" || s.toks[j].Low == "with") && x.contactNoun(s, j-1) || verb(j, true)
	}
	return false
}

// passiveContactVerb reports a verb of meeting or visiting at k that a form of "be" has
// made passive ("was hosted", "were greeted"): its agent is a party, as its subject is in
// the active.
func (x *Extractor) passiveContactVerb(s *scan, k int) bool {
	cw, ok := x.gaz.ContactWords[s.toks[k].Low]
	return ok && !cw.Noun && !cw.Weak && cw.Direct && (cw.Pattern == "meet" || cw.Pattern == "visit") && !s.gaz.IsJudgingVerb(s.toks[k].Low)
}

// isRelativeWord reports a relative pronoun or adverb, which never belongs to a name
// before it: "a meeting between A and X Y where ...".
func isRelativeWord(w string) bool {
	return w == "where" || w == "who" || w == "whom" || w == "which" || w == "when"
}

// contactNoun reports a contact noun of the lexicon that is no weak one ("talks", "call",
// "meeting"; not "dinner"): with "with" or "between" after it, it names the persons of a
// contact.
func (x *Extractor) contactNoun(s *scan, k int) bool {
	cw, ok := x.gaz.ContactWords[s.toks[k].Low]
	return ok && cw.Noun && !cw.Weak && s.toks[k].Kind == tokens.Word
}

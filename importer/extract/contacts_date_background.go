package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

// backgroundTime reports words in sentence si that set what it tells in a time before or
// around the story's day but not on it, so that a contact told there takes no lead's day:
// a count of times before ("has met Y twice before", "three times before"), a span back ("a
// few years back"), a long time it is set in ("during the pandemic", "at the start of the
// war", "early in her tenure"), or the start of an office ("shortly after taking office").
// The years, seasons and decades of dates ("in late 2023", "last summer") are read as
// dates; these words name no date, so nothing else tells that the text moved in time.
func (s *scan) backgroundTime(si int) bool {
	se := s.sents[si]
	for k := se.from; k < se.to; k++ {
		w := s.toks[k].Low
		switch {
		case w == "before" && k > se.from && s.gaz.In(lexicon.Habitual, s.toks[k-1].Low) && s.clauseEndAt(k+1, se.to):
			return true // "twice before", "several times before."
		case w == "back" && k > se.from && s.gaz.In(lexicon.Span, s.toks[k-1].Low) && s.clauseEndAt(k+1, se.to):
			return true // "a few years back", "two months back,"
		case s.gaz.In(lexicon.Era, w) && s.eraTold(k, se.from):
			return true
		case s.gaz.In(lexicon.OfficeTaken, w) && s.officeTaken(k, se.from):
			return true
		case s.gaz.In(lexicon.Accession, w) && s.accessionTold(k, se.from):
			return true
		}
	}
	return false
}

// clauseEndAt reports the end of a clause at token k: the sentence's end or punctuation.
func (s *scan) clauseEndAt(k, to int) bool {
	if k >= to {
		return true
	}
	switch s.toks[k].Text {
	case ".", ",", ";", ":", "!", "?", "—", "–":
		return true
	}
	return false
}

// eraTold reports an era's noun at token k told as the time of the clause: "during the
// pandemic", "throughout her presidency", "at the start of the war", "early in her tenure",
// "earlier in his term". "The war ended", "talks on the war" or "to discuss the end of the
// war" set no time.
func (s *scan) eraTold(k, from int) bool {
	if k-2 < from || !s.gaz.In(lexicon.EraOwner, s.toks[k-1].Low) {
		return false
	}
	switch before := s.toks[k-2].Low; {
	case before == "during" || before == "throughout":
		return true // "during the pandemic"
	case before == "of":
		return k-5 >= from && s.gaz.In(lexicon.YearPart, s.toks[k-3].Low) && s.toks[k-4].Low == "the" && timeOfPart(s.toks[k-5].Low) // "at the start of the war", not "to discuss the end of the war"
	case before == "in":
		return k-3 >= from && (s.gaz.In(lexicon.YearPart, s.toks[k-3].Low) || s.toks[k-3].Low == "earlier") // "early in her tenure"
	}
	return false
}

// officeTaken reports the noun of an office at token k taken after "after" or "since" a
// few words before: "shortly after taking office", "soon after she took office", "since
// assuming power".
func (s *scan) officeTaken(k, from int) bool {
	if k-1 < from || !s.gaz.In(lexicon.TakeOffice, s.toks[k-1].Low) {
		return false
	}
	for j := k - 2; j >= from && j >= k-4; j-- {
		if w := s.toks[j].Low; w == "after" || w == "since" {
			return true
		}
	}
	return false
}

// accessionTold reports a word of coming to office at token k told after "after": "shortly
// after his election", "soon after her inauguration" (an owner right before the noun), "after
// he was elected", "soon after being sworn in" (a few words between).
func (s *scan) accessionTold(k, from int) bool {
	if k-2 >= from && s.gaz.In(lexicon.EraOwner, s.toks[k-1].Low) && s.toks[k-2].Low == "after" {
		return true
	}
	if !strings.HasSuffix(s.toks[k].Low, "ed") && s.toks[k].Low != "sworn" {
		return false
	}
	for j := k - 1; j >= from && j >= k-4; j-- {
		if s.toks[j].Low == "after" {
			return true
		}
	}
	return false
}

// timeOfPart reports a preposition that sets a clause's time at a part of a span: "at"
// the start of, "in" the middle of, "from" or "since" the outset of.
func timeOfPart(w string) bool {
	return w == "at" || w == "in" || w == "from" || w == "since"
}

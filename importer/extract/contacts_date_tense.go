package extract

import (
	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
)

// The tense a contact's date is counted in. A held contact's weekday or day is the latest
// on or before publication, a scheduled or proposed one's the first on or after it. Two
// kinds of contact are told from no fixed side of publication, and their date is the
// nearest such day (rule date.nearest):
//   - a plan told in the past tense ("were due to hold talks on Wednesday", "was scheduled
//     to meet on Wednesday", "had been expected to meet", "was to meet", "said he would
//     meet"): it was a plan at a time before publication, and its day may have passed by
//     the time the article appears, so Wednesday in a paper of Thursday is the day before;
//   - a cancelled contact: it is called off before its day ("the meeting set for Friday
//     was cancelled", told on Thursday) or after the day came ("Wednesday's talks were
//     postponed").

// pastPlan reports a plan told in the past tense before the contact word (or the light verb
// before it): "was"/"were"/"had" then a word of planning ("due", "scheduled", "set",
// "expected", "planned", "agreed", "going") or "to", with at most "been" or an adverb of
// time between ("had been expected to", "was originally scheduled to"); or "would" ("said
// he would meet Y on Friday": the future of a past saying).
func (s *scan) pastPlan(c clause, tr trigger, light int) bool {
	head := tr.at
	if light >= 0 && light < tr.at {
		head = light
	}
	for k := max(c.from, head-8); k < head; k++ {
		if s.inQuote[k] != s.inQuote[tr.at] || s.nameNotModal(k) {
			continue
		}
		switch s.toks[k].Low {
		case "would":
			return true
		case "was", "were", "had":
			j := k + 1
			for j < head && isPlanFiller(s.toks[j].Low) {
				j++
			}
			if j < head {
				if w := s.toks[j].Low; w == "to" || w == "supposed" || isPastPlanWord(s, w) {
					return true
				}
			}
		}
	}
	return false
}

// isPlanFiller reports a word that may stand between a past auxiliary and the word of
// planning: "had been expected", "was originally scheduled", "were also due".
func isPlanFiller(w string) bool {
	switch w {
	case "been", "also", "originally", "initially", "previously", "earlier", "still", "once":
		return true
	}
	return false
}

// isPastPlanWord reports a schedule word that can follow "was", "were" or "had": not the
// future's own words ("will", "next", "tomorrow").
func isPastPlanWord(s *scan, w string) bool {
	switch w {
	case "will", "'ll", "shall", "would", "next", "tomorrow", "upcoming":
		return false
	}
	return s.gaz.In(lexicon.Schedule, w)
}

// direction is the tense the contact's date is counted in (see above).
func (b *building) direction() dates.Direction {
	switch {
	case b.status == "cancelled":
		return dates.Unknown
	case b.status == "scheduled" || b.status == "proposed":
		if b.planPast {
			return dates.Unknown
		}
		return dates.Future
	}
	return dates.Past
}

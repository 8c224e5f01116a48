package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

// Long trips: a contact told as made "during the visit" of a journey of several days
// ("wrapped up a three-day visit to Sweden on Sunday. During the visit, she met Berg")
// took place on one of its days, and the text does not say which: the day the lead gives
// the trip (its first or last) is not the contact's. Such a contact keeps no day from the
// story or the journey (rules date.story and date.trip). A trip of one day ("visited
// Stockholm on Thursday. During the visit, ...") still gives its day, and so does a lead
// whose day is a contact's own ("met Lee and other leaders on Thursday, during his
// two-day visit. During his visit, he called on Heng"): the visit's contacts are that
// day's.

// duringLongTrip reports a contact whose first sentence si tells it "during" a journey
// ("during the visit", "during her stay") when the text up to si tells a journey of
// several days ("a three-day visit", "his 2-day trip").
func (s *scan) duringLongTrip(si int) bool {
	if si >= len(s.sents) || !s.duringTrip(si) {
		return false
	}
	for sj := 0; sj <= si; sj++ {
		se := s.sents[sj]
		for k := se.from; k+1 < se.to; k++ {
			if !s.inQuote[k] && s.multiDay(s.toks[k].Low) && s.tripAfter(se, k) {
				return true
			}
		}
	}
	return false
}

// duringTrip reports "during" then a journey noun within three words in sentence si:
// "during the visit", "during her stay", "during his three-day tour".
func (s *scan) duringTrip(si int) bool {
	se := s.sents[si]
	for k := se.from; k < se.to; k++ {
		if s.toks[k].Low == "during" && !s.inQuote[k] && s.tripAfter(se, k) {
			return true
		}
	}
	return false
}

// tripAfter reports a journey noun within three words after token k of sentence se:
// "during the visit", "a three-day visit".
func (s *scan) tripAfter(se sentence, k int) bool {
	for j := k + 1; j < se.to && j <= k+3; j++ {
		if s.gaz.In(lexicon.Trip, s.toks[j].Low) {
			return true
		}
	}
	return false
}

// multiDay reports a word that counts the days of a journey beyond one: "two-day",
// "three-day", "5-day", "several-day".
func (s *scan) multiDay(w string) bool {
	n, ok := strings.CutSuffix(w, "-day")
	if !ok {
		return false
	}
	if n == "several" || n == "multi" || s.gaz.In(lexicon.Count, n) {
		return true
	}
	return len(n) > 0 && len(n) <= 2 && n[0] >= '2' && n[0] <= '9' && strings.Trim(n, "0123456789") == ""
}

package extract

import "hotline/importer/extract/lexicon"

// travellerReach is how many sentences back the journey a stay's "he" goes on with may be
// told: a spokesman's or analyst's words may stand between ("X flew to Tokyo on Monday. A
// spokesman said the trip would deepen ties. During the visit, he met Y").
const travellerReach = 3

// traveller resolves the subject pronoun of a sentence that opens with an adverbial of a
// stay, "During the visit, he met Y", "During his trip he also held talks with Y", "While in
// Tokyo, she met Y", "While there, he called on Y", to the person whose journey the
// sentences just before told (the subject of one with a verb of a trip made, "flew",
// "arrived", "visited", or a trip begun, "began a two-day visit"), not to whoever spoke
// last. -1 when the sentence opens otherwise or no such journey is told.
func (r *resolver) traveller(m *mention, subject map[int]int, p string) int {
	s := r.s
	se := s.sents[m.sent]
	if !s.stayOpener(se.from, m.from) {
		return -1
	}
	for k := m.sent - 1; k >= 0 && m.sent-k <= travellerReach && se.para-s.sents[k].para <= 2; k-- {
		if a := r.guestIn(k); a >= 0 && r.fits(a, p) {
			return a // "X welcomed Y to Tokyo on Monday. During the visit, he met Z": Y
		}
		if a, ok := subject[k]; ok && r.fits(a, p) && s.tellsTrip(k) {
			return a
		}
	}
	return -1
}

// guestIn returns the person sentence si tells as the one on a journey though not its
// subject, or -1: the guest a host welcomed, received or hosted ("X welcomed Y to Tokyo",
// "X hosted Y for talks", "Y was welcomed by X"; words class welcoming, not "Y's"), or a person
// told with a relative clause of a stay ("X met Y, who is on a three-day visit to Japan").
// The host is the subject, yet the stay after it is the guest's.
func (r *resolver) guestIn(si int) int {
	s := r.s
	se := s.sents[si]
	for mi := range s.mentions {
		m := &s.mentions[mi]
		if m.sent != si || m.kind != mPerson || m.actor < 0 || s.inQuote[m.from] {
			continue
		}
		if m.to < se.to && s.toks[m.to].Low == "'s" {
			continue // "X welcomed Y's decision"
		}
		if s.welcomedBefore(se.from, m.from) || s.onVisitAfter(m.to, se.to) || s.welcomedAfter(m.to, se.to) {
			return m.actor
		}
	}
	return -1
}

// welcomedBefore reports a verb of welcoming in the active voice before token k, with only
// capitalised words, offices and demonyms between: "welcomed Kenyan President Y".
func (s *scan) welcomedBefore(from, k int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		w := s.toks[j].Low
		if s.gaz.In(lexicon.Welcoming, w) {
			return !(j > from && isBeVerb(s.toks[j-1].Low))
		}
		if !s.toks[j].Cap && !s.isMatchKind(j, lexicon.PhraseOffice) && !s.isMatchKind(j, lexicon.PhraseDemonym) {
			return false
		}
	}
	return false
}

// welcomedAfter reports a passive welcoming right after a name ending at token k: "Y was
// welcomed by X", "Y was received by X".
func (s *scan) welcomedAfter(k, end int) bool {
	return k+1 < end && isBeVerb(s.toks[k].Low) && s.gaz.In(lexicon.Welcoming, s.toks[k+1].Low)
}

// onVisitAfter reports ", who is on a ... visit" (or "was", "trip", "tour": words class
// trip) right after a name ending at token k: the person is on a journey.
func (s *scan) onVisitAfter(k, end int) bool {
	if k+3 >= end || s.toks[k].Text != "," || s.toks[k+1].Low != "who" || !isBeVerb(s.toks[k+2].Low) || s.toks[k+3].Low != "on" {
		return false
	}
	for j := k + 4; j < end && j <= k+9; j++ {
		if s.gaz.In(lexicon.Trip, s.toks[j].Low) {
			return true
		}
		if s.toks[j].Text == "," {
			return false
		}
	}
	return false
}

// stayOpener reports tokens from..k (k the pronoun) that are an adverbial of a stay
// opening the sentence: "during" and a trip noun ("During the visit,", "During his
// three-day stay"), or "while" and a place or "there" ("While in Tokyo,", "While there,",
// "While visiting Japan,").
func (s *scan) stayOpener(from, k int) bool {
	if k-from < 2 || k-from > 7 || s.inQuote[k] {
		return false
	}
	switch s.toks[from].Low {
	case "during":
		for j := from + 1; j < k; j++ {
			if s.gaz.In(lexicon.Trip, s.toks[j].Low) {
				return true
			}
		}
	case "while":
		w := s.toks[from+1].Low
		return w == "in" || w == "at" || s.gaz.In(lexicon.Sequel, w) || s.gaz.In(lexicon.TripPlan, trimIng(w))
	}
	return false
}

// trimIng returns a verb's "-ing" form without its ending: "visiting" -> "visit".
func trimIng(w string) string {
	if len(w) > 5 && w[len(w)-3:] == "ing" {
		return w[:len(w)-3]
	}
	return w
}

// tellsTrip reports a sentence that tells a journey made outside quotations: a verb of a
// trip made ("flew to Tokyo", "arrived in Jakarta"), or a trip noun after a verb that
// begins or ends it or a light verb ("began a three-day visit", "paid a visit").
func (s *scan) tellsTrip(si int) bool {
	se := s.sents[si]
	for k := se.from; k < se.to; k++ {
		if s.inQuote[k] {
			continue
		}
		w := s.toks[k].Low
		if s.gaz.In(lexicon.TripMade, w) {
			return true
		}
		if !s.gaz.In(lexicon.Trip, w) {
			continue
		}
		for j := max(se.from, k-4); j < k; j++ {
			if v := s.toks[j].Low; s.gaz.In(lexicon.TripBound, v) || s.gaz.In(lexicon.PastLight, v) {
				return true
			}
		}
	}
	return false
}

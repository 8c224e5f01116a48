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
		if a, ok := subject[k]; ok && r.fits(a, p) && s.tellsTrip(k) {
			return a
		}
	}
	return -1
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

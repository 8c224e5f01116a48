package extract

import "hotline/importer/extract/lexicon"

// tripEnd reports a date that tells when a journey began or ends, after the journey's
// noun (and the place it goes to) and a verb of its bounds: "on a visit to Ghana that
// began on Monday", "during a visit ending Friday", "his tour, which ends on Friday". A contact held during the
// journey took place on one of its days, not on its first or last as such, and a held
// contact resolved against a last day still ahead of publication would land a week
// early. "began a visit on Monday with talks with Y", the verb before its noun, is the
// contact's day and not read here.
func (s *scan) tripEnd(d dateExpr) bool {
	k := d.from - 1
	if k >= 0 && s.toks[k].Low == "on" {
		k--
	}
	if k < 0 || !s.gaz.In(lexicon.TripBound, s.toks[k].Low) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch w := s.toks[j].Low; {
		case s.gaz.In(lexicon.Trip, w):
			return true
		case w == "that", w == "which", w == ",", w == "is", w == "was", w == "will", w == "has", w == "had":
		case w == "to", w == "in", w == "of", w == "the", s.toks[j].Cap: // "a visit to Ghana that began"
		default:
			return false
		}
	}
	return false
}

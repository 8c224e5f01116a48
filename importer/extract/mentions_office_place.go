package extract

import "hotline/importer/extract/tokens"

// placeOfOffice reports whether a name run opens with the place an office before it is
// of, a place the gazetteer does not know: "First Minister of Scotland Nicola Sturgeon",
// "Governor of Texas Maria Lopez", as readouts and wires print a title. The run's first
// word is the place, not the person's given name, when a known given name follows it and
// it is none itself; the office then vouches for the name after the place. It returns
// where the name opens.
func (x *Extractor) placeOfOffice(s *scan, se sentence, from, to int) (int, bool) {
	if to-from < 3 || from-2 < se.from || s.toks[from-1].Low != "of" || !s.endsOffice(from-2) {
		return from, false
	}
	place, given := s.toks[from], s.toks[from+1]
	if place.Kind != tokens.Word || !place.Cap || x.firstName(place.Text) || !x.firstName(given.Text) {
		return from, false
	}
	if _, ok := s.matchOf(from); ok {
		return from, false
	}
	return from + 1, true
}

package extract

import (
	"time"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Time zones: wire copy tells the day of an event abroad in the zone where it took place
// ("spoke early Tuesday Beijing time", "met on Friday local time"), while the paper's date
// is its own zone's, up to a day behind. A weekday told with its zone may then be the day
// after publication even for a contact already held: "early Monday Beijing time" in a
// paper of Sunday is the next day, not the Monday six days before.

// zoneDayPart reports a token that may stand between a weekday and its zone: a part of the
// day ("Tuesday morning Beijing time") or the comma or bracket before the zone ("Friday
// evening, local time").
func (s *scan) zoneDayPart(w string) bool {
	return w == "," || w == "(" || s.gaz.In(lexicon.DayPart, w)
}

// zoneAfter reports a time zone told right after the date expression ending at token to:
// "local time", "Beijing time", "Moscow time" (a capitalised place then "time").
func (s *scan) zoneAfter(to int) bool {
	k := to
	for n := 0; n < 2 && k < len(s.toks) && s.zoneDayPart(s.toks[k].Low); n++ {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k+1].Low != "time" || s.toks[k+1].Sent != s.toks[to-1].Sent {
		return false
	}
	t := s.toks[k]
	return t.Low == "local" || t.Kind == tokens.Word && t.Cap
}

// zoneDay is the publication day a date told with its zone is counted from: a held
// weekday may be the day after publication (see above), so it is counted from that day.
func zoneDay(d dateExpr, published string, dir dates.Direction) string {
	if !d.zoned || d.e.Kind != dates.Weekday || dir != dates.Past {
		return published
	}
	day, err := time.Parse(time.DateOnly, published)
	if err != nil {
		return published
	}
	return day.AddDate(0, 0, 1).Format(time.DateOnly)
}

package extract

import "hotline/importer/dates"

// datedCommaEnd returns the token after a date expression that starts at token k and holds
// a comma, "Sept. 4, 2000", or after a weekday a comma or a bracket sets before its date,
// "Tuesday, March 31", "Tuesday (Mar 31)", with the comma or bracket that closes it as US
// and Singapore copy print it ("on Sept. 4, 2000, with X", "on Tuesday, March 31, with X",
// "on Monday (Sep 4) with X"), or k when no such date starts there. A contact word's window
// reads a comma as the end of its phrase, and a bracket as an aside; a date's end neither.
func (s *scan) datedCommaEnd(k, end int) int {
	from := k
	if k+2 < end && dates.IsWeekday(s.toks[k].Text) && (s.toks[k+1].Text == "," || s.toks[k+1].Text == "(") {
		from = k + 2 // the finder tells the date of "Tuesday, March 31" without its weekday
	}
	for _, d := range s.findDates(from, end) {
		if d.from != from {
			continue
		}
		comma := from > k
		for j := d.from; j < d.to; j++ {
			comma = comma || s.toks[j].Text == ","
		}
		if !comma {
			return k
		}
		if d.to < end && (s.toks[d.to].Text == "," || s.toks[d.to].Text == ")" && s.toks[k+1].Text == "(") {
			return d.to + 1
		}
		return d.to
	}
	return k
}

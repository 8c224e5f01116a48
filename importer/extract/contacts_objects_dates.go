package extract

// datedCommaEnd returns the token after a date expression that starts at token k and holds
// a comma or brackets, "Sept. 4, 2000", "Tuesday, March 31", "Tuesday (Mar 31)" (a weekday
// and its date are one expression: toldWeekday), with the comma that closes it as US copy
// prints it ("on Sept. 4, 2000, with X", "on Tuesday, March 31, with X"), or k when no such
// date starts there. A contact word's window reads a comma as the end of its phrase and a
// bracket as an aside; a date's commas and brackets end neither.
func (s *scan) datedCommaEnd(k, end int) int {
	for _, d := range s.findDates(k, end) {
		if d.from != k {
			continue
		}
		inner := false
		for j := d.from; j < d.to; j++ {
			inner = inner || s.toks[j].Text == "," || s.toks[j].Text == "("
		}
		if !inner {
			return k
		}
		if d.to < end && s.toks[d.to].Text == "," {
			return d.to + 1
		}
		return d.to
	}
	return k
}

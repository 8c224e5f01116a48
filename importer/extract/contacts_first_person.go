package extract

// quotedSelf returns the speaker of the quotation when "I" stands in a list of persons
// before the contact word at token at, inside that quotation: "President A, President B
// and I will discuss ...," he said: the speaker is a party with A and B. -1 otherwise.
func (r *resolver) quotedSelf(c clause, at int) int {
	s := r.s
	for k := c.from; k < at; k++ {
		if s.toks[k].Text != "I" || !s.inQuote[k] {
			continue
		}
		listed := k > c.from && (s.toks[k-1].Low == "and" || s.toks[k-1].Text == ",") || k+1 < at && s.toks[k+1].Low == "and"
		if a, ok := s.saidBy[k]; ok && listed {
			return a
		}
	}
	return -1
}

package extract

// narratedBetween reports a quotation that sits inside a sentence of narration about
// another actor after the attributed quotation that ends at token prevEnd: in `"...," Habib
// said. The group has refused the truce and hopes to turn the strip "into a battlefield."`
// the last words are not Habib's going on, the sentence tells of the group, which does
// more ("and", a comma) before the quotation. A quotation that opens its sentence ("First,"
// she said. "Second."), that shares the sentence of its attribution or that is the
// predicate of the actor before it (`The group said the data "...". Reporters at the
// paper "obtained ..."`, the group's report going on) still continues.
func (s *scan) narratedBetween(at []int, prevEnd, oi, speaker int) bool {
	si := s.toks[oi].Sent
	from := s.sents[si].from
	if prevEnd < 0 || s.toks[prevEnd].Sent == si || from >= oi || from <= prevEnd {
		return false
	}
	other := -1 // the last token of another actor's mention before the quotation
	for k := from; k < oi; k++ {
		if s.inQuote[k] || at[k] < 0 {
			continue
		}
		if a := s.mentions[at[k]].actor; a >= 0 && a != speaker {
			other = k
		}
	}
	if other < 0 {
		return false
	}
	for k := other + 1; k < oi; k++ {
		if w := s.toks[k].Low; w == "and" || w == "," {
			return true
		}
	}
	return false
}

package extract

// otherPredicate reports a context frame (a contact with unnamed people) told in the
// sentence of frame f but in a clause of its own that is not f's predicate: a relative
// clause on a party ("X, who has refused to meet opposition leaders, spoke with Y", "X,
// who met opposition leaders last year, spoke with Y") that f's contact word stands
// outside of, or a clause the parse hangs apart from it (cueOutside). Such a contact
// word tells another occasion, and lends f no mode or date; one told as the same
// contact's ("held calls with foreign leaders on Tuesday, speaking first with Johnson")
// still does.
func (x *Extractor) otherPredicate(s *scan, ctx, f frame) bool {
	if ctx.sent != f.sent {
		return false
	}
	from := s.sents[f.sent].from
	if j := s.relativeAt(from, ctx.tr.at); j >= 0 && s.relativeAt(from, f.tr.at) != j {
		return true
	}
	return x.cueOutside(s, f.tr)(ctx.tr.at)
}

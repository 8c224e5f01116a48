package extract

import "hotline/importer/dates"

// toldWeekday widens the tokens [from, to) of a calendar date to the weekday printed before it,
// which the date finder folds into the date ("Tuesday, March 12", "Thursday (Mar 31)"), and
// the bracket that closes it: the rules that read the words around a date ("the summit
// opened Thursday (Mar 31)", "met on Tuesday, March 12") see it where the text tells it.
// first is the sentence's first token.
func (s *scan) toldWeekday(from, to, first int) (int, int) {
	if from-2 < first || !dates.IsWeekday(s.toks[from-2].Text) {
		return from, to
	}
	switch s.toks[from-1].Text {
	case ",":
		return from - 2, to
	case "(":
		if to < len(s.toks) && s.toks[to].Text == ")" {
			return from - 2, to + 1
		}
	}
	return from, to
}

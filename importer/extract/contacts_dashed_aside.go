package extract

import "hotline/importer/extract/tokens"

// dashedAsideBefore reports token k inside an aside set off by a pair of dashes that
// closes before token to, in one sentence: "X spoke with Y - the first such contact since
// talks collapsed in 2021 - on Wednesday". The aside's words are its own: its "talks" own
// no date told after it, which stays the contact's ("on Wednesday" dates the call), and
// the "since" of its phrase closes at the dash (sinceOf).
func (s *scan) dashedAsideBefore(k, to int) bool {
	si := s.toks[k].Sent
	opened := false
	for j := s.sents[si].from; j < k; j++ {
		if asideDash(s.toks[j]) {
			opened = !opened
		}
	}
	if !opened {
		return false
	}
	for j := k + 1; j < to && j < len(s.toks) && s.toks[j].Sent == si; j++ {
		if asideDash(s.toks[j]) {
			return true
		}
	}
	return false
}

// asideDash reports a dash that may open or close an aside: a spaced hyphen or a dash.
func asideDash(t tokens.Token) bool {
	if t.Kind != tokens.Punct {
		return false
	}
	switch t.Text {
	case "-", "--", "—", "–", "―":
		return true
	}
	return false
}

// pastDashedAside reports tokens [from, to) that hold a whole aside set off by a pair of
// dashes, and nothing after its closing dash but the words up to to: a date after it is
// not the aside's, whatever verb of the aside the parse hangs it on ("spoke with Y - the
// first such contact since talks collapsed in 2021 - on Wednesday": the call's day).
func (s *scan) pastDashedAside(from, to int) bool {
	n, last := 0, -1
	for j := from; j < to && j < len(s.toks); j++ {
		if asideDash(s.toks[j]) {
			n, last = n+1, j
		}
	}
	return n >= 2 && n%2 == 0 && !hasPunct(s, last+1, to)
}

// asideClose returns the dash that closes an aside the dash at token k opens, before
// token end in its sentence, or -1: "spoke to Y - the first such contact since talks
// collapsed - on the telephone". The medium after the aside is the contact's; a medium
// or a "since" inside it is the aside's own (modeNear).
func (s *scan) asideClose(k, end int) int {
	si := s.toks[k].Sent
	opened := false
	for j := s.sents[si].from; j < k; j++ {
		opened = opened != asideDash(s.toks[j])
	}
	if opened {
		return -1 // the dash closes an aside opened before it
	}
	for j := k + 1; j < end && s.toks[j].Sent == si; j++ {
		if asideDash(s.toks[j]) {
			return j
		}
	}
	return -1
}

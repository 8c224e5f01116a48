package extract

import "hash/maphash"

// directScans is how many runs describedAt looks up by reading the whole article before it
// indexes the article's runs: an article names a few dozen runs, for which reading it is
// cheaper than building the index, while a list of thousands of names (a casualty list, a
// flattened table) read once per name cost the square of its length.
const directScans = 32

// occurrences indexes the places where a run of tokens recurs in the article, by the run's
// length and the hash of its words, and keeps what a cue found at a run's occurrences.
type occurrences struct {
	scans int // runs looked up by reading the whole article, up to directScans
	seed  maphash.Seed
	byLen map[int]*runIndex      // run length -> its index, made on demand
	found map[occurrenceCue]bool // a cue at a run's occurrences -> whether it held at one
}

// runIndex chains the starts of the runs of one length that share a hash: head gives the
// first, next[i] the one after start i (-1: none), ascending.
type runIndex struct {
	head map[uint64]int
	next []int
}

// occurrenceCue names a cue asked of the occurrences of one run, which its first
// occurrence stands for.
type occurrenceCue struct {
	cue         string
	first, size int
}

// runHash hashes the words of the run [from, from+n).
func (s *scan) runHash(from, n int) uint64 {
	var h maphash.Hash
	h.SetSeed(s.occ.seed)
	for k := from; k < from+n; k++ {
		h.WriteString(s.toks[k].Text)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// sameRun reports whether the runs of n tokens at a and b have the same words.
func (s *scan) sameRun(a, b, n int) bool {
	for k := 0; k < n; k++ {
		if s.toks[a+k].Text != s.toks[b+k].Text {
			return false
		}
	}
	return true
}

// runIndexOf returns the index of the runs of n tokens, made on first use.
func (s *scan) runIndexOf(n int) *runIndex {
	if s.occ.byLen == nil {
		s.occ.seed, s.occ.byLen = maphash.MakeSeed(), map[int]*runIndex{}
	}
	if idx, ok := s.occ.byLen[n]; ok {
		return idx
	}
	idx := &runIndex{head: map[uint64]int{}, next: make([]int, len(s.toks))}
	for i := len(s.toks) - n; i >= 0; i-- {
		h := s.runHash(i, n)
		if j, ok := idx.head[h]; ok {
			idx.next[i] = j
		} else {
			idx.next[i] = -1
		}
		idx.head[h] = i
	}
	s.occ.byLen[n] = idx
	return idx
}

// describedAt reports whether cue (named name) holds at one of the occurrences of the run
// [from, to), in the order of the text. Past directScans runs it reads them from the
// index, and keeps the answer for the run's other occurrences.
func (s *scan) describedAt(from, to int, name string, cue func(from, to int) bool) bool {
	n := to - from
	if s.occ == nil {
		s.occ = &occurrences{found: map[occurrenceCue]bool{}}
	}
	if s.occ.scans < directScans {
		s.occ.scans++
		for i := 0; i+n <= len(s.toks); i++ {
			if s.sameRun(i, from, n) && cue(i, i+n) {
				return true
			}
		}
		return false
	}
	idx := s.runIndexOf(n)
	start, ok := idx.head[s.runHash(from, n)]
	if !ok {
		return false
	}
	first := start
	for first >= 0 && !s.sameRun(first, from, n) {
		first = idx.next[first]
	}
	key := occurrenceCue{cue: name, first: first, size: n}
	if held, ok := s.occ.found[key]; ok {
		return held
	}
	held := false
	for i := first; i >= 0 && !held; i = idx.next[i] {
		held = s.sameRun(i, from, n) && cue(i, i+n)
	}
	s.occ.found[key] = held
	return held
}

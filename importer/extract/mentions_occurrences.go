package extract

import "hash/maphash"

// occurrences indexes the places where a run of tokens recurs in the article, by the run's
// length and the hash of its words, and keeps what a cue found at a run's occurrences.
// describedAt asks it of every name run: a scan of the whole article per run made a
// list of thousands of names (a casualty list, a flattened table) cost the square of its
// length.
type occurrences struct {
	seed  maphash.Seed
	byLen map[int]map[uint64][]int // run length -> hash of its words -> starts, ascending
	found map[occurrenceCue]bool   // a cue at a run's occurrences -> whether it held at one
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

// occurrencesOf returns the starts of the runs of the article with the words of [from,
// to), ascending: the run's hash bucket, whose runs almost always all have its words.
func (s *scan) occurrencesOf(from, to int) []int {
	n := to - from
	if s.occ == nil {
		s.occ = &occurrences{seed: maphash.MakeSeed(), byLen: map[int]map[uint64][]int{}, found: map[occurrenceCue]bool{}}
	}
	idx, ok := s.occ.byLen[n]
	if !ok {
		idx = map[uint64][]int{}
		for i := 0; i+n <= len(s.toks); i++ {
			h := s.runHash(i, n)
			idx[h] = append(idx[h], i)
		}
		s.occ.byLen[n] = idx
	}
	return idx[s.runHash(from, n)]
}

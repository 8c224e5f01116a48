package parse

// projectivize lifts non-projective arcs until the tree (heads 0-based, -1 root) is
// projective: the shortest crossing arc's dependent is re-attached to its head's head
// (Nivre and Nilsson 2005, without label encoding). The arc-hybrid parser and its
// oracle can only build projective trees; about 5% of English sentences are not.
func projectivize(heads []int) {
	for range len(heads) * len(heads) {
		d := shortestCrossing(heads)
		if d < 0 {
			return
		}
		heads[d] = heads[heads[d]]
	}
}

// shortestCrossing returns the dependent of the shortest non-projective arc, or -1.
func shortestCrossing(heads []int) int {
	best, bestLen := -1, 1<<30
	for d, h := range heads {
		if h < 0 {
			continue
		}
		lo, hi := min(h, d), max(h, d)
		if hi-lo-1 >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(heads, h, k) {
				best, bestLen = d, hi-lo-1
				break
			}
		}
	}
	return best
}

// dominates reports whether h is an ancestor of k.
func dominates(heads []int, h, k int) bool {
	for steps := 0; k >= 0 && steps <= len(heads); steps++ {
		if k == h {
			return true
		}
		k = heads[k]
	}
	return false
}

package parse

// The parser is greedy and transition-based with the arc-hybrid system (Kuhlmann et
// al. 2011): a stack whose bottom is the artificial root 0, and a buffer of the words
// b..n still to read (words are numbered 1..n here). Three moves:
//
//	SHIFT     push b
//	LEFT(l)   b becomes the head of s0 with label l; pop s0
//	RIGHT(l)  s1 becomes the head of s0 with label l; pop s0
//
// RIGHT onto the root is allowed only when the buffer is empty, so every sentence gets
// exactly one root word. Classes: 0 = SHIFT, 1+2l = LEFT(l), 2+2l = RIGHT(l).

const (
	mShift = iota
	mLeft
	mRight
)

func moveOf(class int) (move, label int) {
	if class == 0 {
		return mShift, -1
	}
	if class%2 == 1 {
		return mLeft, (class - 1) / 2
	}
	return mRight, (class - 2) / 2
}

// pstate is a parser configuration plus what the features need of the partial tree:
// the two outermost children on each side, valencies and label sets.
type pstate struct {
	n      int
	stack  []int32
	b      int
	head   []int32
	label  []int32
	l1, l2 []int32
	r1, r2 []int32
	nl, nr []int32
	lset   []uint64
	rset   []uint64
}

func (s *pstate) reset(n int) {
	s.n = n
	s.b = 1
	s.stack = append(s.stack[:0], 0)
	grow := func(p *[]int32) {
		if cap(*p) < n+1 {
			*p = make([]int32, n+1)
		}
		*p = (*p)[:n+1]
	}
	for _, p := range []*[]int32{&s.head, &s.label, &s.l1, &s.l2, &s.r1, &s.r2, &s.nl, &s.nr} {
		grow(p)
	}
	if cap(s.lset) < n+1 {
		s.lset, s.rset = make([]uint64, n+1), make([]uint64, n+1)
	}
	s.lset, s.rset = s.lset[:n+1], s.rset[:n+1]
	for i := 0; i <= n; i++ {
		s.head[i], s.label[i] = -1, -1
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = 0, 0
	}
}

// top returns s0 and s1, -1 where the stack is shorter.
func (s *pstate) top() (s0, s1 int32) {
	s0, s1 = -1, -1
	if k := len(s.stack); k >= 2 {
		s0, s1 = s.stack[k-1], s.stack[k-2]
	} else if k == 1 {
		s0 = s.stack[0]
	}
	return s0, s1
}

func (s *pstate) done() bool { return s.b > s.n && len(s.stack) == 1 }

func (s *pstate) valid(move int) bool {
	k := len(s.stack)
	switch move {
	case mShift:
		return s.b <= s.n
	case mLeft:
		return k >= 2 && s.b <= s.n
	default:
		return k >= 3 || k == 2 && s.b > s.n
	}
}

func (s *pstate) apply(move, label int) {
	k := len(s.stack)
	switch move {
	case mShift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case mLeft:
		s.attach(int32(s.b), s.stack[k-1], label)
		s.stack = s.stack[:k-1]
	default:
		s.attach(s.stack[k-2], s.stack[k-1], label)
		s.stack = s.stack[:k-1]
	}
}

func (s *pstate) attach(h, d int32, label int) {
	s.head[d] = h
	s.label[d] = int32(label)
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		s.l2[h], s.l1[h] = s.l1[h], d
		s.nl[h]++
		s.lset[h] |= bit
	} else {
		s.r2[h], s.r1[h] = s.r1[h], d
		s.nr[h]++
		s.rset[h] |= bit
	}
}

// costs fills cost[c] for every class with the dynamic oracle of Goldberg and Nivre
// (2013) for arc-hybrid: the number of gold arcs (a wrong label counts as a lost arc)
// that the move makes unreachable, or -1 when the move is not allowed. gold heads and
// labels are numbered like the state (words 1..n, root 0).
func (s *pstate) costs(gh, gl []int32, nLabels int, cost []int) {
	k := len(s.stack)
	b := int32(s.b)
	n := int32(s.n)
	var s0, s1 int32 = -1, -1
	if k >= 1 {
		s0 = s.stack[k-1]
	}
	if k >= 2 {
		s1 = s.stack[k-2]
	}
	// Children of s0 still in the buffer, lost by any move that pops s0.
	lostKids := 0
	if s0 > 0 {
		for j := b; j <= n; j++ {
			if gh[j] == s0 {
				lostKids++
			}
		}
	}
	shift := -1
	if s.valid(mShift) {
		shift = 0
		for i := 0; i < k; i++ {
			x := s.stack[i]
			if gh[x] == b {
				shift++
			}
			if i < k-1 && gh[b] == x {
				shift++
			}
		}
	}
	cost[0] = shift
	for l := 0; l < nLabels; l++ {
		cost[1+2*l], cost[2+2*l] = -1, -1
	}
	if s.valid(mLeft) {
		c := lostKids
		if gh[s0] != b && (gh[s0] == s1 || gh[s0] > b) {
			c++
		}
		for l := 0; l < nLabels; l++ {
			cost[1+2*l] = c
			if gh[s0] == b && int32(l) != gl[s0] {
				cost[1+2*l] = c + 1
			}
		}
	}
	if s.valid(mRight) {
		c := lostKids
		if gh[s0] != s1 && gh[s0] >= b {
			c++
		}
		for l := 0; l < nLabels; l++ {
			cost[2+2*l] = c
			if gh[s0] == s1 && int32(l) != gl[s0] {
				cost[2+2*l] = c + 1
			}
		}
	}
}

package parse

// Parser features, after Zhang and Nivre (2011) adapted to arc-hybrid: words (w), tags
// (t) and labels (l) of the top three stack items, the first three buffer words, the
// outermost children of s0, s1 and b0, with distance, valency and label-set features.
// w and t are indexed like the state (0 = root); absent positions hash as none.

const (
	pfS0w = iota + 1
	pfS0t
	pfS0wt
	pfS1w
	pfS1t
	pfS1wt
	pfS2t
	pfS2wt
	pfB0w
	pfB0t
	pfB0wt
	pfB1w
	pfB1t
	pfB1wt
	pfB2w
	pfB2t
	pfS0wtB0wt
	pfS0wtB0w
	pfS0wB0wt
	pfS0wtB0t
	pfS0tB0wt
	pfS0wB0w
	pfS0tB0t
	pfB0tB1t
	pfS0wS1w
	pfS0tS1t
	pfS0wtS1t
	pfS0tS1wt
	pfS1tB0t
	pfS1wB0w
	pfB0tB1tB2t
	pfS0tB0tB1t
	pfS1tS0tB0t
	pfS2tS1tS0t
	pfS0tS0LtB0t
	pfS0tS0RtB0t
	pfS0tB0tB0Lt
	pfS1tS0tS0Lt
	pfS1tS0tS0Rt
	pfS1tS1RtS0t
	pfS1tS1LtS0t
	pfS0tS0LtS0L2t
	pfS0tS0RtS0R2t
	pfB0tB0LtB0L2t
	pfS0Lw
	pfS0Lt
	pfS0Ll
	pfS0Rw
	pfS0Rt
	pfS0Rl
	pfS0L2t
	pfS0L2l
	pfS0R2t
	pfS0R2l
	pfS1Lt
	pfS1Ll
	pfS1Rt
	pfS1Rl
	pfS1Rw
	pfB0Lw
	pfB0Lt
	pfB0Ll
	pfB0L2t
	pfB0L2l
	pfS0wD
	pfS0tD
	pfB0wD
	pfB0tD
	pfS0tB0tD
	pfS0wB0wD
	pfS1tS0tD1
	pfS0wVr
	pfS0tVr
	pfS0wVl
	pfS0tVl
	pfS1wVr
	pfS1tVr
	pfB0wVl
	pfB0tVl
	pfS0wSr
	pfS0tSr
	pfS0wSl
	pfS0tSl
	pfB0wSl
	pfB0tSl
	pfS1tSr
	pfS0tS0RlB0t
	pfS0tS0LlB0t
	pfB0tB0LlS0t
	pfS1wS0tB0t
	pfS1tS0wB0t
	pfS1tS0tB0w
	pfS0wB0tB1t
	pfS0tB0wB1t
	pfS0tB0tB1w
)

const (
	noneW = 2 // hash of an absent position's word
	rootW = 3 // hash of the root's word
)

func distBucket(d int32) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	default:
		return 7
	}
}

// parseFeatures appends the features of configuration s to buf. They come in groups
// by what they look at, so the parser can keep the scores of a group while a move
// leaves its items unchanged: s0 with its children and the stack under it
// (s0Features), s1 with its children (s1Features), the buffer words
// (bufferFeatures), b0 with its children (bufferKidFeatures), and the rest, which
// relate the stack to the buffer (stackFeatures).
func parseFeatures(buf []uint32, s *pstate, w, t []uint64) []uint32 {
	buf = stackFeatures(buf, s, w, t)
	buf = s0Features(buf, s, w, t)
	_, s1 := s.top()
	buf = s1Features(buf, s, w, t, s1)
	buf = bufferFeatures(buf, s, w, t)
	return bufferKidFeatures(buf, s, w, t)
}

// atom reads the word, tag and label atoms of state positions; -1 is an absent
// position.
type atom struct {
	s    *pstate
	w, t []uint64
}

func (a atom) W(i int32) uint64 {
	if i < 0 {
		return noneW
	}
	return a.w[i]
}

func (a atom) T(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return a.t[i]
}

func (a atom) L(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return uint64(a.s.label[i] + 1)
}

func (a atom) kid(i int32, side []int32) int32 {
	if i < 0 {
		return -1
	}
	return side[i]
}

func (a atom) val(i int32, side []int32) uint64 {
	if i < 0 {
		return 99
	}
	return uint64(side[i])
}

func (a atom) set(i int32, side []uint64) uint64 {
	if i < 0 {
		return 1<<63 | 1
	}
	return side[i]
}

// bufferPos returns the first three buffer words, -1 past the end of the sentence.
func bufferPos(s *pstate) (b0, b1, b2 int32) {
	b0, b1, b2 = -1, -1, -1
	if s.b <= s.n {
		b0 = int32(s.b)
	}
	if s.b+1 <= s.n {
		b1 = int32(s.b + 1)
	}
	if s.b+2 <= s.n {
		b2 = int32(s.b + 2)
	}
	return b0, b1, b2
}

// bufferFeatures appends the features of the first three buffer words alone. Only
// SHIFT changes them, so the parser scores them once per SHIFT and reuses the scores
// for the LEFT and RIGHT moves that follow.
func bufferFeatures(buf []uint32, s *pstate, w, t []uint64) []uint32 {
	a := atom{s, w, t}
	b0, b1, b2 := bufferPos(s)
	b0w, b0t, b1w, b1t, b2w, b2t := a.W(b0), a.T(b0), a.W(b1), a.T(b1), a.W(b2), a.T(b2)
	return append(buf,
		feat1(pfB0w, b0w), feat1(pfB0t, b0t), feat1(pfB0wt, mix(b0w, b0t)),
		feat1(pfB1w, b1w), feat1(pfB1t, b1t), feat1(pfB1wt, mix(b1w, b1t)),
		feat1(pfB2w, b2w), feat1(pfB2t, b2t),
		feat2(pfB0tB1t, b0t, b1t), feat3(pfB0tB1tB2t, b0t, b1t, b2t),
	)
}

// bufferKidFeatures appends the features of b0 with its left children, valency and
// label set. SHIFT and LEFT (which gives b0 a child) change them; RIGHT does not.
func bufferKidFeatures(buf []uint32, s *pstate, w, t []uint64) []uint32 {
	a := atom{s, w, t}
	b0, _, _ := bufferPos(s)
	b0l, b0l2 := a.kid(b0, s.l1), a.kid(b0, s.l2)
	b0w, b0t := a.W(b0), a.T(b0)
	b0Lt, b0L2t := a.T(b0l), a.T(b0l2)
	b0vl, b0sl := a.val(b0, s.nl), a.set(b0, s.lset)
	return append(buf,
		feat3(pfB0tB0LtB0L2t, b0t, b0Lt, b0L2t),
		feat1(pfB0Lw, a.W(b0l)), feat1(pfB0Lt, b0Lt), feat1(pfB0Ll, a.L(b0l)),
		feat1(pfB0L2t, b0L2t), feat1(pfB0L2l, a.L(b0l2)),
		feat2(pfB0wVl, b0w, b0vl), feat2(pfB0tVl, b0t, b0vl),
		feat2(pfB0wSl, b0w, b0sl), feat2(pfB0tSl, b0t, b0sl),
	)
}

// s0Features appends the features of s0 with its children, valencies and label
// sets, and those of s0 with s1 and s2. While a word x is s0, the items under it
// stay as they are (only a RIGHT move onto s1 would change s1, and it pops x), and
// its own children only grow; so while x's child count is unchanged, these
// features are too: after a LEFT move the new s0 is the old s1, as it was when last
// on top of the stack.
func s0Features(buf []uint32, s *pstate, w, t []uint64) []uint32 {
	a := atom{s, w, t}
	W, T, L := a.W, a.T, a.L
	x, s1 := s.top()
	s2 := int32(-1)
	if k := len(s.stack); k >= 3 {
		s2 = s.stack[k-3]
	}
	l, l2, r, r2 := a.kid(x, s.l1), a.kid(x, s.l2), a.kid(x, s.r1), a.kid(x, s.r2)
	xw, xt := W(x), T(x)
	lt, rt, l2t, r2t := T(l), T(r), T(l2), T(r2)
	vr, vl := a.val(x, s.nr), a.val(x, s.nl)
	sr, sl := a.set(x, s.rset), a.set(x, s.lset)
	s1w, s1t, s2t := W(s1), T(s1), T(s2)
	s1Lt, s1Rt := T(a.kid(s1, s.l1)), T(a.kid(s1, s.r1))
	d1 := uint64(0)
	if s1 >= 0 && x >= 0 {
		d1 = distBucket(x - s1)
	}
	return append(buf,
		feat1(pfS0w, xw), feat1(pfS0t, xt), feat1(pfS0wt, mix(xw, xt)),
		feat3(pfS0tS0LtS0L2t, xt, lt, l2t), feat3(pfS0tS0RtS0R2t, xt, rt, r2t),
		feat1(pfS0Lw, W(l)), feat1(pfS0Lt, lt), feat1(pfS0Ll, L(l)),
		feat1(pfS0Rw, W(r)), feat1(pfS0Rt, rt), feat1(pfS0Rl, L(r)),
		feat1(pfS0L2t, l2t), feat1(pfS0L2l, L(l2)), feat1(pfS0R2t, r2t), feat1(pfS0R2l, L(r2)),
		feat2(pfS0wVr, xw, vr), feat2(pfS0tVr, xt, vr), feat2(pfS0wVl, xw, vl), feat2(pfS0tVl, xt, vl),
		feat2(pfS0wSr, xw, sr), feat2(pfS0tSr, xt, sr), feat2(pfS0wSl, xw, sl), feat2(pfS0tSl, xt, sl),
		feat1(pfS2t, s2t), feat2(pfS2wt, W(s2), s2t),
		feat2(pfS0wS1w, xw, s1w), feat2(pfS0tS1t, xt, s1t), feat2(pfS0wtS1t, mix(xw, xt), s1t), feat2(pfS0tS1wt, xt, mix(s1w, s1t)),
		feat3(pfS2tS1tS0t, s2t, s1t, xt),
		feat3(pfS1tS0tS0Lt, s1t, xt, lt), feat3(pfS1tS0tS0Rt, s1t, xt, rt),
		feat3(pfS1tS1RtS0t, s1t, s1Rt, xt), feat3(pfS1tS1LtS0t, s1t, s1Lt, xt),
		feat3(pfS1tS0tD1, s1t, xt, d1),
	)
}

// s1Features appends the features of word x as s1, with its outermost children,
// right valency and right label set; like s0Features, they change only when x gets
// a child.
func s1Features(buf []uint32, s *pstate, w, t []uint64, x int32) []uint32 {
	a := atom{s, w, t}
	W, T, L := a.W, a.T, a.L
	l, r := a.kid(x, s.l1), a.kid(x, s.r1)
	xw, xt := W(x), T(x)
	vr, sr := a.val(x, s.nr), a.set(x, s.rset)
	return append(buf,
		feat1(pfS1w, xw), feat1(pfS1t, xt), feat1(pfS1wt, mix(xw, xt)),
		feat1(pfS1Lt, T(l)), feat1(pfS1Ll, L(l)), feat1(pfS1Rt, T(r)), feat1(pfS1Rl, L(r)), feat1(pfS1Rw, W(r)),
		feat2(pfS1wVr, xw, vr), feat2(pfS1tVr, xt, vr), feat2(pfS1tSr, xt, sr),
	)
}

// stackFeatures appends the features that relate s0 and s1 to the buffer.
func stackFeatures(buf []uint32, s *pstate, w, t []uint64) []uint32 {
	a := atom{s, w, t}
	s0, s1 := s.top()
	b0, b1, _ := bufferPos(s)
	W, T, L := a.W, a.T, a.L
	s0l, s0r, b0l := a.kid(s0, s.l1), a.kid(s0, s.r1), a.kid(b0, s.l1)
	s0w, s0t, s1w, s1t := W(s0), T(s0), W(s1), T(s1)
	b0w, b0t, b1w, b1t := W(b0), T(b0), W(b1), T(b1)
	s0wt, b0wt := mix(s0w, s0t), mix(b0w, b0t)
	s0Lt, s0Rt, b0Lt := T(s0l), T(s0r), T(b0l)
	s0Ll, s0Rl, b0Ll := L(s0l), L(s0r), L(b0l)
	d := uint64(0)
	if s0 >= 0 && b0 >= 0 {
		d = distBucket(b0 - s0)
	}

	return append(buf,
		feat2(pfS0wtB0wt, s0wt, b0wt), feat2(pfS0wtB0w, s0wt, b0w), feat2(pfS0wB0wt, s0w, b0wt),
		feat2(pfS0wtB0t, s0wt, b0t), feat2(pfS0tB0wt, s0t, b0wt), feat2(pfS0wB0w, s0w, b0w),
		feat2(pfS0tB0t, s0t, b0t),
		feat2(pfS1tB0t, s1t, b0t), feat2(pfS1wB0w, s1w, b0w),
		feat3(pfS0tB0tB1t, s0t, b0t, b1t),
		feat3(pfS1tS0tB0t, s1t, s0t, b0t),
		feat3(pfS0tS0LtB0t, s0t, s0Lt, b0t), feat3(pfS0tS0RtB0t, s0t, s0Rt, b0t),
		feat3(pfS0tB0tB0Lt, s0t, b0t, b0Lt),
		feat2(pfS0wD, s0w, d), feat2(pfS0tD, s0t, d), feat2(pfB0wD, b0w, d), feat2(pfB0tD, b0t, d),
		feat3(pfS0tB0tD, s0t, b0t, d), feat3(pfS0wB0wD, s0w, b0w, d),
		feat3(pfS0tS0RlB0t, s0t, s0Rl, b0t), feat3(pfS0tS0LlB0t, s0t, s0Ll, b0t), feat3(pfB0tB0LlS0t, b0t, b0Ll, s0t),
		feat3(pfS1wS0tB0t, s1w, s0t, b0t), feat3(pfS1tS0wB0t, s1t, s0w, b0t), feat3(pfS1tS0tB0w, s1t, s0t, b0w),
		feat3(pfS0wB0tB1t, s0w, b0t, b1t), feat3(pfS0tB0wB1t, s0t, b0w, b1t), feat3(pfS0tB0tB1w, s0t, b0t, b1w),
	)
}

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

// parseFeatures appends the features of configuration s to buf.
func parseFeatures(buf []uint32, s *pstate, w, t []uint64) []uint32 {
	k := len(s.stack)
	var s0, s1, s2 int32 = -1, -1, -1
	if k >= 1 {
		s0 = s.stack[k-1]
	}
	if k >= 2 {
		s1 = s.stack[k-2]
	}
	if k >= 3 {
		s2 = s.stack[k-3]
	}
	b0, b1, b2 := int32(-1), int32(-1), int32(-1)
	if s.b <= s.n {
		b0 = int32(s.b)
	}
	if s.b+1 <= s.n {
		b1 = int32(s.b + 1)
	}
	if s.b+2 <= s.n {
		b2 = int32(s.b + 2)
	}
	W := func(i int32) uint64 {
		if i < 0 {
			return noneW
		}
		return w[i]
	}
	T := func(i int32) uint64 {
		if i < 0 {
			return 0
		}
		return t[i]
	}
	L := func(i int32) uint64 {
		if i < 0 {
			return 0
		}
		return uint64(s.label[i] + 1)
	}
	kid := func(i int32, side []int32) int32 {
		if i < 0 {
			return -1
		}
		return side[i]
	}
	val := func(i int32, side []int32) uint64 {
		if i < 0 {
			return 99
		}
		return uint64(side[i])
	}
	set := func(i int32, side []uint64) uint64 {
		if i < 0 {
			return 1<<63 | 1
		}
		return side[i]
	}
	s0l, s0l2, s0r, s0r2 := kid(s0, s.l1), kid(s0, s.l2), kid(s0, s.r1), kid(s0, s.r2)
	s1l, s1r := kid(s1, s.l1), kid(s1, s.r1)
	b0l, b0l2 := kid(b0, s.l1), kid(b0, s.l2)

	s0w, s0t, s1w, s1t, s2t := W(s0), T(s0), W(s1), T(s1), T(s2)
	b0w, b0t, b1w, b1t, b2w, b2t := W(b0), T(b0), W(b1), T(b1), W(b2), T(b2)
	s0wt, s1wt, b0wt, b1wt := mix(s0w, s0t), mix(s1w, s1t), mix(b0w, b0t), mix(b1w, b1t)
	s0Lt, s0Rt, s0L2t, s0R2t := T(s0l), T(s0r), T(s0l2), T(s0r2)
	s1Lt, s1Rt, b0Lt, b0L2t := T(s1l), T(s1r), T(b0l), T(b0l2)
	s0Ll, s0Rl, b0Ll := L(s0l), L(s0r), L(b0l)
	d := uint64(0)
	if s0 >= 0 && b0 >= 0 {
		d = distBucket(b0 - s0)
	}
	d1 := uint64(0)
	if s1 >= 0 && s0 >= 0 {
		d1 = distBucket(s0 - s1)
	}
	s0vr, s0vl, s1vr, b0vl := val(s0, s.nr), val(s0, s.nl), val(s1, s.nr), val(b0, s.nl)
	s0sr, s0sl, b0sl, s1sr := set(s0, s.rset), set(s0, s.lset), set(b0, s.lset), set(s1, s.rset)

	return append(buf,
		feat1(pfS0w, s0w), feat1(pfS0t, s0t), feat1(pfS0wt, s0wt),
		feat1(pfS1w, s1w), feat1(pfS1t, s1t), feat1(pfS1wt, s1wt),
		feat1(pfS2t, s2t), feat2(pfS2wt, W(s2), s2t),
		feat1(pfB0w, b0w), feat1(pfB0t, b0t), feat1(pfB0wt, b0wt),
		feat1(pfB1w, b1w), feat1(pfB1t, b1t), feat1(pfB1wt, b1wt),
		feat1(pfB2w, b2w), feat1(pfB2t, b2t),
		feat2(pfS0wtB0wt, s0wt, b0wt), feat2(pfS0wtB0w, s0wt, b0w), feat2(pfS0wB0wt, s0w, b0wt),
		feat2(pfS0wtB0t, s0wt, b0t), feat2(pfS0tB0wt, s0t, b0wt), feat2(pfS0wB0w, s0w, b0w),
		feat2(pfS0tB0t, s0t, b0t), feat2(pfB0tB1t, b0t, b1t),
		feat2(pfS0wS1w, s0w, s1w), feat2(pfS0tS1t, s0t, s1t), feat2(pfS0wtS1t, s0wt, s1t), feat2(pfS0tS1wt, s0t, s1wt),
		feat2(pfS1tB0t, s1t, b0t), feat2(pfS1wB0w, s1w, b0w),
		feat3(pfB0tB1tB2t, b0t, b1t, b2t), feat3(pfS0tB0tB1t, s0t, b0t, b1t),
		feat3(pfS1tS0tB0t, s1t, s0t, b0t), feat3(pfS2tS1tS0t, s2t, s1t, s0t),
		feat3(pfS0tS0LtB0t, s0t, s0Lt, b0t), feat3(pfS0tS0RtB0t, s0t, s0Rt, b0t),
		feat3(pfS0tB0tB0Lt, s0t, b0t, b0Lt), feat3(pfS1tS0tS0Lt, s1t, s0t, s0Lt),
		feat3(pfS1tS0tS0Rt, s1t, s0t, s0Rt), feat3(pfS1tS1RtS0t, s1t, s1Rt, s0t),
		feat3(pfS1tS1LtS0t, s1t, s1Lt, s0t),
		feat3(pfS0tS0LtS0L2t, s0t, s0Lt, s0L2t), feat3(pfS0tS0RtS0R2t, s0t, s0Rt, s0R2t),
		feat3(pfB0tB0LtB0L2t, b0t, b0Lt, b0L2t),
		feat1(pfS0Lw, W(s0l)), feat1(pfS0Lt, s0Lt), feat1(pfS0Ll, s0Ll),
		feat1(pfS0Rw, W(s0r)), feat1(pfS0Rt, s0Rt), feat1(pfS0Rl, s0Rl),
		feat1(pfS0L2t, s0L2t), feat1(pfS0L2l, L(s0l2)), feat1(pfS0R2t, s0R2t), feat1(pfS0R2l, L(s0r2)),
		feat1(pfS1Lt, s1Lt), feat1(pfS1Ll, L(s1l)), feat1(pfS1Rt, s1Rt), feat1(pfS1Rl, L(s1r)), feat1(pfS1Rw, W(s1r)),
		feat1(pfB0Lw, W(b0l)), feat1(pfB0Lt, b0Lt), feat1(pfB0Ll, b0Ll),
		feat1(pfB0L2t, b0L2t), feat1(pfB0L2l, L(b0l2)),
		feat2(pfS0wD, s0w, d), feat2(pfS0tD, s0t, d), feat2(pfB0wD, b0w, d), feat2(pfB0tD, b0t, d),
		feat3(pfS0tB0tD, s0t, b0t, d), feat3(pfS0wB0wD, s0w, b0w, d), feat3(pfS1tS0tD1, s1t, s0t, d1),
		feat2(pfS0wVr, s0w, s0vr), feat2(pfS0tVr, s0t, s0vr), feat2(pfS0wVl, s0w, s0vl), feat2(pfS0tVl, s0t, s0vl),
		feat2(pfS1wVr, s1w, s1vr), feat2(pfS1tVr, s1t, s1vr),
		feat2(pfB0wVl, b0w, b0vl), feat2(pfB0tVl, b0t, b0vl),
		feat2(pfS0wSr, s0w, s0sr), feat2(pfS0tSr, s0t, s0sr), feat2(pfS0wSl, s0w, s0sl), feat2(pfS0tSl, s0t, s0sl),
		feat2(pfB0wSl, b0w, b0sl), feat2(pfB0tSl, b0t, b0sl), feat2(pfS1tSr, s1t, s1sr),
		feat3(pfS0tS0RlB0t, s0t, s0Rl, b0t), feat3(pfS0tS0LlB0t, s0t, s0Ll, b0t), feat3(pfB0tB0LlS0t, b0t, b0Ll, s0t),
		feat3(pfS1wS0tB0t, s1w, s0t, b0t), feat3(pfS1tS0wB0t, s1t, s0w, b0t), feat3(pfS1tS0tB0w, s1t, s0t, b0w),
		feat3(pfS0wB0tB1t, s0w, b0t, b1t), feat3(pfS0tB0wB1t, s0t, b0w, b1t), feat3(pfS0tB0tB1w, s0t, b0t, b1w),
	)
}

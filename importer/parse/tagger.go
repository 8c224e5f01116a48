package parse

// Tagger features (Honnibal's averaged-perceptron tagger, extended): the word, its
// prefixes, suffixes and shape, the two previous predicted tags, and the neighbouring
// words and suffixes. Words are wordAtoms hashes; tags are class index + 1 (0 = none).

const (
	tfBias = iota + 1
	tfNorm
	tfForm
	tfSuf1
	tfSuf2
	tfSuf3
	tfSuf4
	tfPre1
	tfPre2
	tfPre3
	tfShape
	tfP1
	tfP2
	tfP1P2
	tfP1Norm
	tfP1Suf3
	tfPrevNorm
	tfPrevSuf3
	tfPrevShape
	tfPrev2Norm
	tfNextNorm
	tfNextSuf3
	tfNextShape
	tfNext2Norm
	tfPrevNormNorm
	tfNormNextNorm
	tfFirstShape
	tfNextSuf2
	tfP1NextNorm
)

// atomsNone stands for a position before the start or after the end of the sentence.
var atomsNone = wordAtoms{norm: 1, form: 1, pre: [3]uint64{1, 1, 1}, suf: [4]uint64{1, 1, 1, 1}, shape: 1, dict: 99}

// tagFeatures appends the features of word i to buf.
func tagFeatures(buf []uint32, at []wordAtoms, i int, p1, p2 uint64) []uint32 {
	w := &at[i]
	prev, prev2, next, next2 := &atomsNone, &atomsNone, &atomsNone, &atomsNone
	if i > 0 {
		prev = &at[i-1]
	}
	if i > 1 {
		prev2 = &at[i-2]
	}
	if i+1 < len(at) {
		next = &at[i+1]
	}
	if i+2 < len(at) {
		next2 = &at[i+2]
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(buf,
		feat1(tfBias, 0),
		feat1(tfNorm, w.norm),
		feat1(tfForm, w.form),
		feat1(tfSuf1, w.suf[0]),
		feat1(tfSuf2, w.suf[1]),
		feat1(tfSuf3, w.suf[2]),
		feat1(tfSuf4, w.suf[3]),
		feat1(tfPre1, w.pre[0]),
		feat1(tfPre2, w.pre[1]),
		feat1(tfPre3, w.pre[2]),
		feat1(tfShape, w.shape),
		feat1(tfP1, p1),
		feat1(tfP2, p2),
		feat2(tfP1P2, p1, p2),
		feat2(tfP1Norm, p1, w.norm),
		feat2(tfP1Suf3, p1, w.suf[2]),
		feat1(tfPrevNorm, prev.norm),
		feat1(tfPrevSuf3, prev.suf[2]),
		feat1(tfPrevShape, prev.shape),
		feat1(tfPrev2Norm, prev2.norm),
		feat1(tfNextNorm, next.norm),
		feat1(tfNextSuf3, next.suf[2]),
		feat1(tfNextShape, next.shape),
		feat1(tfNext2Norm, next2.norm),
		feat2(tfPrevNormNorm, prev.norm, w.norm),
		feat2(tfNormNextNorm, w.norm, next.norm),
		feat2(tfFirstShape, first, w.shape),
		feat1(tfNextSuf2, next.suf[1]),
		feat2(tfP1NextNorm, p1, next.norm),
	)
}

// upos is the Universal POS tag set, the tagger's classes.
var uposTags = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

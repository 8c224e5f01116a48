package parse

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"sync"
)

//go:embed model.bin
var embeddedModel []byte

// Model is a trained tagger, parser and lemmatizer. It is read-only after loading, so
// one *Model serves any number of goroutines; per-call buffers come from a pool inside
// it. Load it once per process and keep the pointer.
type Model struct {
	tags    []string
	labels  []string
	tagDict map[uint64]uint8 // exact-form hash -> tag, for frequent unambiguous words
	lemmas  lemmatizer
	tagger  *weights
	parser  *weights
	rootTag uint64
	// rootLabel is the label of the root word's arc, the one RIGHT move that is
	// forced; -1 when the label set has no "root".
	rootLabel int
	pool      sync.Pool // *scratch
}

// scratch holds the buffers one Parse call needs.
type scratch struct {
	atoms  []wordAtoms
	tags   []int
	w, t   []uint64
	feats  []uint32
	scores scoreArray
	// scores of bufferFeatures and bufferKidFeatures, kept across moves
	bufScores, kidScores scoreArray
	s0, s1               wordScores // scores of s0Features and s1Features per word
	st                   pstate
}

// Load reads the model embedded in the binary (trained by cmd/hotline-train from the
// Universal Dependencies treebanks; see the package documentation). The weight
// tables are used in place from the embedded bytes, so it takes a few milliseconds
// and a few hundred kilobytes of heap (the tag dictionary and lemma tables); still,
// call it once and share the result.
func Load() (*Model, error) {
	return LoadBytes(embeddedModel)
}

const modelMagic = "hotline-parse 2\n"

// LoadBytes reads a model file written by Train. The model keeps pointing into b,
// which must not change afterwards.
func LoadBytes(b []byte) (*Model, error) {
	m, err := decodeModel(&byteReader{b: b})
	if err != nil {
		return nil, fmt.Errorf("parse model: %w", err)
	}
	return m, nil
}

func decodeModel(br *byteReader) (*Model, error) {
	if !bytes.HasPrefix(br.b, []byte(modelMagic)) {
		return nil, errors.New("not a hotline parse model (version 2)")
	}
	br.off = len(modelMagic)
	m := &Model{tagDict: map[uint64]uint8{}}
	var err error
	if m.tags, err = getStrings(br); err != nil {
		return nil, err
	}
	if m.labels, err = getStrings(br); err != nil {
		return nil, err
	}
	if len(m.tags) == 0 || len(m.tags) >= maxClasses || len(m.labels) == 0 || 1+2*len(m.labels) > maxClasses {
		return nil, fmt.Errorf("%d tags, %d labels", len(m.tags), len(m.labels))
	}
	n, err := getUvarint(br)
	if err != nil {
		return nil, err
	}
	for range n {
		w, err := getString(br)
		if err != nil {
			return nil, err
		}
		t, err := getUvarint(br)
		if err != nil {
			return nil, err
		}
		if t >= uint64(len(m.tags)) {
			return nil, fmt.Errorf("tag dictionary: tag %d out of range", t)
		}
		m.tagDict[atomsOf(w).form] = uint8(t)
	}
	if m.lemmas, err = readLemmas(br, m.tags); err != nil {
		return nil, err
	}
	if m.tagger, err = readWeights(br); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if m.parser, err = readWeights(br); err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	if m.tagger.nClasses != len(m.tags) || m.parser.nClasses != 1+2*len(m.labels) {
		return nil, errors.New("weights do not match the tag and label sets")
	}
	m.rootTag = uint64(len(m.tags) + 1)
	m.rootLabel = slices.Index(m.labels, "root")
	m.pool.New = func() any { return new(scratch) }
	return m, nil
}

func getStrings(br *byteReader) ([]string, error) {
	n, err := getUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<16 {
		return nil, fmt.Errorf("%d strings", n)
	}
	out := make([]string, n)
	for i := range out {
		if out[i], err = getString(br); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func putStrings(bw *bufio.Writer, ss []string) {
	putUvarint(bw, uint64(len(ss)))
	for _, s := range ss {
		putString(bw, s)
	}
}

// Tags returns the tag set (UPOS) the model predicts.
func (m *Model) Tags() []string { return append([]string(nil), m.tags...) }

// Relations returns the dependency relations the model predicts.
func (m *Model) Relations() []string { return append([]string(nil), m.labels...) }

// Parse tokenizes text (one sentence), then tags, parses and lemmatizes it. base is
// the rune offset of text in the larger document; token offsets include it.
func (m *Model) Parse(text string, base int) Sentence {
	return m.ParseTokens(Tokenize(text, base))
}

// ParseTokens tags, parses and lemmatizes tokens already split (Text, Start and End
// are kept; UPOS, Lemma, Head and Rel are set). The tokens should form one sentence.
func (m *Model) ParseTokens(toks []Token) Sentence {
	out := make([]Token, len(toks))
	copy(out, toks)
	if len(out) == 0 {
		return Sentence{}
	}
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	m.analyze(sc, len(out), func(i int) string { return out[i].Text })
	for i := range out {
		t := &out[i]
		t.UPOS = m.tags[sc.tags[i]]
		t.Head = int(sc.st.head[i+1]) - 1
		t.Rel = m.labels[sc.st.label[i+1]]
		t.Lemma = m.lemmas.lemma(t.Text, sc.tags[i], &sc.atoms[i])
	}
	return Sentence{Tokens: out}
}

// analyze tags and parses n words; results are left in sc.tags and sc.st.
func (m *Model) analyze(sc *scratch, n int, word func(int) string) {
	sc.atoms = sc.atoms[:0]
	for i := range n {
		sc.atoms = append(sc.atoms, atomsOf(word(i)))
	}
	m.tag(sc)
	sc.w = append(sc.w[:0], rootW)
	sc.t = append(sc.t[:0], m.rootTag)
	for i := range n {
		sc.w = append(sc.w, sc.atoms[i].norm)
		sc.t = append(sc.t, uint64(sc.tags[i]+1))
	}
	m.parse(sc, n)
}

func (m *Model) tag(sc *scratch) {
	nt := len(m.tags)
	sc.tags = sc.tags[:0]
	setDict(sc.atoms, m.tagDict)
	var p1, p2 uint64
	for i := range sc.atoms {
		best := uint8(sc.atoms[i].dict) - 1
		if sc.atoms[i].dict == 0 {
			sc.feats = tagFeatures(sc.feats[:0], sc.atoms, i, p1, p2)
			m.tagger.score(sc.feats, &sc.scores)
			best = uint8(argmax(sc.scores[:nt]))
		}
		sc.tags = append(sc.tags, int(best))
		p2, p1 = p1, uint64(best)+1
	}
}

// parse runs the parser over the tagged words in sc.
//
// Most of a step's features look at one item and its children (s0 and the stack
// under it, s1, the buffer words, b0; see parseFeatures), and most moves leave most
// items as they were, so their scores are kept: per word as s0 and as s1 while its
// child count stays the same, for the buffer words until a SHIFT, and for b0 until
// a SHIFT or a LEFT (which gives b0 a child). The groups kept are mostly features of
// tags and labels, with weights for nearly every class, so the work saved is more
// than the lookups saved (on en_ewt-ud-dev a step looks up 73 features, not 95).
// The scores are the same sums as scoring all of them.
func (m *Model) parse(sc *scratch, n int) {
	st := &sc.st
	st.reset(n)
	nc := 1 + 2*len(m.labels)
	sc.s0.reset(n)
	sc.s1.reset(n)
	haveBuf, haveKids := false, false
	for !st.done() {
		if len(st.stack) == 1 {
			// Only the root is on the stack: SHIFT is the one legal move, so there is
			// nothing to score.
			st.apply(mShift, -1)
			haveBuf, haveKids = false, false
			continue
		}
		if st.b > st.n && len(st.stack) == 2 && m.rootLabel >= 0 {
			// The buffer is empty and one word is left: it is the root.
			st.apply(mRight, m.rootLabel)
			continue
		}
		if !haveBuf {
			sc.feats = bufferFeatures(sc.feats[:0], st, sc.w, sc.t)
			m.parser.score(sc.feats, &sc.bufScores)
			haveBuf = true
		}
		if !haveKids {
			sc.feats = bufferKidFeatures(sc.feats[:0], st, sc.w, sc.t)
			m.parser.score(sc.feats, &sc.kidScores)
			haveKids = true
		}
		s0, s1 := st.top()
		s0s := sc.s0.get(st, s0, func(sa *scoreArray) {
			sc.feats = s0Features(sc.feats[:0], st, sc.w, sc.t)
			m.parser.score(sc.feats, sa)
		})
		s1s := sc.s1.get(st, s1, func(sa *scoreArray) {
			sc.feats = s1Features(sc.feats[:0], st, sc.w, sc.t, s1)
			m.parser.score(sc.feats, sa)
		})
		sc.feats = stackFeatures(sc.feats[:0], st, sc.w, sc.t)
		m.parser.score(sc.feats, &sc.scores)
		for c := range nc {
			sc.scores[c] += sc.bufScores[c] + sc.kidScores[c] + s0s[c] + s1s[c]
		}
		best := bestMove(&sc.scores, nc, st.valid(mShift), st.valid(mLeft), st.valid(mRight))
		mv, l := moveOf(best)
		st.apply(mv, l)
		switch mv {
		case mShift:
			haveBuf, haveKids = false, false
		case mLeft:
			haveKids = false
		}
	}
}

// wordScores keeps, per word, the scores of one group of its features and the
// child count they were computed at.
type wordScores struct {
	scores []scoreArray
	kids   []int32 // child count + 1 at scoring; 0: not scored
}

func (ws *wordScores) reset(n int) {
	if cap(ws.kids) < n+1 {
		ws.scores = make([]scoreArray, n+1)
		ws.kids = make([]int32, n+1)
	}
	ws.scores, ws.kids = ws.scores[:n+1], ws.kids[:n+1]
	clear(ws.kids)
}

// get returns the scores of word x, calling fill to compute them when x has gained a
// child since they were kept.
func (ws *wordScores) get(st *pstate, x int32, fill func(*scoreArray)) *scoreArray {
	k := st.nl[x] + st.nr[x] + 1
	if ws.kids[x] != k {
		fill(&ws.scores[x])
		ws.kids[x] = k
	}
	return &ws.scores[x]
}

// bestMove returns the highest-scoring legal class (the first on a tie); classes are
// SHIFT, then LEFT and RIGHT alternating per label.
func bestMove(scores *scoreArray, nc int, okShift, okLeft, okRight bool) int {
	best, bestScore := -1, int32(0)
	if okShift {
		best, bestScore = 0, scores[0]
	}
	for c := 1; c+1 < nc; c += 2 {
		if okLeft && (best < 0 || scores[c] > bestScore) {
			best, bestScore = c, scores[c]
		}
		if okRight && (best < 0 || scores[c+1] > bestScore) {
			best, bestScore = c+1, scores[c+1]
		}
	}
	return best
}

// argmax returns the index of the highest score (the first on a tie).
func argmax[T int32 | float64](s []T) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

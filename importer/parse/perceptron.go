package parse

import (
	"math"
	"sort"
)

// perceptron is the averaged perceptron used while training (Collins 2002, in the lazy
// averaging form of Honnibal's tagger): each feature has a short list of (class, weight)
// entries, created on first update. It is only used by Train; the compact, read-only
// weights a Model scores with are made from it by compact.
type perceptron struct {
	nClasses int
	index    map[uint32]int32
	rows     [][]trainEntry
	now      int64 // instances seen, the averaging clock
}

type trainEntry struct {
	tot int64 // sum of the weight over all instances up to ts
	ts  int64 // instance count at the last change of w
	w   int32
	cls uint16
}

func newPerceptron(nClasses int) *perceptron {
	return &perceptron{nClasses: nClasses, index: make(map[uint32]int32, 1<<20)}
}

// score adds the current weights of feats to scores (which it zeroes first).
func (p *perceptron) score(feats []uint32, scores []float64) {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.cls] += float64(e.w)
		}
	}
}

// tick advances the averaging clock by one instance.
func (p *perceptron) tick() { p.now++ }

// update moves weight from guess to truth on every feature.
func (p *perceptron) update(truth, guess int, feats []uint32) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, nil)
		}
		p.bump(r, truth, 1)
		p.bump(r, guess, -1)
	}
}

func (p *perceptron) bump(r int32, cls int, d int32) {
	row := p.rows[r]
	for k := range row {
		e := &row[k]
		if int(e.cls) == cls {
			e.tot += (p.now - e.ts) * int64(e.w)
			e.ts = p.now
			e.w += d
			return
		}
	}
	p.rows[r] = append(row, trainEntry{ts: p.now, w: d, cls: uint16(cls)})
}

// averaged returns the averaged weights of every feature, sorted by feature key, with
// entries whose magnitude is under prune dropped.
func (p *perceptron) averaged(prune float64) []avgRow {
	keys := make([]uint32, 0, len(p.index))
	for k := range p.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out := make([]avgRow, 0, len(keys))
	now := float64(max(p.now, 1))
	for _, k := range keys {
		var row avgRow
		row.key = k
		for _, e := range p.rows[p.index[k]] {
			tot := e.tot + (p.now-e.ts)*int64(e.w)
			w := float64(tot) / now
			if math.Abs(w) < prune {
				continue
			}
			row.cls = append(row.cls, e.cls)
			row.w = append(row.w, w)
		}
		if len(row.cls) > 0 {
			out = append(out, row)
		}
	}
	return out
}

// avgRow is one feature's averaged weights.
type avgRow struct {
	key uint32
	cls []uint16
	w   []float64
}

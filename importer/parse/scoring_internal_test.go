package parse

import (
	"bufio"
	"bytes"
	"slices"
	"testing"
)

// These tests need the package's internals: they check that the shortcuts of the
// scoring code give exactly what the plain computation gives.

// parseAllFeatures is the parser without kept scores: every step scores all of
// parseFeatures.
func (m *Model) parseAllFeatures(sc *scratch, n int) {
	st := &sc.st
	st.reset(n)
	nc := 1 + 2*len(m.labels)
	for !st.done() {
		if len(st.stack) == 1 {
			st.apply(mShift, -1)
			continue
		}
		sc.feats = parseFeatures(sc.feats[:0], st, sc.w, sc.t)
		m.parser.score(sc.feats, &sc.scores)
		best := bestMove(&sc.scores, nc, st.valid(mShift), st.valid(mLeft), st.valid(mRight))
		mv, l := moveOf(best)
		st.apply(mv, l)
	}
}

// TestKeptScoresParseAsAllFeatures parses made-up sentences both ways and expects the
// same heads and labels.
func TestKeptScoresParseAsAllFeatures(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Putin spoke with Macron by phone on Friday.",
		"The two leaders, who last met in Geneva, agreed to keep talking, a spokesman said.",
		"Asked whether the call had been planned, the ministry declined to comment.",
		"Yes.",
		"Blinken told reporters he had raised the issue with Wang Yi and would do so again when they meet in Jakarta next month.",
	} {
		t.Run(text, func(t *testing.T) {
			toks := Tokenize(text, 0)
			sc := &scratch{}
			m.analyze(sc, len(toks), func(i int) string { return toks[i].Text })
			head, label := slices.Clone(sc.st.head), slices.Clone(sc.st.label)
			m.parseAllFeatures(sc, len(toks))
			if f := parseFeatures(nil, &sc.st, sc.w, sc.t); len(f) != pfS0tB0tB1w || len(slices.Compact(slices.Sorted(slices.Values(f)))) != len(f) {
				t.Errorf("parseFeatures gives %d features, want %d distinct ones", len(f), pfS0tB0tB1w)
			}
			if !slices.Equal(head, sc.st.head) || !slices.Equal(label, sc.st.label) {
				t.Errorf("kept scores: heads %v labels %v; all features: heads %v labels %v", head, label, sc.st.head, sc.st.label)
			}
		})
	}
}

// TestTableRoundTrip writes rows as a table and reads them back, and checks a score.
func TestTableRoundTrip(t *testing.T) {
	var lut [512]int32
	for c := range lut {
		lut[c] = int32(c&255) * 10
		if c&256 != 0 {
			lut[c] = -lut[c]
		}
	}
	pair := func(cls, code int) uint16 { return uint16(cls<<9 | code) }
	rows := []tableRow{
		{key: 5, pairs: []uint16{pair(0, 1)}},
		{key: 9, pairs: []uint16{pair(1, 2), pair(2, 256|3)}},
		{key: 1 << 20, pairs: []uint16{pair(0, 4), pair(1, 5), pair(2, 6)}},
		{key: 1 << 30, pairs: []uint16{pair(3, 7), pair(0, 8), pair(1, 9), pair(2, 10), pair(4, 256|11)}},
		{key: 3 << 30, pairs: []uint16{pair(4, 12), pair(3, 13), pair(2, 14)}},
	}
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	if err := writeTable(bw, 0, 5, &lut, rows); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	w, err := readWeights(&byteReader{b: b.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	got := w.rows()
	if len(got) != len(rows) {
		t.Fatalf("%d rows back, want %d", len(got), len(rows))
	}
	for i := range rows {
		if got[i].key != rows[i].key || !slices.Equal(got[i].pairs, rows[i].pairs) {
			t.Errorf("row %d: got %+v, want %+v", i, got[i], rows[i])
		}
	}
	var s scoreArray
	w.score([]uint32{9, 1 << 30, 7, 3 << 30}, &s)
	want := [5]int32{80, 20 + 90, -30 + 100 + 140, 70 + 130, -110 + 120}
	if [5]int32(s[:5]) != want {
		t.Errorf("scores %v, want %v", s[:5], want)
	}
}

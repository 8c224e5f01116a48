package parse

import (
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
			if !slices.Equal(head, sc.st.head) || !slices.Equal(label, sc.st.label) {
				t.Errorf("kept scores: heads %v labels %v; all features: heads %v labels %v", head, label, sc.st.head, sc.st.label)
			}
		})
	}
}

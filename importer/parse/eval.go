package parse

import "strings"

// Accuracy is how a model does on a treebank with gold tokenization: the share of
// words with the right UPOS, the right head (UAS), and the right head and main
// relation (LAS, subtypes ignored as in the CoNLL 2018 shared task). Punctuation
// counts.
type Accuracy struct {
	Words          int
	UPOS, UAS, LAS float64
}

// Evaluate tags and parses each treebank sentence's words and compares with the gold.
func (m *Model) Evaluate(sents []TreebankSentence) Accuracy {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	var a Accuracy
	var upos, uas, las int
	for _, s := range sents {
		ws := s.Words
		m.analyze(sc, len(ws), func(i int) string { return ws[i].Form })
		for i, w := range ws {
			a.Words++
			if m.tags[sc.tags[i]] == w.UPOS {
				upos++
			}
			if int(sc.st.head[i+1])-1 == w.Head {
				uas++
				if mainRel(m.labels[sc.st.label[i+1]]) == mainRel(w.Rel) {
					las++
				}
			}
		}
	}
	if a.Words > 0 {
		n := float64(a.Words)
		a.UPOS, a.UAS, a.LAS = float64(upos)/n, float64(uas)/n, float64(las)/n
	}
	return a
}

func mainRel(r string) string {
	main, _, _ := strings.Cut(r, ":")
	return main
}

package parse

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

// lemmatizer maps a word and its tag to its lemma: first through an exception table
// learnt from the treebanks (irregular and frequent forms: "met"/VERB -> "meet",
// "n't" -> "not", "wo" -> "will"), then through suffix rules for unseen verbs and
// nouns, checked against the verb lemmas the treebanks contain.
type lemmatizer struct {
	exceptions map[uint64]string // mix(norm hash, tag) -> lemma
	verbs      map[string]struct{}
	verbTag    int
	auxTag     int
	nounTag    int
	propnTag   int
}

type lemmaEntry struct {
	form, lemma string
	tag         int
}

func lemmaKey(a *wordAtoms, tag int) uint64 { return mix(a.norm, uint64(tag)+1) }

// lemma returns the lemma of word w tagged tag.
func (lm *lemmatizer) lemma(w string, tag int, a *wordAtoms) string {
	if tag == lm.propnTag {
		return w
	}
	if l, ok := lm.exceptions[lemmaKey(a, tag)]; ok {
		return l
	}
	lw := w
	if a.hasCap {
		lw = strings.ToLower(w)
	}
	switch tag {
	case lm.verbTag, lm.auxTag:
		return lm.verbLemma(lw)
	case lm.nounTag:
		return nounLemma(lw)
	}
	return lw
}

// verbLemma strips -s, -ed and -ing and picks the stem the treebanks know as a verb
// (so "hosted" -> "host" and "hoped" -> "hope", "planned" -> "plan").
func (lm *lemmatizer) verbLemma(w string) string {
	try := func(cands ...string) (string, bool) {
		for _, c := range cands {
			if _, ok := lm.verbs[c]; ok {
				return c, true
			}
		}
		return "", false
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		var cands []string
		switch suf {
		case "ing", "ed":
			cands = []string{stem, stem + "e"}
			if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
				cands = append(cands, stem[:n-1])
			}
			if suf == "ed" && strings.HasSuffix(stem, "i") {
				cands = append(cands, stem[:len(stem)-1]+"y")
			}
		case "es":
			cands = []string{stem, stem + "e"}
			if strings.HasSuffix(stem, "i") {
				cands = append(cands, stem[:len(stem)-1]+"y")
			}
		default:
			if strings.HasSuffix(stem, "s") {
				continue
			}
			cands = []string{stem}
		}
		if l, ok := try(cands...); ok {
			return l
		}
		// Unknown verb: the plainest stem.
		switch {
		case suf == "s":
			return stem
		case suf == "es" && strings.HasSuffix(stem, "i"):
			return stem[:len(stem)-1] + "y"
		case suf == "es" && (strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "x") || strings.HasSuffix(stem, "ss") || strings.HasSuffix(stem, "z")):
			return stem
		case suf == "es":
			return stem + "e"
		case suf == "ed" && strings.HasSuffix(stem, "i"):
			return stem[:len(stem)-1] + "y"
		}
		return stem
	}
	return w
}

// nounLemma turns a regular plural into its singular.
func nounLemma(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// buildLemmas learns the exception table and verb set from treebank sentences: a
// (lowercased form, tag) pair is an exception when its most frequent lemma differs
// from what the rules would give.
func buildLemmas(sents []TreebankSentence, tags []string) []lemmaEntry {
	tagIdx := map[string]int{}
	for i, t := range tags {
		tagIdx[t] = i
	}
	type key struct {
		form string
		tag  int
	}
	counts := map[key]map[string]int{}
	verbs := map[string]struct{}{}
	for _, s := range sents {
		for _, w := range s.Words {
			t, ok := tagIdx[w.UPOS]
			if !ok || w.UPOS == "PROPN" || w.Lemma == "_" {
				continue
			}
			if w.UPOS == "VERB" || w.UPOS == "AUX" {
				verbs[strings.ToLower(w.Lemma)] = struct{}{}
			}
			k := key{strings.ToLower(w.Form), t}
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][w.Lemma]++
		}
	}
	lm := lemmatizer{verbs: verbs, verbTag: tagIdx["VERB"], auxTag: tagIdx["AUX"], nounTag: tagIdx["NOUN"], propnTag: tagIdx["PROPN"]}
	var out []lemmaEntry
	for k, c := range counts {
		best, bn := "", 0
		for l, n := range c {
			if n > bn || n == bn && l < best {
				best, bn = l, n
			}
		}
		a := atomsOf(k.form)
		if lm.lemma(k.form, k.tag, &a) != best {
			out = append(out, lemmaEntry{form: k.form, lemma: best, tag: k.tag})
		}
	}
	for v := range verbs {
		out = append(out, lemmaEntry{form: v, lemma: "", tag: -1})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].tag != out[j].tag {
			return out[i].tag < out[j].tag
		}
		return out[i].form < out[j].form
	})
	return out
}

// writeLemmas stores the entries; tag -1 marks a known verb lemma.
func writeLemmas(bw *bufio.Writer, es []lemmaEntry) {
	putUvarint(bw, uint64(len(es)))
	for _, e := range es {
		putString(bw, e.form)
		putUvarint(bw, uint64(e.tag+1))
		if e.tag >= 0 {
			putString(bw, e.lemma)
		}
	}
}

func readLemmas(br *byteReader, tags []string) (lemmatizer, error) {
	lm := lemmatizer{exceptions: map[uint64]string{}, verbs: map[string]struct{}{}, verbTag: -2, auxTag: -2, nounTag: -2, propnTag: -2}
	for i, t := range tags {
		switch t {
		case "VERB":
			lm.verbTag = i
		case "AUX":
			lm.auxTag = i
		case "NOUN":
			lm.nounTag = i
		case "PROPN":
			lm.propnTag = i
		}
	}
	n, err := getUvarint(br)
	if err != nil {
		return lm, err
	}
	for range n {
		form, err := getString(br)
		if err != nil {
			return lm, err
		}
		t, err := getUvarint(br)
		if err != nil {
			return lm, err
		}
		if t == 0 {
			lm.verbs[form] = struct{}{}
			continue
		}
		if t > uint64(len(tags)) {
			return lm, fmt.Errorf("lemma %q: tag %d out of range", form, t)
		}
		l, err := getString(br)
		if err != nil {
			return lm, err
		}
		a := atomsOf(form)
		lm.exceptions[lemmaKey(&a, int(t-1))] = l
	}
	return lm, nil
}

// VerbLemma returns the lemma of w read as a verb ("told" -> "tell", "urged" -> "urge"),
// with the treebanks' exceptions and the same suffix rules Parse uses: for callers that
// know a word is a verb without parsing its sentence.
func (m *Model) VerbLemma(w string) string {
	a := atomsOf(w)
	return m.lemmas.lemma(w, m.lemmas.verbTag, &a)
}

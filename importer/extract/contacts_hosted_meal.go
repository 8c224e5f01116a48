package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

// hostedMealOf completes a host who "hosted breakfast" with no guest named, in a clause
// after one where a guest was hosted: "X was hosted to lunch by A, while B hosted
// breakfast" (or "A hosted X to lunch, while B hosted a dinner"): B hosted X too, the
// guest of the clause before. f is such a frame of the host alone; before holds the
// frames of the sentence's earlier clauses.
func (r *resolver) hostedMealOf(f *frame, before []frame) {
	s := r.s
	if !strings.HasPrefix(f.rule, "contact.anaphor-") || len(f.actors) != 1 || !isHostVerb(s.toks[f.tr.at].Low) {
		return
	}
	k := f.tr.at + 1
	if k < len(s.toks) && (s.toks[k].Low == "a" || s.toks[k].Low == "an") {
		k++
	}
	if k >= len(s.toks) || !lexicon.IsMeal(s.toks[k].Low) {
		return
	}
	for i := len(before) - 1; i >= 0; i-- {
		g := before[i]
		if len(g.actors) < 2 || !isHostVerb(s.toks[g.tr.at].Low) {
			continue
		}
		guests := g.objects
		if s.passiveHost(g.tr.at) {
			guests = g.subjects // "X was hosted to lunch by A": X is the guest
		}
		if len(guests) == 0 || contains(guests, f.actors[0]) {
			return
		}
		f.actors = distinct(append(append([]int(nil), guests...), f.actors...))
		f.subjects, f.objects = []int{f.actors[len(f.actors)-1]}, guests
		f.rule, f.explicit = "contact."+f.tr.name, true
		return
	}
}

// isHostVerb reports the verbs of hosting a guest.
func isHostVerb(w string) bool {
	return w == "hosted" || w == "hosts" || w == "host" || w == "hosting"
}

// passiveHost reports "was (also) hosted ... by" at token i: the guest is the subject.
func (s *scan) passiveHost(i int) bool {
	be := i >= 1 && isBeVerb(s.toks[i-1].Low) || i >= 2 && s.toks[i-1].Low == "also" && isBeVerb(s.toks[i-2].Low)
	return be && hasWord(s, i+1, min(len(s.toks), i+6), "by")
}

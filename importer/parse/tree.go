package parse

import "strings"

// Root returns the index of the sentence's root token, or -1 for an empty sentence.
func (s Sentence) Root() int {
	for i, t := range s.Tokens {
		if t.Head < 0 {
			return i
		}
	}
	return -1
}

// Children returns the dependents of token i in sentence order.
func (s Sentence) Children(i int) []int {
	var out []int
	for j, t := range s.Tokens {
		if t.Head == i {
			out = append(out, j)
		}
	}
	return out
}

// childWith returns the first dependent of i whose relation passes ok, or -1.
func (s Sentence) childWith(i int, ok func(rel string) bool) int {
	for j, t := range s.Tokens {
		if t.Head == i && ok(t.Rel) {
			return j
		}
	}
	return -1
}

func isSubjectRel(r string) bool {
	return r == "nsubj" || strings.HasPrefix(r, "nsubj:") || r == "csubj" || strings.HasPrefix(r, "csubj:")
}

// Subject returns the subject of predicate i (nsubj, nsubj:pass, csubj), or -1. A
// predicate without its own subject borrows one where English leaves it implicit: a
// verb coordinated with another ("X arrived and met Y": met's subject is X) or an
// open complement ("X agreed to meet Y": meet's subject is X).
func (s Sentence) Subject(i int) int {
	for steps := 0; i >= 0 && steps < len(s.Tokens); steps++ {
		if j := s.childWith(i, isSubjectRel); j >= 0 {
			return j
		}
		t := s.Tokens[i]
		switch mainRel(t.Rel) {
		case "conj", "xcomp":
			i = t.Head
		default:
			return -1
		}
	}
	return -1
}

// IsPassive reports whether predicate i is passive: it has a passive subject or a
// passive auxiliary ("was hosted by").
func (s Sentence) IsPassive(i int) bool {
	return s.childWith(i, func(r string) bool { return r == "nsubj:pass" || r == "aux:pass" || r == "csubj:pass" }) >= 0
}

// Objects returns the direct and indirect objects of predicate i (obj, iobj): in
// "X told his counterpart that ..." the counterpart; in "X called Y" Y.
func (s Sentence) Objects(i int) []int {
	var out []int
	for j, t := range s.Tokens {
		if t.Head == i && (t.Rel == "obj" || t.Rel == "iobj") {
			out = append(out, j)
		}
	}
	return out
}

// Oblique is a prepositional (or bare) modifier of a predicate with its case marker.
type Oblique struct {
	Index int    // the head token of the oblique ("Macron" in "with Macron")
	Case  string // lowercased marker: "with", "by", "on", "according to"; "" for none ("Friday" in "met Friday")
}

// Obliques returns the obliques of predicate i in sentence order: obl dependents of a
// verb or adjective, and nmod dependents (not possessives) of a noun predicate ("talks
// with Y"). Case is the lemma of the oblique's case marker, multiword markers joined
// ("according to", "because of").
func (s Sentence) Obliques(i int) []Oblique {
	var out []Oblique
	for j, t := range s.Tokens {
		if t.Head != i {
			continue
		}
		r := mainRel(t.Rel)
		if r == "obl" || r == "nmod" && t.Rel != "nmod:poss" {
			out = append(out, Oblique{Index: j, Case: s.Case(j)})
		}
	}
	return out
}

// Case returns the lowercased case marker of token i ("with" for "with Macron"), with
// the words of a multiword marker joined by spaces, or "" when there is none.
func (s Sentence) Case(i int) string {
	c := s.childWith(i, func(r string) bool { return r == "case" })
	if c < 0 {
		return ""
	}
	parts := []string{strings.ToLower(s.Tokens[c].Text)}
	for _, t := range s.Tokens {
		if t.Head == c && t.Rel == "fixed" {
			parts = append(parts, strings.ToLower(t.Text))
		}
	}
	return strings.Join(parts, " ")
}

// IsNegated reports whether predicate i is negated by "not", "n't", "never" or (for a
// noun) "no": "did not call", "never met", "no talks".
func (s Sentence) IsNegated(i int) bool {
	for _, t := range s.Tokens {
		if t.Head != i {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "not", "n't", "n’t", "never", "no":
			if t.Rel == "advmod" || t.Rel == "det" || t.Rel == "neg" {
				return true
			}
		}
	}
	return false
}

// Aux returns the auxiliaries of predicate i in order (aux and aux:pass): "would",
// "have", "been" in "would have been held".
func (s Sentence) Aux(i int) []int {
	var out []int
	for j, t := range s.Tokens {
		if t.Head == i && mainRel(t.Rel) == "aux" {
			out = append(out, j)
		}
	}
	return out
}

// modals are the English modal auxiliaries (lemmas).
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "shall": true, "should": true, "must": true, "ought": true}

// Modal returns the lemma of the modal auxiliary of predicate i ("will", "could",
// "might", ...), or "" when it has none.
func (s Sentence) Modal(i int) string {
	for _, j := range s.Aux(i) {
		l := s.Tokens[j].Lemma
		if l == "" {
			l = strings.ToLower(s.Tokens[j].Text)
		}
		if modals[l] {
			return l
		}
	}
	return ""
}

// Conjuncts returns the other members of i's coordination, in sentence order: for
// "Putin, Xi and Modi" asked about Xi, Putin and Modi. UD hangs every later conjunct
// on the first one, so this looks both down (conj dependents) and up (the first
// conjunct and its other dependents).
func (s Sentence) Conjuncts(i int) []int {
	first := i
	for steps := 0; steps < len(s.Tokens) && s.Tokens[first].Rel == "conj" && s.Tokens[first].Head >= 0; steps++ {
		first = s.Tokens[first].Head
	}
	var group []int
	var walk func(k int)
	walk = func(k int) {
		group = append(group, k)
		for j, t := range s.Tokens {
			if t.Head == k && t.Rel == "conj" {
				walk(j)
			}
		}
	}
	walk(first)
	var out []int
	for j := range s.Tokens {
		for _, g := range group {
			if g == j && j != i {
				out = append(out, j)
			}
		}
	}
	return out
}

// Subtree returns the span [lo, hi] of token indices that i dominates (its phrase:
// "his counterpart , Wang Yi" for "counterpart").
func (s Sentence) Subtree(i int) (lo, hi int) {
	lo, hi = i, i
	for j := range s.Tokens {
		for k, steps := j, 0; k >= 0 && steps <= len(s.Tokens); k, steps = s.Tokens[k].Head, steps+1 {
			if k == i {
				lo, hi = min(lo, j), max(hi, j)
				break
			}
		}
	}
	return lo, hi
}

package extract

import "strings"

// genders gives every person actor a gender when the text or the lexicon tells it: a
// title or role word before a mention ("Mrs", "Ms", "spokeswoman", "Mr", "King"), the
// actor's role, else its given name (classes female and male of data/words.tsv). Words
// that disagree tell nothing.
func (r *resolver) genders() {
	for i := range r.actors {
		if a := &r.actors[i]; a.kind == "person" {
			a.gender = r.genderOf(a)
		}
	}
}

func (r *resolver) genderOf(a *actor) string {
	seen := map[string]bool{}
	tell := func(w string) {
		if g := r.x.gaz.Gender(strings.ToLower(w)); g != "" {
			seen[g] = true
		}
	}
	for _, w := range strings.Fields(a.role) {
		tell(w)
	}
	for _, mi := range a.mentions {
		m := r.s.mentions[mi]
		if m.kind != mPerson {
			continue
		}
		for k := r.s.contextStart(m.from); k < m.from; k++ {
			tell(r.s.toks[k].Low)
		}
	}
	if len(seen) == 0 && !r.familyFirst(*a) {
		if ws := strings.Fields(a.name); len(ws) > 1 {
			tell(ws[0])
		}
	}
	if len(seen) != 1 {
		return ""
	}
	for g := range seen {
		return g
	}
	return ""
}

// fits reports whether actor a may be what pronoun p ("he", "she") stands for: its
// gender is unknown or agrees.
func (r *resolver) fits(a int, p string) bool {
	if a < 0 {
		return false
	}
	g := r.actors[a].gender
	switch strings.ToLower(p) {
	case "he", "him":
		return g != "f"
	case "she", "her":
		return g != "m"
	}
	return true
}

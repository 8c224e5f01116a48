package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// mealHost returns the person at whose home a meal noun tr is told, right after it: "had
// dinner at Y's residence", "lunch at the residence of Y" (words class home). The owner
// hosted the meal and is its other party; -1 when the noun names no such home.
func (r *resolver) mealHost(at []int, c clause, tr trigger) int {
	s := r.s
	if cw, ok := s.gaz.ContactWords[s.toks[tr.at].Low]; !ok || cw.Pattern != "meal" {
		return -1
	}
	k := tr.to
	if k >= c.to || s.toks[k].Low != "at" {
		return -1
	}
	k++
	if k < c.to && s.toks[k].Low == "the" {
		k++ // "at the residence of Y"
		if k+1 < c.to && s.gaz.In(lexicon.Home, s.toks[k].Low) && s.toks[k+1].Low == "of" {
			return r.personAt(at, k+2, c.to)
		}
		return -1
	}
	// "at Y's residence", "at President Y's home": a person, 's, a home noun
	mi := -1
	if k < c.to {
		mi = at[k]
	}
	for mi < 0 && k < c.to && k < tr.to+6 && s.toks[k].Kind == tokens.Word && s.toks[k].Cap {
		k++
		if k < c.to {
			mi = at[k]
		}
	}
	if mi < 0 || s.mentions[mi].kind != mPerson {
		return -1
	}
	m := s.mentions[mi]
	if m.to+1 >= c.to || s.toks[m.to].Kind != tokens.Poss || !s.gaz.In(lexicon.Home, s.toks[m.to+1].Low) {
		return -1
	}
	return m.actor
}

// personAt returns the actor of a person named from token k, past a title, or -1.
func (r *resolver) personAt(at []int, k, end int) int {
	s := r.s
	for ; k < end && k < len(at); k++ {
		if mi := at[k]; mi >= 0 {
			if s.mentions[mi].kind == mPerson {
				return s.mentions[mi].actor
			}
			return -1
		}
		if s.toks[k].Kind != tokens.Word || !s.toks[k].Cap {
			return -1
		}
	}
	return -1
}

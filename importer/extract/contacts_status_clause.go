package extract

import "hotline/importer/parse"

// cueOutside returns a test of whether a word of status at token k stands outside the
// predicate of the contact word of tr, by the parse: in a phrase or clause that hangs
// from a word above the contact word without governing it ("Despite doubts about the
// deal, X met Y", "As talks are expected to resume next week, X met Y", "Y, who is
// expected to visit Beijing, met X", "X met Y on Monday and agreed to meet again"), or
// the verb whose occasion the contact noun is ("agreed to more talks during Tuesday's
// call": the call was held). Words that govern the contact word ("expected to meet"),
// modify it ("a possible meeting", "will meet", "a meeting expected next week"), head an argument of a verb above it ("the plan is
// for X to meet Y") or are auxiliaries of a verb above it ("will discuss trade during the
// call") modify it. The sentence is parsed on the first question only, when a word of
// status was found, so sentences without one cost no parse; with no parse nothing is
// outside.
func (x *Extractor) cueOutside(s *scan, tr trigger) func(k int) bool {
	return func(k int) bool {
		y, v := x.predicate(s, tr.at)
		if y == nil {
			return false
		}
		pk := y.at(k)
		if pk < 0 || pk == v {
			return false
		}
		ps := y.sent
		if frontedPhrase(ps, pk, v) {
			return true // "Amid fears the truce may collapse, both sides said they met", whatever the parse made the phrase's head
		}
		above := map[int]bool{} // the ancestors of v -> the step into it is the contact noun's occasion
		for j, steps := v, 0; ps.Tokens[j].Head >= 0 && steps < len(ps.Tokens); steps++ {
			h := ps.Tokens[j].Head
			above[h] = tr.noun && j == v && mainRel(ps.Tokens[j].Rel) == "obl" && occasionCase(ps.Case(j))
			j = h
		}
		if occasion, ok := above[pk]; ok {
			return occasion // "agreed to more talks during Tuesday's call"; not "expected to meet"
		}
		j, child, clausal := pk, pk, false
		for steps := 0; j >= 0 && j != v && !hasKey(above, j) && steps < len(ps.Tokens); steps++ {
			if j != pk {
				clausal = clausal || clauseRel(ps.Tokens[child].Rel)
			}
			child, j = j, ps.Tokens[j].Head
		}
		if j < 0 {
			return false
		}
		switch mainRel(ps.Tokens[child].Rel) {
		case "advcl", "obl", "parataxis", "conj", "appos", "dislocated", "csubj", "ccomp", "list":
			return true
		case "acl":
			return j != v // "a meeting expected next week": the noun's own clause
		case "nsubj", "obj", "iobj", "nmod":
			return clausal // "Y, who is expected to visit Beijing, met X": in the argument's clause; not "saw no point in talking"
		}
		return false
	}
}

// frontedPhrase reports parse token pk inside a prepositional phrase that opens the
// sentence and closes at its first comma, before the contact word v: "Amid fears the truce
// may collapse, X met Y", "Despite warnings talks could stall, X met Y". Such a phrase sets
// the scene of the clause after the comma; the parse may make the phrase's own verb the
// root and hang the contact's clause under it, so the words are read by their place.
func frontedPhrase(ps parse.Sentence, pk, v int) bool {
	if len(ps.Tokens) == 0 || ps.Tokens[0].UPOS != "ADP" || pk >= v {
		return false
	}
	for j := range v {
		if ps.Tokens[j].Text == "," {
			return j > pk
		}
	}
	return false
}

// clauseRel reports a relation that opens a clause of its own under its head.
func clauseRel(rel string) bool {
	switch mainRel(rel) {
	case "acl", "advcl", "ccomp", "csubj", "parataxis":
		return true
	}
	return false
}

// occasionCase reports the markers of a contact noun that is the occasion of its verb:
// "during Tuesday's call", "at the meeting", "in talks", "after the call".
func occasionCase(c string) bool {
	switch c {
	case "during", "at", "in", "over", "after", "following":
		return true
	}
	return false
}

func hasKey(m map[int]bool, k int) bool {
	_, ok := m[k]
	return ok
}

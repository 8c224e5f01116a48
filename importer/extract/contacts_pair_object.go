package extract

// pairMetThing reports "met" told of a pair ("they", "the two") whose direct object, in
// the parse, is a common noun that names no one: "they were meeting pockets of
// resistance", "the two met fierce criticism", "they will meet the press", "they met
// students". The pair met something, or people no one names, not each other: no contact
// of theirs. "They met on Monday" (no object), "they met the president" (an office) and
// "the two met Y" (a name) keep theirs; verbs whose object is what is talked of ("the two
// discussed trade") are not asked.
func (x *Extractor) pairMetThing(s *scan, at []int, tr trigger) bool {
	cw, ok := x.gaz.ContactWords[s.toks[tr.at].Low]
	if !ok || cw.Pattern != "meet" || !tr.direct {
		return false
	}
	y, v := x.predicate(s, tr.at)
	if y == nil || tr.noun && y.sent.Tokens[v].UPOS != "VERB" {
		return false // "meeting" after an adverb is read as a noun unless the parse says verb
	}
	for j, t := range y.sent.Tokens {
		if t.Head != v || mainRel(t.Rel) != "obj" {
			continue
		}
		k := y.tokOf[j]
		return t.UPOS == "NOUN" && at[k] < 0 && !s.toks[k].Cap
	}
	return false
}

// pairMetPronoun reports a contact verb told of a pair whose object, right after it or
// after "with" or "to", is "me", "us" or "them": "they met us at the airport", "they spoke
// to me about trade", "the two met them". The pair met the writer or others, not each
// other. "Him" and "her" are the other party of a contact told before (object-contact).
func (s *scan) pairMetPronoun(tr trigger, end int) bool {
	if tr.noun {
		return false
	}
	k := tr.to
	if k < end && (s.toks[k].Low == "with" || s.toks[k].Low == "to") {
		k++
	}
	if k >= end {
		return false
	}
	switch s.toks[k].Low {
	case "me", "us", "them":
		return true
	}
	return false
}

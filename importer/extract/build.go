package extract

// result assembles the Result: every person with a mention, organizations only when they
// act (speak, are quoted, take part in a contact, or are named as a source), with indexes
// remapped to the kept actors.
func (r *resolver) result(quotes []Quote, contacts []Contact) Result {
	for _, q := range quotes {
		if q.Speaker >= 0 {
			r.actors[q.Speaker].acting = true
		}
	}
	for _, c := range contacts {
		for _, p := range c.Participants {
			r.actors[p].acting = true
		}
	}
	for i := range r.s.mentions {
		m := &r.s.mentions[i]
		if m.kind == mOrg && m.actor >= 0 && m.rule != "actor.country-official" && r.x.orgActs(r.s, m) {
			// an unnamed official of a country makes its government an actor only when quoted
			r.actors[m.actor].acting = true
		}
	}
	remap := make([]int, len(r.actors))
	var out Result
	for i, a := range r.actors {
		remap[i] = -1
		if len(a.mentions) == 0 || (a.kind != "person" && !a.acting) {
			continue
		}
		remap[i] = len(out.Actors)
		out.Actors = append(out.Actors, r.export(a))
	}
	for _, q := range quotes {
		if q.Speaker >= 0 {
			q.Speaker = remap[q.Speaker]
		}
		out.Quotes = append(out.Quotes, q)
	}
	for _, c := range contacts {
		for k, p := range c.Participants {
			c.Participants[k] = remap[p]
		}
		if c.Initiator >= 0 {
			c.Initiator = remap[c.Initiator]
		}
		out.Contacts = append(out.Contacts, c)
	}
	out.Unresolved = r.unresolved
	return out
}

// export turns an internal actor into the public Actor with its mention spans.
func (r *resolver) export(a actor) Actor {
	out := Actor{Name: a.name, Kind: Kind(a.kind), Role: a.role, Country: a.country}
	seen := map[string]bool{}
	for _, mi := range a.mentions {
		m := r.s.mentions[mi]
		surface := r.s.text(m.from, m.to)
		if !seen[surface] && (m.kind == mPerson || m.kind == mOrg) && namesTheActor(m.rule) {
			seen[surface] = true
			out.Aliases = append(out.Aliases, surface)
		}
		out.Mentions = append(out.Mentions, r.s.span(m.from, m.to, m.rule))
	}
	return out
}

// namesTheActor says whether a mention made by rule is a name of its actor, and so an
// alias. References ("the Secretary of State", "he", "the ministry", "a White House
// official") point at an actor without naming it: another article's Secretary of State
// is someone else, so they must never become keys the importer resolves by.
func namesTheActor(rule string) bool {
	switch rule {
	case "actor.role-reference", "actor.pronoun", "actor.official", "actor.org-reference",
		"actor.statement", "actor.administration-official", "actor.shared-body", "actor.country-government":
		return false
	}
	return true
}

// text returns the printed text of tokens [from, to).
func (s *scan) text(from, to int) string {
	return string(s.rs[s.toks[from].Start:s.toks[to-1].End])
}

// span is the evidence for tokens [from, to) with its sentence.
func (s *scan) span(from, to int, rule string) Span {
	se := s.sents[s.toks[from].Sent]
	return Span{Start: s.toks[from].Start, End: s.toks[to-1].End, Sentence: string(s.rs[se.start:se.end]),
		SentenceStart: se.start, SentenceEnd: se.end, Rule: rule}
}

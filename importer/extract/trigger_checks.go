package extract

// gerundObject reports "meeting" used as a verb with its object right after it: "flew to
// Jeddah, meeting Mohammed bin Salman", ", meeting the crown prince". After an article or
// a possessive it stays a noun ("a meeting Putin called").
func (s *scan) gerundObject(at []int, i, end int) bool {
	if i > 0 {
		switch s.toks[i-1].low {
		case "a", "an", "the", "his", "her", "their", "its", "'s", "this", "that":
			return false
		}
	}
	j := i + 1
	if j < end && s.toks[j].low == "the" && i > 0 && s.toks[i-1].text == "," {
		j++
	}
	return j < end && at[j] >= 0 && s.mentions[at[j]].kind != mOrg
}

// withAfterNoun reports "with" right after the contact noun that follows token i: "a G7
// video call with ...".
func (s *scan) withAfterNoun(i, end int) bool {
	for k := i; k < end && k < i+6; k++ {
		if s.toks[k].low == "with" {
			return true
		}
	}
	return false
}

// visitFollows reports a person invited to come: "invited Putin to visit Turkey", "invited
// the Chinese leader for talks", "invited him to the White House".
func (s *scan) visitFollows(at []int, i, end int) bool {
	if i < end && s.toks[i].low == "the" {
		i++ // "invited the Chinese leader"
	}
	if i >= end || (at[i] < 0 || s.mentions[at[i]].kind == mOrg) && s.toks[i].low != "him" && s.toks[i].low != "her" {
		return false
	}
	for k := i + 1; k < end && k < i+10; k++ {
		switch s.toks[k].low {
		case "visit", "come", "meet", "talks", "summit":
			return true
		}
	}
	return false
}

// joinsToldContact reports "took part"/"participated" that join the contact just told:
// alone, or "in the call/talks"; "took part in a climate summit" is another event.
func (s *scan) joinsToldContact(i, end int) bool {
	if i >= end || s.toks[i].low != "in" {
		return true
	}
	return i+1 < end && s.toks[i+1].low == "the" && s.contactNounFollows(i+2, end)
}

// clauseTriggers lists the contact words of a clause.
func (x *Extractor) clauseTriggers(s *scan, at []int, c clause) []trigger {
	var trs []trigger
	for i := c.from; i < c.to; i++ {
		if tr, ok := x.triggerAt(s, at, i, c.to); ok {
			trs = append(trs, tr)
			i = tr.to - 1
		}
	}
	return trs
}

// attendedBefore reports "attended the G20 summit": a person at an event is not thereby
// a party to a contact with the others named near it.
func (s *scan) attendedBefore(tr trigger) bool {
	for k := tr.at - 1; k >= 0 && k >= tr.at-4; k-- {
		switch s.toks[k].low {
		case "attended", "attend", "attends", "attending":
			return true
		}
	}
	return false
}

// askedFor returns X in "asked X for a call" (the one asked is the other party of the
// contact requested) and "urged X during a phone call" (the one urged is the other
// party); -1 when the noun does not follow such a verb.
func (x *Extractor) askedFor(r *resolver, at []int, c clause, tr trigger) int {
	s := r.s
	k := tr.at - 1
	if k > c.from && (s.toks[k].low == "a" || s.toks[k].low == "an") {
		k--
	}
	if k > c.from && (s.toks[k].low == "phone" || s.toks[k].low == "telephone" || s.toks[k].low == "video") {
		k-- // "during a phone call"
		if s.toks[k].low == "a" || s.toks[k].low == "an" || s.toks[k].low == "their" {
			k--
		}
	}
	prep := s.toks[max(k, 0)].low
	if k <= c.from || prep != "for" && prep != "during" && prep != "in" || at[k-1] < 0 {
		return -1
	}
	m := s.mentions[at[k-1]]
	if m.actor < 0 || !r.participantKind(at[k-1]) {
		return -1
	}
	v := s.contextStart(m.from) - 1
	if v < c.from || !isAskVerb(s.toks[v].low) && (prep == "for" || !isUrgeVerb(s.toks[v].low)) {
		return -1
	}
	return m.actor
}

func isAskVerb(w string) bool {
	switch w {
	case "asked", "asks", "ask", "asking", "pressed", "pressing", "lobbied":
		return true
	}
	return false
}

func isUrgeVerb(w string) bool {
	switch w {
	case "urged", "warned", "assured", "told", "reassured", "thanked", "congratulated":
		return true
	}
	return false
}

// hostedBy returns C in "A and B met in Brussels, hosted by C" or "talks hosted by C"
// after the trigger and before the clause's next trigger: the host takes part in the
// contact it hosts. -1 when there is none.
func (r *resolver) hostedBy(at []int, c clause, tr trigger, trs []trigger) int {
	s := r.s
	end := c.to
	for _, o := range trs {
		if o.at > tr.at && o.at < end {
			end = o.at
		}
	}
	for k := tr.to; k+2 < end; k++ {
		if w := s.toks[k].low; (w == "hosted" || w == "chaired") && s.toks[k+1].low == "by" {
			for j := k + 2; j < end && j < k+8; j++ {
				if mi := at[j]; mi >= 0 && s.mentions[mi].actor >= 0 && r.actors[s.mentions[mi].actor].kind == "person" {
					return s.mentions[mi].actor
				}
			}
			return -1
		}
	}
	return -1
}

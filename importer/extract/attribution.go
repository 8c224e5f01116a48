package extract

// attributeAfter reads the words after a closing mark up to the end of the sentence:
// `," Butler said.`, `," said Colonel Dave Butler,`, `," the official told Reuters.`,
// `," read a statement issued by the US State Department.`, `, TASS quoted Peskov as
// saying`. The speaker is the first actor mention of that stretch.
func (x *Extractor) attributeAfter(r *resolver, at []int, ci int) attribution {
	s := r.s
	a := attribution{speaker: -1, from: -1}
	p := s.toks[ci].para
	verb, who, quoted := -1, -1, false
	end := ci + 1
	for k := ci + 1; k < len(s.toks) && k < ci+16 && s.toks[k].para == p; k++ {
		t := s.toks[k]
		if t.kind == tQuote || (t.kind == tPunct && (t.text == "." || t.text == "?" || t.text == "!" || t.text == ";")) && k > ci+1 {
			break
		}
		if t.low == "but" || t.low == "while" || t.low == "although" || t.low == "whereas" {
			break // `"anywhere", but the Kremlin said`: another clause
		}
		end = k + 1
		switch {
		case t.low == "quoted":
			quoted, who = true, -1 // "TASS quoted Peskov as saying": the speaker follows
		case isSpeechVerb(t.low) || t.low == "according" || t.low == "read" && k <= ci+2:
			if verb < 0 {
				verb = k
			}
		case at[k] >= 0 && who < 0 && !(k+1 < len(s.toks) && s.toks[k+1].kind == tPoss):
			who = at[k] // "Putin's spokesman Dmitry Peskov told": not the possessor
		}
		if verb >= 0 && who >= 0 && !quoted {
			break
		}
		if quoted && who >= 0 && verb >= 0 && verb > who {
			break
		}
	}
	if verb < 0 {
		return a
	}
	a.found, a.direct, a.rule, a.from, a.to = true, true, "quote.said-after", ci+1, end
	if who >= 0 {
		a.speaker = s.mentions[who].actor
		if s.toks[verb].low == "according" {
			a.rule = "quote.according-to"
		} else if s.toks[verb].low == "read" {
			a.rule = "quote.statement"
		}
	}
	if s.toks[ci+1].kind == tWord && !isSpeechVerb(s.toks[ci+1].low) && s.toks[ci+1].low != "according" && at[ci+1] < 0 && s.toks[ci+1].low != "the" && s.toks[ci+1].low != "a" && s.toks[ci+1].low != "an" {
		a.direct = false // `"robust" support for Ukraine`: the sentence goes on
		if verb > ci+6 {
			a.found = false
		}
	}
	return a
}

// attributeBefore reads the sentence before an opening mark: the last speech verb (or a
// colon) and the nearest actor mention before it: `Blinken underscored that "`,
// `X said: "`, `The ministry confirmed the call, saying "`, `According to X, "`.
func (x *Extractor) attributeBefore(r *resolver, at []int, oi int) attribution {
	s := r.s
	a := attribution{speaker: -1, from: -1}
	se := s.sents[s.toks[oi].sent]
	if oi > 0 && s.toks[oi-1].sent != s.toks[oi].sent {
		return a // the quotation opens its sentence
	}
	verb := -1
	for k := oi - 1; k >= se.from; k-- {
		t := s.toks[k]
		if t.kind == tQuote || s.inQuote[k] {
			continue // `were "playing with fire" and "whoever ..."`: past an earlier quotation
		}
		if isSpeechVerb(t.low) || t.low == "according" || t.text == ":" {
			verb = k
			break
		}
	}
	if verb < 0 {
		return a
	}
	a.found, a.rule, a.from, a.to = true, "quote.said-before", verb, oi
	a.direct = oi-verb <= 3
	if s.toks[verb].low == "according" {
		a.rule = "quote.according-to"
		for k := verb + 1; k < oi; k++ {
			if at[k] >= 0 {
				a.speaker, a.from = s.mentions[at[k]].actor, verb
				return a
			}
		}
	}
	if first := x.firstSpeechVerb(s, at, se.from, verb); first >= 0 {
		verb = first // "A senior official said Kerry had told Lavrov that ...": the official
	}
	if k := x.subjectBefore(s, at, se.from, verb); k >= 0 {
		a.speaker, a.from = s.mentions[at[k]].actor, s.mentions[at[k]].from
		return a
	}
	if s.toks[verb].text == ":" {
		a.found = false
	}
	return a
}

// attributeColon attributes a paragraph that is only a quotation to the speaker of a
// previous paragraph that ends with "X said:".
func (x *Extractor) attributeColon(r *resolver, at []int, oi int) attribution {
	s := r.s
	a := attribution{speaker: -1, from: -1}
	k := oi - 1
	if k < 0 || s.toks[k].text != ":" {
		return a
	}
	b := x.attributeBefore(r, at, k+0)
	if b.speaker >= 0 {
		b.rule, b.direct = "quote.said-colon", true
		return b
	}
	return a
}

// objectPosition reports a mention that is the object of a preposition or the possessor
// of a noun rather than a subject ("with Kuleba", "Putin's interest").
func (x *Extractor) objectPosition(s *scan, from int) bool {
	if from == 0 {
		return false
	}
	for from > 1 && (s.toks[from-1].low == "the" || s.toks[from-1].low == "a" || s.toks[from-1].low == "an") {
		from-- // "according to the Pentagon"
	}
	prev := s.toks[from-1]
	switch prev.low {
	case "with", "to", "against", "of", "from", "about", "for", "on", "met", "meet", "meets",
		"called", "phoned", "telephoned", "hosted", "host", "welcomed", "welcome", "received",
		"thanked", "urged", "told", "asked", "visited", "visit", "see", "saw", "invited",
		"congratulated", "accused", "criticized", "criticised", "praised", "named", "appointed",
		"replaced", "succeeded", "including", "than":
		return true
	}
	// "Before seeing Xi, Blinken held talks": the object of a gerund
	return prev.kind == tWord && !prev.cap && len(prev.low) > 4 && prev.low[len(prev.low)-3:] == "ing"
}

// subjectBefore returns the token of the nearest actor mention before token end that is
// not an object, a possessor, or inside a relative clause (", who met Trump,"); -1 if none.
func (x *Extractor) subjectBefore(s *scan, at []int, from, end int) int {
	for k := end - 1; k >= from; k-- {
		if at[k] < 0 {
			continue
		}
		m := s.mentions[at[k]]
		if x.objectPosition(s, s.contextStart(m.from)) || m.to < len(s.toks) && s.toks[m.to].kind == tPoss || s.inRelative(from, k) {
			k = min(k, m.from)
			continue
		}
		return k
	}
	return -1
}

// firstSpeechVerb returns the leftmost speech verb before token end that has a subject
// before it, or -1.
func (x *Extractor) firstSpeechVerb(s *scan, at []int, from, end int) int {
	for k := from; k < end; k++ {
		if s.inQuote[k] {
			continue
		}
		if isSpeechVerb(s.toks[k].low) && x.subjectBefore(s, at, from, k) >= 0 {
			return k
		}
	}
	return -1
}

// inRelative reports a token inside a relative clause opened by ", who"/", which".
func (s *scan) inRelative(from, k int) bool {
	for j := k - 1; j > from; j-- {
		switch s.toks[j].text {
		case ",":
			if j+1 < len(s.toks) {
				switch s.toks[j+1].low {
				case "who", "which", "whose", "whom", "where":
					return !s.closedBefore(j+1, k)
				}
			}
			return false
		}
	}
	return false
}

// closedBefore reports a comma between tokens a and b (the relative clause closed).
func (s *scan) closedBefore(a, b int) bool {
	for j := a; j < b; j++ {
		if s.toks[j].text == "," {
			return true
		}
	}
	return false
}

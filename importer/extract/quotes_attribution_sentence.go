package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// attributeSentenceEnd reads an attribution that closes the sentence a quotation opens,
// after words that go on from the quotation: `"We can only expect worse to come" unless
// steps are taken, Turk said.`, `"..." over security concerns, Mr Liu said.` The words
// after one of the sentence's last commas must be an attribution with a speaker. With
// inside, the quotation may stand inside the sentence (its own attribution found no
// speaker).
func (x *Extractor) attributeSentenceEnd(r *resolver, at []int, oi, ci int, inside bool) attribution {
	s := r.s
	none := attribution{speaker: -1, from: -1}
	if !inside && oi > 0 && s.toks[oi-1].Sent == s.toks[oi].Sent && s.toks[oi-1].Kind == tokens.Word {
		return none // the quotation does not open its sentence
	}
	se := s.sents[s.toks[ci].Sent]
	var commas []int
	for k := ci + 1; k < se.to; k++ {
		if s.toks[k].Kind == tokens.QuoteMark {
			return none
		}
		if s.toks[k].Text == "," {
			commas = append(commas, k)
		}
	}
	for i := len(commas) - 1; i >= 0 && se.to-commas[i] <= 16; i-- {
		// the last comma first: "..., Turk said, emphasising that ..." is read at "Turk"
		if a := x.attributeAfter(r, at, commas[i]); a.found && a.speaker >= 0 {
			a.rule, a.direct = "quote.reported-before", false
			return a
		}
	}
	return none
}

// attributePreviousSentence attributes a quotation that is a whole sentence to the speaker
// of the sentence before it, in its paragraph or ending the previous one, when that
// sentence reports speech without quoting: `He added that the pandemic had shown how
// connected the world is. "We must work together."`, `..., said Xi. "I hope ..."`,
// `According to Xi, the talks went well. "..."`.
func (x *Extractor) attributePreviousSentence(r *resolver, at []int, oi, ci int) attribution {
	s := r.s
	none := attribution{speaker: -1, from: -1}
	si := s.toks[oi].Sent
	if si == 0 || s.sents[si].from != oi || !s.endsSentence(ci) {
		return none
	}
	se := s.sents[si-1]
	if s.toks[oi].Para-s.toks[se.from].Para > 1 {
		return none
	}
	for v := se.from; v < se.to; v++ {
		if s.inQuote[v] {
			continue
		}
		if s.gaz.In(lexicon.Utterance, s.toks[v].Low) && !s.gaz.IsSpeechVerb(s.toks[v].Low) {
			// "The ministry issued a statement. "..."", "In an address, X appealed for calm. "...""
			if k := x.subjectBefore(s, at, se.from, v); k >= 0 && s.mentions[at[k]].actor >= 0 {
				return attribution{speaker: s.mentions[at[k]].actor, found: true, rule: "quote.previous-sentence", from: se.from, to: se.to}
			}
			if k := s.subjectAfterOpening(at, se, v); k >= 0 && s.mentions[at[k]].actor >= 0 {
				// "In a speech to parliament, Karimov was blunt. "...""
				return attribution{speaker: s.mentions[at[k]].actor, found: true, rule: "quote.previous-sentence", from: se.from, to: se.to}
			}
			continue
		}
		if s.toks[v].Low == "according" && v+1 < se.to && s.toks[v+1].Low == "to" {
			// "According to Karimov, the meeting had been productive. "...""
			for k := v + 2; k < se.to && k < v+6; k++ {
				if at[k] >= 0 && s.mentions[at[k]].actor >= 0 {
					return attribution{speaker: s.mentions[at[k]].actor, found: true, rule: "quote.previous-sentence", from: se.from, to: se.to}
				}
			}
			return none
		}
		if !s.gaz.IsSpeechVerb(s.toks[v].Low) {
			if k := s.judgedBy(at, se, v); k >= 0 {
				// "Brandt defended the budget on Monday. / "We cannot spend ..."": the one
				// who judged speaks the words that follow
				return attribution{speaker: s.mentions[at[k]].actor, found: true, rule: "quote.previous-sentence", from: se.from, to: se.to}
			}
			continue
		}
		if v == se.from && s.speakingOpening(se) > 0 {
			continue // "Asked about the talks, Kolvit was cautious.": read on to the one asked
		}
		who := -1
		if k := x.subjectBefore(s, at, se.from, v); k >= 0 {
			who = k // "He added that ..."
		} else if v > se.from && s.toks[v-1].Text == "," && v+1 < se.to && at[v+1] >= 0 {
			who = v + 1 // "..., said Xi."
		}
		if who >= 0 && s.mentions[at[who]].actor >= 0 {
			return attribution{speaker: s.mentions[at[who]].actor, found: true, rule: "quote.previous-sentence", from: se.from, to: se.to}
		}
		return none
	}
	if k := s.characterized(at, se); k >= 0 && (s.toks[oi].Para == s.toks[se.from].Para || s.paragraphIsQuote(oi, ci)) {
		return attribution{speaker: s.mentions[at[k]].actor, found: true, rule: "quote.previous-sentence", from: se.from, to: se.to}
	}
	return none
}

// judgedBy returns the token of the person who is the subject of a judging or stance verb
// at token v of sentence se ("Brandt defended the budget", "Berg condemned the attack",
// "Karimov rejected the offer"), naming the person at the sentence's start, or -1.
func (s *scan) judgedBy(at []int, se sentence, v int) int {
	w := s.toks[v].Low
	if !s.gaz.IsJudgingVerb(w) && !s.gaz.In(lexicon.Stance, w) || s.adjectiveUse(v) || v+1 < se.to && s.toks[v+1].Kind != tokens.Word {
		return -1
	}
	for k := se.from; k < v; k++ {
		if at[k] < 0 || s.inQuote[k] {
			continue
		}
		m := s.mentions[at[k]]
		if m.kind != mPerson || m.actor < 0 || s.contextStart(m.from) > se.from+1 {
			return -1 // "On Monday Berg ...", "The plan Berg ...": not plainly the subject
		}
		for j := m.to; j < v; j++ {
			if at[j] >= 0 && s.mentions[at[j]].actor != m.actor || s.toks[j].Text == "," && j > m.to {
				return -1 // "Berg and Karimov condemned", "Berg, who ..., condemned"
			}
		}
		return k
	}
	return -1
}

// characterized returns the token of the person a short sentence opens with and sums up
// in a word, "Karimov was less upbeat.", "Berg sounded defiant.", "Berg's response was
// blunt.", the words that follow
// in quotation marks being that person's; -1 otherwise.
func (s *scan) characterized(at []int, se sentence) int {
	from := se.from
	if w := s.toks[from].Low; w == "but" || w == "however" || w == "yet" {
		from++ // "But Karimov was not convinced."
		if from < se.to && s.toks[from].Text == "," {
			from++
		}
	}
	if c := s.speakingOpening(se); c > 0 {
		from = c // "Speaking to reporters afterwards, Berg was upbeat."
	}
	if se.to-from > 10 || from >= se.to || at[from] < 0 {
		return -1
	}
	m := s.mentions[at[from]]
	if m.kind != mPerson || m.actor < 0 || m.to >= se.to {
		return -1
	}
	vi := m.to // the verb after the person
	if s.possessive(m) && m.to+2 < se.to && s.gaz.In(lexicon.Reaction, s.toks[m.to+1].Low) {
		vi = m.to + 2 // "Berg's response was blunt."
	}
	switch v := s.toks[vi].Low; {
	case v == "was" || v == "sounded" || v == "seemed" || v == "appeared" || v == "remained":
		if vi+1 >= se.to {
			return -1
		}
		if n := s.toks[vi+1].Low; (strings.HasSuffix(n, "ed") || n == "born" || n == "shot") && n != "asked" && n != "pressed" && n != "convinced" && n != "unconvinced" {
			return -1 // "Karimov was arrested on Monday.": an event, not a manner of speaking
		}
	case s.gaz.In(lexicon.Stance, v):
		// "Karimov disagreed.", "Karimov struck a more cautious tone."
	default:
		return -1
	}
	for k := vi + 1; k < se.to; k++ {
		if s.toks[k].Kind == tokens.QuoteMark || at[k] >= 0 {
			return -1 // "Karimov was received by Berg": another person in the sentence
		}
	}
	return from
}

// speakingOpening returns the token after the comma that closes an opening phrase of
// speaking or being asked, "Speaking to reporters afterwards,", "Asked about the talks,",
// "Responding to the criticism,": the person after it is the one who speaks. 0 when the
// sentence opens otherwise.
func (s *scan) speakingOpening(se sentence) int {
	w := s.toks[se.from].Low
	if !s.gaz.In(lexicon.Posture, w) && w != "asked" && !(strings.HasSuffix(w, "ing") && s.gaz.IsSpeechVerb(w)) {
		return 0
	}
	for k := se.from + 1; k < se.to && k <= se.from+15; k++ {
		if s.inQuote[k] || s.toks[k].Kind == tokens.QuoteMark {
			return 0
		}
		if s.toks[k].Text == "," {
			return k + 1
		}
	}
	return 0
}

// subjectAfterOpening returns the token of the mention that opens the main clause after a
// sentence's opening prepositional phrase holding token v ("In a speech to parliament,
// Karimov was blunt", "During an interview, she ..."), or -1.
func (s *scan) subjectAfterOpening(at []int, se sentence, v int) int {
	switch s.toks[se.from].Low {
	case "in", "during", "at", "on":
	default:
		return -1
	}
	for k := v + 1; k < se.to && k < v+12; k++ {
		if s.inQuote[k] || s.toks[k].Kind == tokens.QuoteMark {
			return -1
		}
		if s.toks[k].Text != "," {
			continue
		}
		for j := k + 1; j < se.to && j < k+6; j++ {
			if at[j] >= 0 {
				if s.contextStart(s.mentions[at[j]].from) == k+1 {
					return j
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// attributeSubjectSpoke attributes a paragraph that is only a quotation to the one quoted
// last, when the sentence before it has that speaker for subject: `"...," he said. / He
// doubted the sincerity of the administration. / "How can someone believe them?"`.
func (x *Extractor) attributeSubjectSpoke(r *resolver, at []int, oi, speaker int) attribution {
	s := r.s
	none := attribution{speaker: -1, from: -1}
	si := s.toks[oi].Sent
	if si == 0 || s.sents[si].from != oi {
		return none
	}
	se := s.sents[si-1]
	for k := se.from; k < se.to; k++ {
		if s.inQuote[k] || s.toks[k].Kind == tokens.QuoteMark {
			return none
		}
		if at[k] < 0 {
			continue
		}
		m := s.mentions[at[k]]
		if m.actor != speaker || x.objectPosition(s, s.contextStart(m.from)) {
			return none
		}
		return attribution{speaker: speaker, found: true, rule: "quote.previous-sentence", from: se.from, to: se.to}
	}
	return none
}

// endsSentence reports a closing mark at token ci that ends its sentence.
func (s *scan) endsSentence(ci int) bool {
	k := ci + 1
	for k < len(s.toks) && s.toks[k].Sent == s.toks[ci].Sent && s.toks[k].Kind == tokens.Punct {
		k++
	}
	return k >= len(s.toks) || s.toks[k].Sent != s.toks[ci].Sent
}

// attributeNextSentence attributes a quotation that is a whole sentence with no
// attribution of its own to the speaker the next sentence, in its paragraph or opening the
// next, gives: `"...." X made the remarks at a news conference.`, `"...." So said X as he
// ...`, `"...." Those were the words of X.`, `"...." That was how X put it.`, `"...."
// That was X's response.`, `"...." With those words, X ended ...`, and a short sentence of
// its paragraph that is only an attribution: `"...." Zelensky said.` (not a passive one:
// `"...?" Berg was asked.`)
func (x *Extractor) attributeNextSentence(r *resolver, at []int, oi, ci int) attribution {
	s := r.s
	none := attribution{speaker: -1, from: -1}
	si := s.toks[oi].Sent
	if s.sents[si].from != oi || !s.endsSentence(ci) || si+1 >= len(s.sents) {
		return none
	}
	ne := s.sents[si+1]
	if ne.para-s.sents[si].para > 1 || ne.to-ne.from < 3 {
		return none
	}
	for k := ne.from; k < ne.to; k++ {
		if s.toks[k].Kind == tokens.QuoteMark {
			return none // the next sentence has a quotation of its own
		}
	}
	who := -1
	first, w := ne.from, s.toks[ne.from].Low
	switch {
	case (w == "so" || w == "thus") && (s.gaz.IsSpeechVerb(s.toks[first+1].Low) || s.toks[first+1].Low == "spoke"):
		who = s.nextMention(at, first+2, first+6) // "So said X"
	case w == "with" && (s.toks[first+1].Low == "those" || s.toks[first+1].Low == "these" || s.toks[first+1].Low == "that") && s.remarkWithin(first+2, min(first+3, ne.to)):
		// "With those words, Karimov ended the news conference."
		if c := first + 3; c < ne.to && s.toks[c].Text == "," {
			who = s.nextMention(at, c+1, min(c+6, ne.to))
		}
	case at[first] >= 0:
		m := s.mentions[at[first]]
		j := m.to
		for j < ne.to && j < m.to+2 && isSpeechAdverb(s.toks[j].Low) {
			j++
		}
		if j < ne.to && s.gaz.In(lexicon.RemarkVerb, s.toks[j].Low) && s.remarkWithin(j+1, min(j+4, ne.to)) {
			who = first // "X made the remarks at ...", "X later made the comments"
		}
		if j < ne.to && s.gaz.IsSpeechVerb(s.toks[j].Low) && !s.passive(j) && ne.para == s.sents[si].para && ne.to-j <= 4 && s.toks[ne.to-1].Text == "." && !s.gaz.IsJudgingVerb(s.toks[j].Low) {
			who = first // `"...." Zelensky said.`: the attribution cut off by a full stop inside the marks
		}
	case w == "that" || w == "this" || w == "those" || w == "these" || w == "the" || w == "such":
		for k := first + 1; k < ne.to && k < first+8; k++ {
			if t := s.toks[k].Low; t == "how" && s.toks[first+1].Low == "was" {
				who = s.nextMention(at, k+1, k+3) // "That was how X put it"
				break
			}
			if !s.gaz.In(lexicon.Remark, s.toks[k].Low) {
				continue
			}
			if j := k - 2; j > first && s.toks[k-1].Kind == tokens.Poss && at[j] >= 0 && s.mentions[at[j]].to == k-1 {
				who = j // "That was Berg's response", "Those were Karimov's words"
				break
			}
			for j := k + 1; j < ne.to && j <= k+3; j++ {
				if p := s.toks[j].Low; p == "of" || p == "from" || p == "by" {
					who = s.nextMention(at, j+1, j+4) // "Those were the words of X", "The comments came from X"
					break
				}
				if at[j] >= 0 && s.possessive(s.mentions[at[j]]) {
					who = j // "The words were Karimov's"
					break
				}
			}
			break
		}
	}
	if who < 0 || s.mentions[at[who]].actor < 0 {
		return none
	}
	return attribution{speaker: s.mentions[at[who]].actor, found: true, rule: "quote.next-sentence", from: ne.from, to: ne.to}
}

// nextMention returns the first token in [from, to) that holds an actor mention, or -1.
func (s *scan) nextMention(at []int, from, to int) int {
	for k := from; k < to && k < len(at); k++ {
		if at[k] >= 0 {
			return k
		}
	}
	return -1
}

// remarkWithin reports a remark noun ("remarks", "comments", "statement") in tokens
// [from, to).
func (s *scan) remarkWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if s.gaz.In(lexicon.Remark, s.toks[k].Low) {
			return true
		}
	}
	return false
}

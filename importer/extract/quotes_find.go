package extract

import (
	"sort"
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// attribution is who a quotation is attributed to and by which rule.
type attribution struct {
	speaker int // actor index, -1 when the words name no actor
	found   bool
	direct  bool // the attribution touches the quotation ("X said", `said: "`)
	report  bool // the speaker is a document ("the report said")
	rule    string
	from    int // tokens of the attribution words
	to      int
}

// findQuotes attributes every quotation. A quotation is kept when a speech verb attributes
// it (after it: `"...," X said`, `"...," said X`, `according to X`, `read a statement issued
// by X`; before it: `X said: "..."`, `X underscored that "..."`), or when it continues an
// attributed one (`"First," she said. "Second."`, or a paragraph that is only a quotation
// after a paragraph ending in an attributed one, or after `X said:`). Quotations of one to
// three words are kept only with an attribution that touches them; longer unattributed
// quotations (headlines, bios, scare quotes) are dropped.
func (x *Extractor) findQuotes(r *resolver) []Quote {
	s := r.s
	at := s.mentionIndex()
	tokAt := s.tokenIndex()
	var out []Quote
	prev := attribution{speaker: -1}
	prevPara, prevEnd := -1, -1
	closeTok := func(q tokens.QuoteSpan) int {
		if q.OpenEnd {
			return s.lastTokenBefore(q.Close)
		}
		ci := tokAt(q.Close)
		if k := s.lastTokenBefore(q.Close); q.Reopened && ci >= 0 && k >= 0 && s.toks[k].Sent != s.toks[ci].Sent {
			return k // `“...Europe. “On the contrary`: the words end with their sentence, not at the next mark
		}
		return ci
	}
	attribute := func(q tokens.QuoteSpan) attribution {
		a := x.attributeAfter(r, at, closeTok(q))
		if b := x.attributeBefore(r, at, tokAt(q.Open)); !a.found || a.speaker < 0 && b.speaker >= 0 || r.quotedInReport(a, b) {
			a = b // `Xi told Biden that "...", according to a readout`: the teller speaks
		} else if b.found && b.direct && b.speaker >= 0 && !a.direct {
			a = b // `when he said, "...," and that, as his daughter said, "..."`: the verb that touches it
		} else if r.reportedBy(a, b) {
			b.direct = b.direct || a.direct // the reporter's attribution touches the words
			a = b
		}
		return a
	}
	// laterParagraph is the attribution of a later paragraph of the quotation qi, which
	// runs on with no closing mark: `"First paragraph.` / `"Second," she said.`
	laterParagraph := func(qi int) attribution {
		for k := qi + 1; k < len(s.quotes) && s.quotes[k].ContIn; k++ {
			if b := attribute(s.quotes[k]); b.found && b.speaker >= 0 {
				b.rule, b.direct = "quote.continued", true
				return b
			}
			if !s.quotes[k].OpenEnd {
				break
			}
		}
		return attribution{speaker: -1}
	}
	for qi, q := range s.quotes {
		oi, ci := tokAt(q.Open), closeTok(q)
		if oi < 0 || ci < 0 || x.furniture(s, s.toks[oi].Sent) {
			continue
		}
		text := quoteText(s.rs, q)
		if s.headlineQuote(q) {
			s.note(s.toks[oi].Sent, "quote", "", false, oi, ci+1, "single marks that end the paragraph after a word, no full stop: a headline's")
			continue
		}
		if s.bracketedAbbreviation(oi, ci, text) {
			s.note(s.toks[oi].Sent, "quote", "", false, oi, ci+1, "an abbreviation the text defines in brackets (`X (\"KSM\")`), not speech")
			continue
		}
		a := attribute(q)
		if !a.found {
			a = x.attributeDashSignature(r, at, oi, ci) // `"...." — Jonas Berg`
		}
		if !a.found {
			a = x.attributeNextSentence(r, at, oi, ci) // `"...." X made the remarks at ...`
		}
		para := s.toks[oi].Para
		if !a.found && q.OpenEnd && s.paragraphOpensWith(oi) {
			// `"First paragraph.` / `"Second," Michel said.`: the quotation runs on, its
			// speaker is the later paragraph's, not whoever spoke the paragraph before
			a = laterParagraph(qi)
		}
		if !a.found && prev.found && (para == prevPara && s.onlyAttributionBetween(prevEnd, oi) && !s.narratedBetween(at, prevEnd, oi, prev.speaker) || para == prevPara+1 && (q.ContIn || s.paragraphIsQuote(oi, ci) && endsLikeSpeech(text))) {
			a = prev
			a.rule, a.direct = "quote.continued", true
			if b := x.attributePreviousSentence(r, at, oi, ci); b.found && b.speaker >= 0 && b.speaker != prev.speaker && b.from > prevEnd {
				a = b // `"...," Wong said. Wang said the sides would stay in touch. "..."`: Wang's
			}
		}
		if !a.found && q.OpenEnd {
			a = laterParagraph(qi)
		}
		if !a.found && s.paragraphIsQuote(oi, ci) {
			a = x.attributeColon(r, at, oi)
		}
		if !a.found {
			a = x.attributeSentenceEnd(r, at, oi, ci, false)
		} else if a.speaker < 0 {
			// `after calling the incident a "misunderstanding" and ..., a statement from
			// the embassy said`: the sentence's own attribution names who called it so
			if b := x.attributeSentenceEnd(r, at, oi, ci, true); b.found {
				a = b
			}
		}
		if !a.found {
			a = x.attributePreviousSentence(r, at, oi, ci)
		}
		if !a.found && prev.found && prev.speaker >= 0 && s.toks[oi].Para-prevPara <= 2 && s.paragraphIsQuote(oi, ci) && endsLikeSpeech(text) {
			a = x.attributeSubjectSpoke(r, at, oi, prev.speaker)
		}
		if p := r.spouseSpeaker(at, a); p >= 0 {
			a.speaker = p // "Berg's wife said ... Her husband said": Berg
		}
		if p := r.orgHolder(at, a); p >= 0 {
			a.speaker = p // "the UN chief said": the one the article named as the UN's chief
		}
		if p := r.namedSpokesperson(at, a); p >= 0 {
			a.speaker = p // "Kremlin spokesman Dmitry Peskov said ... the Kremlin spokesman said": Peskov
		}
		if p := r.groupBody(at, a); p >= 0 {
			a.speaker = p // "Leaders of the G7 met ... the leaders said in a communique": the G7
		}
		if why := refusedQuote(a, text); why != "" {
			s.note(s.toks[oi].Sent, "quote", a.rule, false, oi, ci+1, why)
			continue
		}
		s.note(s.toks[oi].Sent, "quote", a.rule, true, oi, ci+1, "speaker: "+r.actorName(a.speaker))
		if a.speaker >= 0 {
			if s.saidBy == nil {
				s.saidBy = map[int]int{}
			}
			for k := oi; k <= ci; k++ {
				s.saidBy[k] = a.speaker // the "I" of the quotation (contacts_first_person.go)
			}
		}
		out = append(out, Quote{Text: text, Speaker: a.speaker, SpeakerText: s.textOrEmpty(a.from, a.to), Evidence: x.quoteEvidence(s, q, a)})
		prev, prevPara, prevEnd = a, s.toks[ci].Para, ci
	}
	return out
}

// refusedQuote says why a quotation with attribution a is not kept, or "" when it is.
func refusedQuote(a attribution, text string) string {
	switch {
	case !a.found:
		return "no speech verb, \"according to\" or continued quotation attributes it"
	case wordCount(text) <= 3 && !a.direct:
		return "one to three words without an attribution touching them"
	case isTitle(text):
		return "a title, not speech"
	}
	return ""
}

func (x *Extractor) quoteEvidence(s *scan, q tokens.QuoteSpan, a attribution) Span {
	sp := Span{Start: q.Start, End: q.End, Rule: a.rule}
	if a.from >= 0 && a.from < len(s.toks) {
		se := s.sents[s.toks[a.from].Sent]
		sp.Sentence, sp.SentenceStart, sp.SentenceEnd = string(s.rs[se.start:se.end]), se.start, se.end
	}
	return sp
}

// onlyAttributionBetween reports whether tokens (a, b) hold only a short attribution
// (`," she said as the session opened. "`), so that the quotation at b continues the one
// ending at a.
func (s *scan) onlyAttributionBetween(a, b int) bool {
	return a >= 0 && b-a <= 25
}

// lastTokenBefore is the index of the last token that starts before rune offset off, or -1.
func (s *scan) lastTokenBefore(off int) int {
	i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= off })
	return i - 1
}

// paragraphOpensWith reports whether token oi opens its paragraph.
func (s *scan) paragraphOpensWith(oi int) bool {
	return oi == 0 || s.toks[oi-1].Para != s.toks[oi].Para
}

// paragraphIsQuote reports whether the quotation marks at tokens oi..ci open their
// paragraph and close it (allowing final punctuation).
func (s *scan) paragraphIsQuote(oi, ci int) bool {
	p := s.toks[oi].Para
	if !s.paragraphOpensWith(oi) {
		return false
	}
	for k := ci + 1; k < len(s.toks) && s.toks[k].Para == p; k++ {
		if s.toks[k].Kind == tokens.Word {
			return false
		}
	}
	return true
}

// reportedBy reports an "according to" source, or a body that said so, that only reports
// a person's words: in `Netanyahu called it a "bad mistake", according to White House
// officials` and `Macron told Putin it was "extremely dangerous," the Elysee said` the
// words are Netanyahu's and Macron's, the officials and the Elysee report them.
func (r *resolver) reportedBy(after, before attribution) bool {
	if after.rule != "quote.according-to" && !(after.rule == "quote.said-after" && after.speaker >= 0 && r.actors[after.speaker].kind == "organization") {
		return false
	}
	return before.found && before.speaker >= 0 && before.speaker != after.speaker &&
		r.actors[before.speaker].kind == "person" && (after.speaker < 0 || r.actors[after.speaker].kind != "person")
}

// quotedInReport reports a document that only reports a person's words: in `Peskov said
// the questions "have been asked hundreds of times," the report said` the words are
// Peskov's, the report is the source that tells them.
func (r *resolver) quotedInReport(after, before attribution) bool {
	return after.report && before.found && before.speaker >= 0 && before.speaker != after.speaker && r.actors[before.speaker].kind == "person"
}

// namedSpokesperson returns the person an attribution's unnamed spokesperson of a body
// stands for (`," the Kremlin spokesman said`, `the ministry spokeswoman told reporters`):
// the person named before as that body's spokesperson ("Kremlin spokesman Dmitry
// Peskov"), the nearest; -1 when the attribution names no such spokesperson or the
// article none before.
func (r *resolver) namedSpokesperson(at []int, a attribution) int {
	s := r.s
	if a.speaker < 0 || r.actors[a.speaker].kind != "organization" || a.from < 0 {
		return -1
	}
	spokes := -1
	for k := a.from; k < a.to && k < len(s.toks); k++ {
		if at[k] < 0 || s.mentions[at[k]].actor != a.speaker {
			continue
		}
		m := s.mentions[at[k]]
		definite := s.toks[m.from].Low == "the" || m.from > 0 && s.toks[m.from-1].Low == "the" // "a Kremlin spokesman" may be another
		j := m.to
		if j < len(s.toks) && s.toks[j].Kind == tokens.Poss {
			j++ // "the Kremlin's press secretary said"
		}
		if n := s.spokesTitle(j); definite && n > j && (n >= len(s.toks) || !s.toks[n].Cap) {
			spokes = j
			break
		}
		k = m.to - 1
	}
	if spokes < 0 {
		return -1
	}
	best, bestFrom := -1, -1
	for _, m := range s.mentions {
		if m.kind != mPerson || m.actor < 0 || m.from >= spokes || m.from <= bestFrom {
			continue
		}
		if r.spokespersonOf(m, a.speaker) {
			best, bestFrom = m.actor, m.from // "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov, the Kremlin spokesman,"
		}
	}
	return best
}

// spokesTitle returns the token after a spokesperson's title that starts at token j
// ("spokesman", "press secretary"), or j when none starts there.
func (s *scan) spokesTitle(j int) int {
	switch {
	case j >= len(s.toks):
		return j
	case isSpokesWord(s.toks[j].Low):
		return j + 1
	case s.toks[j].Low == "press" && j+1 < len(s.toks) && (s.toks[j+1].Low == "secretary" || s.toks[j+1].Low == "spokesman" || s.toks[j+1].Low == "spokeswoman"):
		return j + 2
	}
	return j
}

// spokespersonOf reports a person mention titled as the spokesperson of organization org,
// before the name ("Kremlin spokesman Dmitry Peskov", "the Kremlin's press secretary
// Dmitry Peskov") or in an apposition after it ("Dmitry Peskov, the Kremlin spokesman,").
func (r *resolver) spokespersonOf(m mention, org int) bool {
	s := r.s
	orgEndsAt := func(k int) bool {
		if k > 0 && s.toks[k-1].Kind == tokens.Poss {
			k--
		}
		for _, o := range s.mentions {
			if o.to == k && o.actor == org {
				return true
			}
		}
		return false
	}
	for t := m.from - 1; t >= 1 && t >= m.from-2; t-- {
		if s.spokesTitle(t) == m.from && orgEndsAt(t) {
			return true
		}
	}
	if k := m.to; k+2 < len(s.toks) && s.toks[k].Text == "," && s.toks[k+1].Low == "the" {
		for _, o := range s.mentions {
			if o.from == k+2 && o.actor == org {
				j := o.to
				if j < len(s.toks) && s.toks[j].Kind == tokens.Poss {
					j++
				}
				return s.spokesTitle(j) > j
			}
		}
	}
	return false
}

// bracketedAbbreviation reports a quotation of one word in capitals right inside brackets,
// between quotation tokens oi and ci: `Abdul Karim Haqqani ("AKH")`, `the agreement
// ("PPA")` define an abbreviation, nobody says it.
func (s *scan) bracketedAbbreviation(oi, ci int, text string) bool {
	return oi > 0 && ci+1 < len(s.toks) && s.toks[oi-1].Text == "(" && s.toks[ci+1].Text == ")" && !strings.ContainsAny(text, " ") && lexicon.IsAllCaps(text)
}

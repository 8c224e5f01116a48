package extract

import (
	"strings"
	"unicode"
)

// attribution is who a quotation is attributed to and by which rule.
type attribution struct {
	speaker int // actor index, -1 when the words name no actor
	found   bool
	direct  bool // the attribution touches the quotation ("X said", `said: "`)
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
	for _, q := range s.quotes {
		oi, ci := tokAt(q.open), tokAt(q.close)
		if oi < 0 || ci < 0 || x.furniture(s, s.toks[oi].sent) {
			continue
		}
		text := quoteText(s.rs, q)
		a := x.attributeAfter(r, at, ci)
		if !a.found {
			a = x.attributeBefore(r, at, oi)
		}
		para := s.toks[oi].para
		if !a.found && prev.found && (para == prevPara && s.onlyAttributionBetween(prevEnd, oi) || para == prevPara+1 && s.paragraphIsQuote(oi, ci) && endsLikeSpeech(text)) {
			a = prev
			a.rule, a.direct = "quote.continued", true
		}
		if !a.found && s.paragraphIsQuote(oi, ci) {
			a = x.attributeColon(r, at, oi)
		}
		if !a.found || (wordCount(text) <= 3 && !a.direct) || isTitle(text) {
			continue
		}
		out = append(out, Quote{Text: text, Speaker: a.speaker, SpeakerText: s.textOrEmpty(a.from, a.to), Evidence: x.quoteEvidence(s, q, a)})
		prev, prevPara, prevEnd = a, s.toks[ci].para, ci
	}
	return out
}

// quoteText is the quoted words as printed; the opening marks of continuation paragraphs
// are left out.
func quoteText(rs []rune, q qspan) string {
	raw := string(rs[q.start:q.end])
	if !q.joined && !strings.Contains(raw, "\n") {
		return raw
	}
	var parts []string
	for _, p := range strings.Split(raw, "\n") {
		p = strings.TrimSpace(p)
		p = strings.TrimLeftFunc(p, func(r rune) bool { return isQuoteMark(r) })
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

func wordCount(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }))
}

func (x *Extractor) quoteEvidence(s *scan, q qspan, a attribution) Span {
	sp := Span{Start: q.start, End: q.end, Rule: a.rule}
	if a.from >= 0 && a.from < len(s.toks) {
		se := s.sents[s.toks[a.from].sent]
		sp.Sentence = string(s.rs[se.start:se.end])
	}
	return sp
}

func (s *scan) textOrEmpty(from, to int) string {
	if from < 0 || to <= from || to > len(s.toks) {
		return ""
	}
	return s.text(from, to)
}

// mentionIndex maps each token to the actor-bearing mention covering it (-1 for none).
func (s *scan) mentionIndex() []int {
	at := make([]int, len(s.toks))
	for i := range at {
		at[i] = -1
	}
	for i, m := range s.mentions {
		if m.actor < 0 {
			continue
		}
		from := m.from
		if m.kind == mPerson {
			from = s.contextStart(m.from)
		}
		for k := from; k < m.to; k++ {
			if at[k] < 0 || m.kind == mPerson {
				at[k] = i
			}
		}
	}
	return at
}

func (s *scan) titleWord(w string) bool {
	switch w {
	case "general", "colonel", "admiral", "lieutenant", "major", "captain", "sergeant", "marshal", "sir", "sheikh", "ayatollah",
		"mr", "mrs", "ms", "dr", "prince", "king", "queen", "emir":
		return true
	}
	return false
}

// contextStart walks left from a person's name over the titles, offices, organizations
// and countries that introduce it, so that "Pentagon spokesman Gen. Pat Ryder" is one
// mention of Ryder and not one of the Pentagon.
func (s *scan) contextStart(from int) int {
	k := from
	for k > 0 && s.toks[k-1].sent == s.toks[from].sent {
		t := s.toks[k-1]
		if m, ok := s.matchOf(k - 1); ok && m.kind != pKnown {
			k = m.from
			continue
		}
		if t.kind == tPoss || t.kind == tWord && t.cap && (strings.HasSuffix(t.text, ".") || s.titleWord(t.low)) {
			k--
			continue
		}
		break
	}
	return k
}

// tokenIndex returns a function from a rune offset to the token starting there (-1).
func (s *scan) tokenIndex() func(int) int {
	byStart := make(map[int]int, len(s.toks))
	for i, t := range s.toks {
		byStart[t.start] = i
	}
	return func(off int) int {
		if i, ok := byStart[off]; ok {
			return i
		}
		return -1
	}
}

// onlyAttributionBetween reports whether tokens (a, b) hold only a short attribution
// (`," she said as the session opened. "`), so that the quotation at b continues the one
// ending at a.
func (s *scan) onlyAttributionBetween(a, b int) bool {
	return a >= 0 && b-a <= 25
}

// paragraphIsQuote reports whether the quotation marks at tokens oi..ci open their
// paragraph and close it (allowing final punctuation).
func (s *scan) paragraphIsQuote(oi, ci int) bool {
	p := s.toks[oi].para
	if oi > 0 && s.toks[oi-1].para == p {
		return false
	}
	for k := ci + 1; k < len(s.toks) && s.toks[k].para == p; k++ {
		if s.toks[k].kind == tWord {
			return false
		}
	}
	return true
}

// endsLikeSpeech reports quoted words that end as a sentence does; a quoted paragraph
// without final punctuation is a subheading, not more speech.
func endsLikeSpeech(text string) bool {
	t := strings.TrimRight(text, " ”’\"'")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "…")
}

// isTitle reports quoted words that name a work: short, title-cased, no final punctuation
// ("The Art of the Deal").
func isTitle(text string) bool {
	w := strings.Fields(text)
	if len(w) < 2 || len(w) > 8 || endsLikeSpeech(text) {
		return false
	}
	caps := 0
	for _, x := range w {
		if r := []rune(x)[0]; unicode.IsUpper(r) {
			caps++
		}
	}
	return caps*2 >= len(w)
}

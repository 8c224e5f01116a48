package extract

import "unicode"

// sentence is a run of tokens [from, to) within one paragraph.
type sentence struct {
	from, to   int // token indexes
	start, end int // rune offsets
	para       int
}

// splitSentences cuts tokens into sentences at terminal punctuation followed by a capital,
// a digit or a quotation mark, after a dotted abbreviation followed by a capitalized
// function word, and at paragraph breaks. It stamps each token with its sentence index.
func (x *Extractor) splitSentences(toks []token) []sentence {
	var out []sentence
	from := 0
	flush := func(to int) {
		if to > from {
			out = append(out, sentence{from: from, to: to, start: toks[from].start, end: toks[to-1].end, para: toks[from].para})
		}
		from = to
	}
	open := false // inside a straight double quotation: the next " closes it
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].para != toks[i-1].para {
			flush(i)
			open = false
		}
		if toks[i].text == "\"" {
			open = !open
		}
		if !x.endsSentence(toks, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].para == toks[i].para && (isCloser(toks[j]) && (toks[j].text != "\"" || open) || toks[j].text == ".") {
			if toks[j].text == "\"" {
				open = false
			}
			j++
		}
		para := toks[i].para
		i = j - 1 // the closers are read: a closing " must not toggle open again
		if j < len(toks) && toks[j].text == "," {
			continue // `end this war.”, she said` goes on
		}
		if j >= len(toks) || toks[j].para != para || startsSentence(toks[j]) {
			flush(j)
		}
	}
	flush(len(toks))
	for si, s := range out {
		for k := s.from; k < s.to; k++ {
			toks[k].sent = si
		}
	}
	return out
}

// endsSentence reports whether token i may end a sentence.
func (x *Extractor) endsSentence(toks []token, i int) bool {
	t := toks[i]
	if t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?") {
		return true
	}
	// "... with the U.S. The talks ..."
	if t.kind == tWord && len(t.text) > 2 && t.text[len(t.text)-1] == '.' && i+1 < len(toks) {
		n := toks[i+1]
		return n.cap && n.para == t.para && opensSentence(n.low) && !x.gaz.isTitleWord(t.low)
	}
	return false
}

// isCloser reports whether a token closes a quotation or parenthesis.
func isCloser(t token) bool {
	switch t.text {
	case "”", "\"", "’", "'", ")", "»":
		return true
	}
	return false
}

func startsSentence(t token) bool {
	if t.kind == tQuote || t.text == "(" || t.text == "[" {
		return true
	}
	r := []rune(t.text)[0]
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// opensSentence reports function words that start a sentence after a dotted abbreviation
// ("... with the U.S. The talks ...").
func opensSentence(w string) bool {
	switch w {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at",
		"this", "that", "these", "those", "there", "his", "her", "their", "its", "after", "before",
		"when", "while", "as", "if", "however", "meanwhile", "earlier", "later", "last":
		return true
	}
	return false
}

// narrativeDistance counts the sentences from sentence a to sentence b (a <= b), leaving
// out those that lie wholly inside a quotation: a quoted paragraph cut into sentences
// does not move the story on ("... later this month. “India and Pakistan have to live
// together. We can't ...,” UNI quoted Vajpayee. Vajpayee and Sharif will meet").
func (s *scan) narrativeDistance(a, b int) int {
	n := 0
	for si := a + 1; si <= b && si < len(s.sents); si++ {
		if !s.quotedSentence(si) {
			n++
		}
	}
	return n
}

// quotedSentence reports a sentence whose every word stands inside a quotation.
func (s *scan) quotedSentence(si int) bool {
	se := s.sents[si]
	words := 0
	for k := se.from; k < se.to; k++ {
		if s.toks[k].kind != tWord {
			continue
		}
		if !s.inQuote[k] {
			return false
		}
		words++
	}
	return words > 0
}

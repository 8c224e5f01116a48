package extract

import (
	"hotline/importer/extract/tokens"
	"unicode"
)

// sentence is a run of tokens [from, to) within one paragraph.
type sentence struct {
	from, to   int // token indexes
	start, end int // rune offsets
	para       int
}

// maxSentenceTokens bounds the tokens of one sentence. The rules read a sentence whole,
// several of them looking back or ahead over it from each of its words, so their work grows
// with the square (or more) of a sentence's length: a scraped page that lost its full
// stops, a table flattened to one line or a comment dump makes one "sentence" of thousands
// of words that stalls an import for seconds. The longest sentence of the tune set and
// the seeds has 64 tokens, a long sentence of news prose some 100; 256 leaves every real
// sentence whole and keeps the work on hostile text linear in its length.
const maxSentenceTokens = 256

// splitSentences cuts tokens into sentences at terminal punctuation followed by a capital,
// a digit or a quotation mark, after a dotted abbreviation followed by a capitalized
// function word, and at paragraph breaks. It stamps each token with its sentence index.
// A run longer than maxSentenceTokens is cut at a safe point (overlongCut).
func (x *Extractor) splitSentences(toks []tokens.Token) []sentence {
	var out []sentence
	from := 0
	flush := func(to int) {
		if to > from {
			out = append(out, sentence{from: from, to: to, start: toks[from].Start, end: toks[to-1].End, para: toks[from].Para})
		}
		from = to
	}
	open := false // inside a straight double quotation: the next " closes it
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].Para != toks[i-1].Para {
			flush(i)
			open = false
		}
		if i-from >= maxSentenceTokens {
			flush(overlongCut(toks, from, i))
		}
		if toks[i].Text == "\"" {
			open = !open
		}
		if !x.endsSentence(toks, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Para == toks[i].Para && (isCloser(toks[j]) && (toks[j].Text != "\"" || open) && !opensGlued(toks, j) || toks[j].Text == ".") {
			if toks[j].Text == "\"" {
				open = false
			}
			j++
		}
		para := toks[i].Para
		i = j - 1 // the closers are read: a closing " must not toggle open again
		if j < len(toks) && toks[j].Text == "," {
			continue // `end this war.”, she said` goes on
		}
		if j >= len(toks) || toks[j].Para != para || startsSentence(toks[j]) {
			flush(j)
		}
	}
	flush(len(toks))
	for si, s := range out {
		for k := s.from; k < s.to; k++ {
			toks[k].Sent = si
		}
	}
	return out
}

// overlongCut returns where to cut the over-long run of tokens [from, to): after the last
// comma, semicolon, colon or dash of its second half, so that a list or a clause stays
// whole where it can, else at to.
func overlongCut(toks []tokens.Token, from, to int) int {
	for k := to - 1; k > from+(to-from)/2; k-- {
		switch toks[k].Text {
		case ",", ";", ":", "—", "–":
			return k + 1
		}
	}
	return to
}

// endsSentence reports whether token i may end a sentence.
func (x *Extractor) endsSentence(toks []tokens.Token, i int) bool {
	t := toks[i]
	if t.Kind == tokens.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?") {
		return true
	}
	// "... he posted on X. The PMO said ...": the platform X, not an initial
	if t.Text == "X." && i > 0 && i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Para == t.Para {
		switch toks[i-1].Low {
		case "on", "via", "to", "platform":
			return true
		}
	}
	// "... with the U.S. The talks ..."
	if t.Kind == tokens.Word && len(t.Text) > 2 && t.Text[len(t.Text)-1] == '.' && i+1 < len(toks) {
		n := toks[i+1]
		return n.Cap && n.Para == t.Para && opensSentence(n.Low) && !x.gaz.IsTitleWord(t.Low)
	}
	return false
}

// isCloser reports whether a token closes a quotation or parenthesis, the typewriter
// double mark of wire copy (two apostrophes after "project.", before "EU leaders") too.
func isCloser(t tokens.Token) bool {
	switch t.Text {
	case "”", "\"", "’", "'", ")", "»", "''", "’’":
		return true
	}
	return false
}

// opensGlued reports a doubled mark at j glued to the word after it: wire copy that
// prints both marks as two apostrophes opens the next quotation so, after "said." and
// before "We will", and a mark that opens belongs to the sentence after.
func opensGlued(toks []tokens.Token, j int) bool {
	t := toks[j]
	return (t.Text == "''" || t.Text == "’’") && j+1 < len(toks) && toks[j+1].Start == t.End && toks[j+1].Kind == tokens.Word
}

func startsSentence(t tokens.Token) bool {
	if t.Kind == tokens.QuoteMark || t.Text == "(" || t.Text == "[" {
		return true
	}
	r := []rune(t.Text)[0]
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
		if s.toks[k].Kind != tokens.Word {
			continue
		}
		if !s.inQuote[k] {
			return false
		}
		words++
	}
	return words > 0
}

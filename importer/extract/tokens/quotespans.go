package tokens

import (
	"strings"
	"unicode"
)

// QuoteSpan is one quotation: runes [start, end) of the words inside the marks, and the
// positions of the marks themselves.
type QuoteSpan struct {
	Open, Close int  // rune offsets of the opening and closing marks; close is the paragraph's end when openEnd
	Start, End  int  // the quoted words
	OpenEnd     bool // the paragraph ends with the quotation still open: it goes on in the next paragraph
	ContIn      bool // the quotation goes on from the paragraph before (its mark reopens it)
	Reopened    bool // no mark closes it: Close is the mark of the quotation that opens after its last sentence
	Unmarked    bool // ContIn with no mark reopening it: Open is its first word's offset (unmarkedClose)
}

// QuoteSpans finds double-quoted spans (straight, curly, or the typewriter “...” and
// ”...” of wire copy) and single-quoted spans outside them, paragraph by paragraph. A
// paragraph that opens a quotation without closing it continues in the next paragraph when
// that one opens with a quotation mark; each paragraph is a quotation of its own, as
// printed, the first marked openEnd and the next contIn. A straight quotation nested in a
// straight one stays inside it (nestedStraight).
func QuoteSpans(rs []rune) []QuoteSpan {
	var out []QuoteSpan
	carry := false // the last span of out was left open at the end of the previous paragraph
	for ps := 0; ps < len(rs); {
		pe := ps
		for pe < len(rs) && rs[pe] != '\n' {
			pe++
		}
		first := firstNonSpace(rs, ps, pe)
		if first < 0 { // a blank line between paragraphs
			ps = pe + 1
			continue
		}
		cont := carry && markWidth(rs, first, pe) > 0 && (rs[first] != '”' && rs[first] != '»' || opensLikeAMark(rs, first, ps, pe, markWidth(rs, first, pe)))
		unmarked := -1 // the closing mark of a carried quotation whose paragraph opens with no mark
		if carry && !cont {
			unmarked = unmarkedClose(rs, first, pe)
		}
		if carry && !cont && unmarked < 0 && !closedByParagraph(rs, out[len(out)-1]) {
			out = out[:len(out)-1] // the carried quotation was never closed: drop it
		}
		var spans []QuoteSpan
		from := ps
		if unmarked >= 0 {
			q := QuoteSpan{Open: first, Close: unmarked, Start: first, End: unmarked, ContIn: true, Unmarked: true}
			trimSpan(rs, &q)
			spans = append(spans, q)
			from = unmarked + markWidth(rs, unmarked, pe)
		}
		more, open := doubleSpans(rs, from, pe)
		if cont && len(more) > 0 && more[0].Open == first {
			more[0].ContIn = true
		}
		spans = append(spans, more...)
		out = append(out, spans...)
		out = append(out, singleSpans(rs, ps, pe, spans)...)
		carry = false
		if open >= 0 {
			q := QuoteSpan{Open: open, Close: pe, Start: open + markWidth(rs, open, pe), End: pe, OpenEnd: true, ContIn: cont && open == first}
			trimSpan(rs, &q)
			if q.End > q.Start {
				carry = true
				out = append(out, q)
			}
		}
		ps = pe + 1
	}
	if carry && !closedByParagraph(rs, out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return out
}

// unmarkedClose returns the closing mark that ends, in the paragraph whose first rune is at
// first, a quotation carried open from the paragraph before, when the paragraph opens with
// no mark and its first double mark closes after the end of a sentence: `said, "I think we
// learned a lot.` / `It was an emotional day."`, as copy that drops the reopening marks
// prints a quotation of several paragraphs. -1 otherwise.
func unmarkedClose(rs []rune, first, pe int) int {
	for i := first; i < pe; i++ {
		w := markWidth(rs, i, pe)
		if w == 0 {
			continue
		}
		if i == first || !closesMark(rs, i, pe) || !strings.ContainsRune(".?!", rs[i-1]) || i+w < pe && !unicode.IsSpace(rs[i+w]) {
			return -1
		}
		return i
	}
	return -1
}

// closedByParagraph reports a quotation left open at the end of its paragraph, and not
// continued in the next, that is whole sentences all the same: its mark opens a sentence
// (at the paragraph's start or after the end of one) and its words end one. The closing
// mark is missing, as in `," the coalition said. "This has been an encounter with the
// mediators.` at a paragraph's end; the quotation ends with the paragraph.
func closedByParagraph(rs []rune, q QuoteSpan) bool {
	if q.End <= q.Start {
		return false
	}
	if last := rs[q.End-1]; last != '.' && last != '?' && last != '!' {
		return false
	}
	j := q.Open - 1
	for j >= 0 && rs[j] != '\n' && unicode.IsSpace(rs[j]) {
		j--
	}
	return j < 0 || rs[j] == '\n' || (rs[j] == '.' || rs[j] == '?' || rs[j] == '!') && j < q.Open-1
}

// doubleSpans scans one paragraph for double quotation marks. It returns the closed spans
// and the opening offset of a quotation left open at the paragraph's end (or -1). An
// opening mark after the end of a sentence inside an open quotation (`... happen. "This
// spirit`) starts a new quotation: the paragraphs of a multi-paragraph quotation were run
// together, each still opening with its mark.
func doubleSpans(rs []rune, ps, pe int) ([]QuoteSpan, int) {
	var out []QuoteSpan
	open, width := -1, 0
	closeAt := func(i int) {
		q := QuoteSpan{Open: open, Close: i, Start: open + width, End: i}
		trimSpan(rs, &q)
		if q.End > q.Start {
			out = append(out, q)
		}
		open = -1
	}
	for i := ps; i < pe; i++ {
		w := markWidth(rs, i, pe)
		if w == 0 {
			continue
		}
		switch {
		case open < 0 && (rs[i] != '”' && rs[i] != '»' || opensLikeAMark(rs, i, ps, pe, w)):
			open, width = i, w
		case open >= 0 && reopens(rs, i, pe, w):
			closeAt(i)
			if len(out) > 0 && out[len(out)-1].Close == i {
				out[len(out)-1].Reopened = true
			}
			open, width = i, w
		case open >= 0 && rs[open] == '"' && nestedStraight(rs, i, pe) > i:
			i = nestedStraight(rs, i, pe) // `"I told him that "without air defence, we are lost," and he understood," X said.`
			continue
		case open >= 0 && closesMark(rs, i, pe):
			closeAt(i)
		}
		i += w - 1
	}
	return out, open
}

// nestedStraight returns the closing mark of a straight quotation nested in an open
// straight one, when the mark at i opens it (after a space or a bracket, before a letter
// or digit), the next straight mark closes it (after a word or punctuation) and a later one
// closes the outer quotation the same way: `"I told him that "without air defence, we are
// lost," and he understood," X said.` Copy that prints every mark straight nests them so;
// read in turn, the marks would quote the narration between them. -1 otherwise.
func nestedStraight(rs []rune, i, pe int) int {
	if rs[i] != '"' || i == 0 || !unicode.IsSpace(rs[i-1]) && rs[i-1] != '(' || i+1 >= pe || !unicode.IsLetter(rs[i+1]) && !unicode.IsDigit(rs[i+1]) {
		return -1
	}
	var marks []int
	for k := i + 1; k < pe && len(marks) < 2; k++ {
		if rs[k] == '"' {
			marks = append(marks, k)
		}
	}
	if len(marks) < 2 {
		return -1
	}
	for _, k := range marks {
		if unicode.IsSpace(rs[k-1]) || k+1 < pe && (unicode.IsLetter(rs[k+1]) || unicode.IsDigit(rs[k+1])) {
			return -1 // an opening mark: the marks alternate, no nesting
		}
	}
	return marks[0]
}

// markWidth is the number of runes of the double quotation mark at i: 2 for “ and ”,
// 1 for " “ ” „ « », 0 for anything else.
func markWidth(rs []rune, i, pe int) int {
	switch rs[i] {
	case '"', '“', '”', '„', '«', '»':
		return 1
	case '`', '\'', '‘', '’':
		if i+1 < pe && (rs[i+1] == rs[i] || rs[i] == '‘' && rs[i+1] == '’') {
			return 2 // ``...'', ''...'', ‘‘...’’ and ‘’...’’ of wire copy
		}
	}
	return 0
}

// opensLikeAMark reports a right double mark ” at i that stands where a quotation opens:
// at the paragraph's start or after a space, an opening bracket, or the comma or colon
// of an attribution whose space was lost, and right before a letter or a digit (`”We had
// a frank exchange,” Lavrov said.`, as some copy prints both marks alike; `the aide
// said,”they discussed ...”`, as a word processor curls a straight mark glued to the
// comma). A closing mark follows a word or punctuation and no quotation is open.
func opensLikeAMark(rs []rune, i, ps, pe, w int) bool {
	if rs[i] != '”' || i+w >= pe || !unicode.IsLetter(rs[i+w]) && !unicode.IsDigit(rs[i+w]) {
		return false
	}
	return i == ps || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("(—,:", rs[i-1])
}

// closesMark reports a mark that can close a quotation: ” » " ” always, “ only when
// followed by a space, punctuation or the end, “ never.
func closesMark(rs []rune, i, pe int) bool {
	switch rs[i] {
	case '”', '»', '"':
		return true
	case '\'', '’':
		return markWidth(rs, i, pe) == 2
	case '“':
		return i+1 >= pe || unicode.IsSpace(rs[i+1]) || unicode.IsPunct(rs[i+1])
	}
	return false
}

// reopens reports an opening mark of width w at i that follows the end of a sentence and a
// space and precedes a capital letter, inside an open quotation.
func reopens(rs []rune, i, pe, w int) bool {
	if rs[i] == '”' || rs[i] == '»' || i+w >= pe || !unicode.IsUpper(rs[i+w]) {
		return false
	}
	j := i - 1
	if j < 0 || !unicode.IsSpace(rs[j]) {
		return false
	}
	for j >= 0 && unicode.IsSpace(rs[j]) {
		j--
	}
	return j >= 0 && (rs[j] == '.' || rs[j] == '?' || rs[j] == '!')
}

// singleSpans finds ‘…’ and '…' quotations outside the double-quoted spans, and those
// wire copy and the treebanks print with a backquote to open them: the opening mark
// follows a space or the paragraph start and precedes a letter; the closing mark follows
// a letter or punctuation and precedes a space, punctuation or the end.
func singleSpans(rs []rune, ps, pe int, doubles []QuoteSpan) []QuoteSpan {
	var out []QuoteSpan
	open := -1
	covered := coverage(doubles, ps, pe)
	for i := ps; i < pe; i++ {
		if covered != nil && covered[i-ps] > 0 {
			continue
		}
		r := rs[i]
		if r != '‘' && r != '\'' && r != '’' && r != '`' || (i+1 < pe && rs[i+1] == r || i > ps && rs[i-1] == r) || r == '‘' && i+1 < pe && rs[i+1] == '’' || r == '’' && i > ps && rs[i-1] == '‘' {
			continue // '', ``, ‘‘ ’’ and ‘’ are double marks
		}
		before := i == ps || unicode.IsSpace(rs[i-1]) || rs[i-1] == '('
		after := i+1 < pe && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]))
		switch {
		case open < 0 && before && after && r != '’':
			open = i
		case open >= 0 && !before && !after && r != '‘' && r != '`' && i-1 > open && !pluralPossessive(rs, i, pe):
			q := QuoteSpan{Open: open, Close: i, Start: open + 1, End: i}
			trimSpan(rs, &q)
			if q.End > q.Start {
				out = append(out, q)
			}
			open = -1
		}
	}
	return out
}

// coverage counts for each rune of [ps, pe) the spans whose marks enclose it, from the
// opening mark to the rune after the closing one. It is counted once per paragraph, in one
// pass over it: asking every span for every rune cost the square of a paragraph of
// thousands of unbalanced marks. Nil when there are no spans.
func coverage(spans []QuoteSpan, ps, pe int) []int {
	if len(spans) == 0 {
		return nil
	}
	covered := make([]int, pe-ps+1)
	for _, q := range spans {
		from, to := max(q.Open, ps), min(q.Close+2, pe) // [Open, Close+1]
		if from < to {
			covered[from-ps]++
			covered[to-ps]--
		}
	}
	for i := 1; i < len(covered); i++ {
		covered[i] += covered[i-1]
	}
	return covered
}

func trimSpan(rs []rune, q *QuoteSpan) {
	for q.Start < q.End && unicode.IsSpace(rs[q.Start]) {
		q.Start++
	}
	for q.End > q.Start && unicode.IsSpace(rs[q.End-1]) {
		q.End--
	}
}

func firstNonSpace(rs []rune, ps, pe int) int {
	for i := ps; i < pe; i++ {
		if !unicode.IsSpace(rs[i]) {
			return i
		}
	}
	return -1
}

// pluralPossessive reports an apostrophe at i after a plural's s and before a lower-case
// word, when a later mark of the paragraph can still close the quotation: "The
// Americans’ position is unchanged.’" The apostrophe is the possessive's, not the close.
func pluralPossessive(rs []rune, i, pe int) bool {
	if i < 1 || rs[i-1] != 's' || i+2 >= pe || rs[i+1] != ' ' || !unicode.IsLower(rs[i+2]) {
		return false
	}
	for j := i + 2; j < pe; j++ {
		if (rs[j] == '’' || rs[j] == '\'') && (j+1 >= pe || unicode.IsSpace(rs[j+1]) || unicode.IsPunct(rs[j+1])) && !unicode.IsLetter(rs[j-1]) || (rs[j] == '’' || rs[j] == '\'') && j+1 >= pe {
			return true
		}
	}
	return false
}

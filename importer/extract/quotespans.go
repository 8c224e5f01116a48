package extract

import "unicode"

// qspan is one quotation: runes [start, end) of the words inside the marks, and the
// positions of the marks themselves.
type qspan struct {
	open, close int  // rune offsets of the opening and closing marks
	start, end  int  // the quoted words
	joined      bool // a multi-paragraph quotation
}

// quoteSpans finds double-quoted spans (straight or curly) and single-quoted spans
// outside them, paragraph by paragraph. A paragraph that opens a quotation without closing
// it continues in the next paragraph when that one opens with a quotation mark.
func quoteSpans(rs []rune) []qspan {
	var out []qspan
	openAt := -1 // an unclosed double quotation carried over from the previous paragraph
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
		if openAt >= 0 && (first < 0 || !isDoubleOpen(rs[first])) {
			openAt = -1 // the carried quotation was never closed: drop it
		}
		spans, carry := doubleSpans(rs, ps, pe, openAt)
		out = append(out, spans...)
		out = append(out, singleSpans(rs, ps, pe, spans)...)
		openAt = carry
		ps = pe + 1
	}
	return out
}

// doubleSpans scans one paragraph for double quotation marks. openAt >= 0 continues a
// quotation opened in an earlier paragraph (its own opening mark is then skipped). It
// returns the closed spans and the opening offset of a quotation left open at the end.
func doubleSpans(rs []rune, ps, pe, openAt int) ([]qspan, int) {
	var out []qspan
	open := -1
	i := ps
	if openAt >= 0 {
		open = openAt
		i = firstNonSpace(rs, ps, pe) + 1
	}
	for ; i < pe; i++ {
		r := rs[i]
		switch {
		case open < 0 && (r == '“' || r == '„' || r == '«' || r == '"'):
			open = i
		case open >= 0 && (r == '”' || r == '»' || r == '"' || r == '“' && closesHere(rs, i, pe)):
			q := qspan{open: open, close: i, start: open + 1, end: i, joined: open < ps}
			trimSpan(rs, &q)
			if q.end > q.start {
				out = append(out, q)
			}
			open = -1
		}
	}
	if open >= 0 {
		return out, open
	}
	return out, -1
}

// closesHere reports a “ used as a closing mark: followed by a space, punctuation or the end.
func closesHere(rs []rune, i, pe int) bool {
	return i+1 >= pe || unicode.IsSpace(rs[i+1]) || unicode.IsPunct(rs[i+1])
}

// singleSpans finds ‘…’ and '…' quotations outside the double-quoted spans: the opening
// mark follows a space or the paragraph start and precedes a letter; the closing mark
// follows a letter or punctuation and precedes a space, punctuation or the end.
func singleSpans(rs []rune, ps, pe int, doubles []qspan) []qspan {
	var out []qspan
	open := -1
	for i := ps; i < pe; i++ {
		if inside(doubles, i) {
			continue
		}
		r := rs[i]
		if r != '‘' && r != '\'' && r != '’' {
			continue
		}
		before := i == ps || unicode.IsSpace(rs[i-1]) || rs[i-1] == '('
		after := i+1 < pe && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]))
		switch {
		case open < 0 && before && after && r != '’':
			open = i
		case open >= 0 && !before && !after && r != '‘' && i-1 > open:
			q := qspan{open: open, close: i, start: open + 1, end: i}
			trimSpan(rs, &q)
			if q.end > q.start {
				out = append(out, q)
			}
			open = -1
		}
	}
	return out
}

func inside(spans []qspan, i int) bool {
	for _, q := range spans {
		if i >= q.open && i <= q.close {
			return true
		}
	}
	return false
}

func trimSpan(rs []rune, q *qspan) {
	for q.start < q.end && unicode.IsSpace(rs[q.start]) {
		q.start++
	}
	for q.end > q.start && unicode.IsSpace(rs[q.end-1]) {
		q.end--
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

func isDoubleOpen(r rune) bool { return r == '“' || r == '"' || r == '„' || r == '«' }

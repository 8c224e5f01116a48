package extract

import (
	"strings"
	"unicode"
)

// tokKind tells words from punctuation and quotation marks.
type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // , . ; : ! ? ( ) and dashes
	tQuote         // a quotation mark: " “ ” ‘ ’ or a straight ' outside a word
	tPoss          // the possessive 's split off a word, so that names stay clean
)

// token is one word or mark with its rune offsets in the article text.
type token struct {
	text       string
	low        string
	start, end int // rune offsets, end exclusive
	kind       tokKind
	cap        bool // starts with an upper-case letter
	para       int  // paragraph index
	sent       int  // sentence index
}

// tokenize splits runes into tokens. Periods stay inside abbreviations ("U.S.", "Gen.",
// "J."), possessives are split off, and a newline starts a new paragraph.
func tokenize(rs []rune) []token {
	// About one token per four runes of news text: sized once, the slice is not copied
	// while it grows (its growth was a quarter of an import's allocations).
	toks := make([]token, 0, len(rs)/4+16)
	para := 0
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			if len(toks) > 0 && toks[len(toks)-1].para == para {
				para++
			}
			i++
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(rs, i)
			toks = appendWord(toks, rs, i, j, para)
			i = j
		case (r == '`' || r == '\'') && i+1 < len(rs) && rs[i+1] == r:
			// the typewriter double marks of wire copy: ``...'' and ''...''
			toks = append(toks, token{text: string(rs[i : i+2]), low: string(rs[i : i+2]), start: i, end: i + 2, kind: tQuote, para: para})
			i += 2
		default:
			kind := tPunct
			if isQuoteMark(r) {
				kind = tQuote
			}
			toks = append(toks, token{text: string(r), low: string(r), start: i, end: i + 1, kind: kind, para: para})
			i++
		}
	}
	return toks
}

// wordEnd returns the end of the word starting at i: letters and digits joined by inner
// apostrophes, hyphens, periods, colons between digits and commas between digits.
func wordEnd(rs []rune, i int) int {
	j := i
	for j < len(rs) {
		r := rs[j]
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j++
			continue
		}
		next := rune(0)
		if j+1 < len(rs) {
			next = rs[j+1]
		}
		inner := (r == '\'' || r == '’' || r == '-' || r == '.' || r == '‐') && (unicode.IsLetter(next) || unicode.IsDigit(next))
		numeric := (r == ':' || r == ',') && unicode.IsDigit(next) && unicode.IsDigit(rs[j-1])
		if !inner && !numeric {
			break
		}
		j++
	}
	// keep the final period of an abbreviation or initial
	if j < len(rs) && rs[j] == '.' && isAbbrev(rs[i:j]) {
		j++
	}
	return j
}

// appendWord adds the word rs[i:j], splitting off a possessive 's.
func appendWord(toks []token, rs []rune, i, j, para int) []token {
	w := string(rs[i:j])
	if n := j - i; n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		toks = append(toks, newWord(string(rs[i:j-2]), i, j-2, para))
		return append(toks, token{text: string(rs[j-2 : j]), low: "'s", start: j - 2, end: j, kind: tPoss, para: para})
	}
	return append(toks, newWord(w, i, j, para))
}

func newWord(w string, start, end, para int) token {
	first := []rune(w)[0]
	return token{text: w, low: strings.ToLower(w), start: start, end: end, kind: tWord, cap: unicode.IsUpper(first), para: para}
}

// isAbbrev reports whether a word followed by a period keeps the period: initials,
// dotted abbreviations and the usual titles and month abbreviations.
func isAbbrev(w []rune) bool {
	if len(w) == 1 && unicode.IsUpper(w[0]) {
		return true
	}
	s := string(w)
	if strings.Contains(s, ".") {
		return true
	}
	switch strings.ToLower(s) {
	case "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "sgt", "adm", "brig", "capt", "rev",
		"sen", "rep", "gov", "st", "jr", "sr", "prof", "cmdr", "cdr", "amb", "pres", "dept",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs":
		return true
	}
	return false
}

// isQuoteMark reports whether r is a double or single quotation mark.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '\'', '‘', '’':
		return true
	}
	return false
}

package tokens

import (
	"strings"
	"unicode"
)

// Kind tells words from punctuation and quotation marks.
type Kind uint8

const (
	Word      Kind = iota
	Punct          // , . ; : ! ? ( ) and dashes
	QuoteMark      // a quotation mark: " “ ” ‘ ’ or a straight ' outside a word
	Poss           // the possessive 's split off a word, so that names stay clean
)

// Token is one word or mark with its rune offsets in the article text.
type Token struct {
	Text       string
	Low        string
	Start, End int // rune offsets, end exclusive
	Kind       Kind
	Cap        bool // starts with an upper-case letter
	Para       int  // paragraph index
	Sent       int  // sentence index
}

// Tokenize splits runes into tokens. Periods stay inside abbreviations ("U.S.", "Gen.",
// "J."), possessives are split off, and a newline starts a new paragraph.
func Tokenize(rs []rune) []Token {
	// About one token per four runes of news text: sized once, the slice is not copied
	// while it grows (its growth was a quarter of an import's allocations).
	toks := make([]Token, 0, len(rs)/4+16)
	para := 0
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			if len(toks) > 0 && toks[len(toks)-1].Para == para {
				para++
			}
			i++
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(rs, i)
			toks = appendWord(toks, rs, i, j, para)
			i = j
		case (r == '`' || r == '\'' || r == '‘' || r == '’') && i+1 < len(rs) && (rs[i+1] == r || r == '‘' && rs[i+1] == '’'):
			// the typewriter double marks of wire copy: ``...'', ''...'', ‘‘...’’ and ‘’...’’
			toks = append(toks, Token{Text: string(rs[i : i+2]), Low: string(rs[i : i+2]), Start: i, End: i + 2, Kind: QuoteMark, Para: para})
			i += 2
		default:
			kind := Punct
			if isQuoteMark(r) {
				kind = QuoteMark
			}
			toks = append(toks, Token{Text: string(r), Low: string(r), Start: i, End: i + 1, Kind: kind, Para: para})
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
	if j < len(rs) && rs[j] == '.' && isAbbrev(rs[i:j]) && !monthAtSentenceEnd(rs, i, j) && !titleAtSentenceEnd(rs, i, j) {
		j++
	}
	return j
}

// monthAtSentenceEnd reports a month's abbreviation rs[i:j] whose period ends the sentence:
// at the end of the text or a line, or before a capitalized word. A date goes on with a
// day or a year ("Jun. 5", "Sept. 2024"); a name whose last word is also a month's short
// form does not ("met Chinese Defense Minister Dong Jun. The talks lasted"), and with the
// period kept inside the word the name lost "Jun" to the calendar.
func monthAtSentenceEnd(rs []rune, i, j int) bool {
	if !isMonthAbbrev(strings.ToLower(string(rs[i:j]))) {
		return false
	}
	k := j + 1
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	return k >= len(rs) || rs[k] == '\n' || k > j+1 && unicode.IsUpper(rs[k])
}

// titleAtSentenceEnd reports a title's short form rs[i:j] after a capitalized word whose
// period ends the sentence: at the end of the text or a line, or before "The", "He" and
// the like, which open no name. A title goes on with the name it stands before ("Sen.
// Warren"); a name whose last word is also a title's short form does not ("held talks with
// Prime Minister Hun Sen. The two discussed trade"), and with the period kept inside the
// word the name lost "Sen" to the office.
func titleAtSentenceEnd(rs []rune, i, j int) bool {
	switch strings.ToLower(string(rs[i:j])) {
	case "sen", "gen", "col", "maj", "capt", "rev", "rep", "gov", "pres", "amb", "hon":
	default:
		return false
	}
	h := i - 1
	for h >= 0 && rs[h] == ' ' {
		h--
	}
	g := h
	for g >= 0 && unicode.IsLetter(rs[g]) {
		g--
	}
	if h < 0 || g == h || !unicode.IsUpper(rs[g+1]) {
		return false // no capitalized word before it: "the Gen. X", a title opening its sentence
	}
	k := j + 1
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	if k >= len(rs) || rs[k] == '\n' {
		return true
	}
	e := k
	for e < len(rs) && unicode.IsLetter(rs[e]) {
		e++
	}
	switch string(rs[k:e]) {
	case "The", "He", "She", "They", "It", "We", "I", "This", "That", "Their", "His", "Her", "In", "On", "At", "But", "And":
		return true
	}
	return false
}

// isMonthAbbrev reports the short forms of months that take a period.
func isMonthAbbrev(w string) bool {
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// appendWord adds the word rs[i:j], splitting off a possessive 's and a leading "ex-" (a
// word of its own, so that the title or party after it reads as in "former Labour MP X":
// "Ex-Labour MP X", "ex-president Y").
func appendWord(toks []Token, rs []rune, i, j, para int) []Token {
	if j-i > 4 && (rs[i] == 'e' || rs[i] == 'E') && rs[i+1] == 'x' && rs[i+2] == '-' && unicode.IsLetter(rs[i+3]) {
		toks = append(toks, newWord(string(rs[i:i+3]), i, i+3, para))
		i += 3
	}
	w := string(rs[i:j])
	if n := j - i; n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		toks = append(toks, newWord(string(rs[i:j-2]), i, j-2, para))
		return append(toks, Token{Text: string(rs[j-2 : j]), Low: "'s", Start: j - 2, End: j, Kind: Poss, Para: para})
	}
	return append(toks, newWord(w, i, j, para))
}

func newWord(w string, start, end, para int) Token {
	first := []rune(w)[0]
	return Token{Text: w, Low: lowFold(w), Start: start, End: end, Kind: Word, Cap: unicode.IsUpper(first), Para: para}
}

// lowFold is the form the rules compare: lowercased, with a typographic apostrophe read as
// the straight one, so that "didn’t" and "didn't" are one word to the lexicon.
func lowFold(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
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
		"sen", "rep", "gov", "st", "jr", "sr", "prof", "cmdr", "cdr", "amb", "pres", "dept", "hon",
		"no", "vs", "engr", "alh":
		return true
	}
	return isMonthAbbrev(strings.ToLower(s))
}

// isQuoteMark reports whether r is a double or single quotation mark; the backquote
// opens a single quotation in wire copy.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '\'', '‘', '’', '`':
		return true
	}
	return false
}

func (k Kind) String() string {
	switch k {
	case Punct:
		return "punct"
	case QuoteMark:
		return "quote"
	case Poss:
		return "poss"
	}
	return "word"
}

package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits one sentence (or any stretch of text) into tokens the way Universal
// Dependencies' English treebanks do: punctuation is split off, clitics are their own
// tokens ("do"+"n't", "Putin"+"'s", "I"+"'m", "can"+"not"), hyphenated words are split
// at the hyphen, while abbreviations ("U.S.", "Mr.", "Gen."), numbers ("1,200.5",
// "10:30"), URLs and e-mail addresses stay whole. base is added to every offset: pass
// the rune offset of text in the article to get article offsets back. Only Text, Start
// and End are set; Head is -1.
func Tokenize(text string, base int) []Token {
	var toks []Token
	tk := tokenizer{text: text, base: base}
	tk.run(func(a, b int) {
		toks = append(toks, Token{Text: tk.text[tk.byteAt(a):tk.byteAt(b)], Head: -1, Start: base + a, End: base + b})
	})
	return toks
}

// tokenizer holds the runes of one text and the byte offset of each rune, so tokens
// are substrings of the input (no copies) while their offsets count runes.
type tokenizer struct {
	text  string
	base  int
	runes []rune
	bytes []int // bytes[i] is the byte offset of rune i; bytes[len(runes)] == len(text)
}

func (tk *tokenizer) byteAt(i int) int { return tk.bytes[i] }

func (tk *tokenizer) run(emit func(a, b int)) {
	tk.runes = make([]rune, 0, len(tk.text))
	tk.bytes = make([]int, 0, len(tk.text)+1)
	for i, r := range tk.text {
		tk.runes = append(tk.runes, r)
		tk.bytes = append(tk.bytes, i)
	}
	tk.bytes = append(tk.bytes, len(tk.text))
	n := len(tk.runes)
	for i := 0; i < n; {
		if unicode.IsSpace(tk.runes[i]) {
			i++
			continue
		}
		j := i
		for j < n && !unicode.IsSpace(tk.runes[j]) {
			j++
		}
		tk.chunk(i, j, emit)
		i = j
	}
}

// chunk splits one whitespace-delimited stretch [a, b) into tokens.
func (tk *tokenizer) chunk(a, b int, emit func(a, b int)) {
	r := tk.runes
	// Leading punctuation: quotes, brackets, dashes, currency.
	for a < b && isLeadPunct(r[a]) && !(r[a] == '.' && a+1 < b && isDigit(r[a+1])) {
		if r[a] == '\'' || r[a] == '’' {
			// '90s, 'em: keep an apostrophe that starts a clipped word.
			if a+1 < b && tk.clippedWord(a, b) {
				break
			}
		}
		emit(a, a+1)
		a++
	}
	if a >= b {
		return
	}
	if tk.isURLOrEmail(a, b) {
		end := b
		for end > a && strings.ContainsRune(".,;:!?)]}\"'”’»", r[end-1]) {
			end--
		}
		emit(a, end)
		for k := end; k < b; k++ {
			emit(k, k+1)
		}
		return
	}
	// Trailing punctuation, collected right to left and emitted after the core.
	var tail [16][2]int
	nt := 0
	for b > a && nt < len(tail) {
		c := r[b-1]
		if c == '.' {
			if b-a >= 3 && r[b-2] == '.' && r[b-3] == '.' {
				tail[nt] = [2]int{b - 3, b}
				nt++
				b -= 3
				continue
			}
			if tk.isAbbrev(a, b) {
				break
			}
			tail[nt] = [2]int{b - 1, b}
			nt++
			b--
			continue
		}
		if isTrailPunct(c) {
			tail[nt] = [2]int{b - 1, b}
			nt++
			b--
			continue
		}
		break
	}
	tk.core(a, b, emit)
	for k := nt - 1; k >= 0; k-- {
		emit(tail[k][0], tail[k][1])
	}
}

// core splits a word stripped of outer punctuation: clitics, hyphens, slashes, % and
// currency signs, and inner punctuation that cannot belong to a number or abbreviation.
func (tk *tokenizer) core(a, b int, emit func(a, b int)) {
	r := tk.runes
	if a >= b {
		return
	}
	if tk.isAbbrev(a, b) || tk.isNumber(a, b) {
		emit(a, b)
		return
	}
	// Split at hyphens between letters, slashes, and other inner symbols.
	for k := a + 1; k < b-1; k++ {
		c := r[k]
		split := false
		switch {
		case c == '-' || c == '–' || c == '—':
			split = !(isDigit(r[k-1]) && isDigit(r[k+1])) || c != '-'
		case c == '/' || c == ',' && !isDigit(r[k+1]) || c == ';' || c == '"' || c == '(' || c == ')' || c == '…':
			split = true
		}
		if split {
			tk.core(a, k, emit)
			emit(k, k+1)
			tk.core(k+1, b, emit)
			return
		}
	}
	// Currency before a number, percent after it.
	if b-a > 1 && isCurrency(r[a]) {
		emit(a, a+1)
		tk.core(a+1, b, emit)
		return
	}
	if b-a > 1 && r[b-1] == '%' {
		tk.core(a, b-1, emit)
		emit(b-1, b)
		return
	}
	// Clitics.
	if n := tk.cliticAt(a, b); n > 0 {
		if b-n > a {
			tk.core(a, b-n, emit)
		}
		emit(b-n, b)
		return
	}
	if k := splitWhole(r[a:b]); k > 0 {
		emit(a, a+k)
		emit(a+k, b)
		return
	}
	emit(a, b)
}

// splitWhole returns where to split words that UD writes as two: cannot, gonna,
// wanna, gotta.
func splitWhole(w []rune) int {
	if len(w) < 5 || len(w) > 6 {
		return 0
	}
	s := strings.ToLower(string(w))
	switch s {
	case "cannot":
		return 3
	case "gonna", "wanna", "gotta":
		return 3
	}
	return 0
}

// cliticAt returns the length of a clitic ending the word [a, b): n't, 's, 're, 've,
// 'll, 'd, 'm (straight or curly apostrophe), or 0.
func (tk *tokenizer) cliticAt(a, b int) int {
	r := tk.runes
	n := b - a
	lower := func(i int) rune { return unicode.ToLower(r[i]) }
	isApos := func(c rune) bool { return c == '\'' || c == '’' }
	if n >= 4 && lower(b-1) == 't' && isApos(r[b-2]) && lower(b-3) == 'n' {
		return 3
	}
	if n >= 3 && isApos(r[b-2]) {
		switch lower(b - 1) {
		case 's', 'd', 'm':
			return 2
		}
	}
	if n >= 4 && isApos(r[b-3]) {
		switch string([]rune{lower(b - 2), lower(b - 1)}) {
		case "re", "ve", "ll":
			return 3
		}
	}
	return 0
}

// clippedWord reports whether an apostrophe at a starts a clipped form such as '90s.
func (tk *tokenizer) clippedWord(a, b int) bool {
	r := tk.runes
	return b-a >= 3 && isDigit(r[a+1]) && isDigit(r[a+2])
}

// isAbbrev reports whether [a, b) ending in '.' is an abbreviation that keeps its
// period: letters separated by periods (U.S., a.m.), a single capital (J.), or a known
// title or short form (Mr., Gen., Jan., Inc.).
func (tk *tokenizer) isAbbrev(a, b int) bool {
	r := tk.runes
	if b-a < 2 || r[b-1] != '.' {
		return false
	}
	w := r[a : b-1]
	if len(w) == 1 && unicode.IsLetter(w[0]) {
		return true
	}
	inner := false
	for k, c := range w {
		if c == '.' {
			if k == 0 || !unicode.IsLetter(w[k-1]) {
				return false
			}
			inner = true
			continue
		}
		if !unicode.IsLetter(c) {
			return false
		}
	}
	if inner {
		return true
	}
	_, ok := abbreviations[strings.ToLower(string(w))]
	return ok
}

// abbreviations are short forms that end with a period in English news text.
var abbreviations = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl
		pvt rep sen gov pres amb rev hon st jr sr inc corp ltd co bros vs etc
		jan feb apr jun jul aug sep sept oct nov dec mon tue tues thu thurs fri
		mt ft ave blvd rd dept univ assn approx cf al viz`) {
		m[w] = struct{}{}
	}
	return m
}()

// isNumber reports whether [a, b) is a number with inner separators: 1,200 3.5 10:30
// 1990s 2nd.
func (tk *tokenizer) isNumber(a, b int) bool {
	r := tk.runes
	if !isDigit(r[a]) && !(r[a] == '.' && b-a > 1 && isDigit(r[a+1])) {
		return false
	}
	for k := a; k < b; k++ {
		c := r[k]
		if isDigit(c) {
			continue
		}
		if (c == ',' || c == '.' || c == ':') && k+1 < b && isDigit(r[k+1]) {
			continue
		}
		if unicode.IsLetter(c) && k > a && isDigit(r[k-1]) || unicode.IsLetter(c) && k > a && unicode.IsLetter(r[k-1]) {
			continue // 1990s, 2nd, 10am
		}
		return false
	}
	return true
}

// isURLOrEmail reports whether [a, b) looks like a URL or an e-mail address.
func (tk *tokenizer) isURLOrEmail(a, b int) bool {
	s := strings.ToLower(tk.text[tk.byteAt(a):tk.byteAt(b)])
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") {
		return true
	}
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.Contains(s[at:], ".") && utf8.RuneCountInString(s[at:]) > 3
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isCurrency(c rune) bool { return c == '$' || c == '€' || c == '£' || c == '¥' }

func isLeadPunct(c rune) bool {
	switch c {
	case '"', '\'', '(', '[', '{', '«', '“', '‘', '„', '¿', '¡', '-', '–', '—', '*', '#', '•', '…', '.', ',', ';', ':', '/', '<', '>':
		return true
	}
	return false
}

func isTrailPunct(c rune) bool {
	switch c {
	case ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'', '»', '”', '’', '…', '-', '–', '—', '*', '/', '<', '>':
		return true
	}
	return false
}

package names

import "strings"

// Translit spells one folded name word in a normal form under which the usual English
// transliterations of Slavic, Arabic and Persian names coincide:
//
//   - "th" is "t" (Anthony/Antony), "kh" is "h" (Mikhail/Mihail), "ph" is "f", "x" is
//     "ks" (Alexei/Aleksei), a leading "ye" is "e" (Yevgeny/Evgeny);
//   - a doubled letter is single (Zelenskyy/Zelensky, Mohammed/Mohamed);
//   - "yev" after a vowel is "ev" (Tokayev/Tokaev, Aliyev/Aliev, Mirziyoyev/Mirziyoev,
//     Andreyev/Andreev): the Cyrillic "е" of the "-ev" ending and of patronymics, which
//     some systems write "ye" after a vowel and others "e";
//   - the endings -iy, -yi, -ij and a final -i are "y" (Oleksiy/Oleksii,
//     Valeriy/Valery, Dmitri/Dmitriy/Dmitry, Sergei/Sergey), a final -ia is "ya"
//     (Nebenzia/Nebenzya).
//
// The rules only touch words of four letters or more, so short names (Xi, Li, Ali) keep
// their spelling. They may merge two genuinely different spellings of different people only
// when those spellings are themselves transliteration variants, which for resolution
// within diplomatic news is the intended trade.
func Translit(w string) string {
	if len([]rune(w)) < 4 {
		return w
	}
	w = respell(w)
	if strings.HasPrefix(w, "ye") {
		w = w[1:]
	}
	w = undouble(dropGlide(w))
	if strings.HasSuffix(w, "ia") && len(w) >= 5 {
		return strings.TrimSuffix(w, "ia") + "ya" // Nebenzia/Nebenzya
	}
	for _, end := range []string{"iy", "yi", "ij"} {
		if strings.HasSuffix(w, end) {
			return strings.TrimSuffix(w, end) + "y"
		}
	}
	if strings.HasSuffix(w, "i") {
		w = strings.TrimSuffix(w, "i") + "y"
	}
	return w
}

// dropGlide drops the "y" of "yev" after a vowel ("tokayev" -> "tokaev").
func dropGlide(w string) string {
	for i := 1; i+3 <= len(w); i++ {
		if w[i:i+3] == "yev" && isVowel(w[i-1]) {
			return w[:i] + dropGlide(w[i+1:])
		}
	}
	return w
}

// undouble collapses runs of one repeated letter ("yy" -> "y", "ii" -> "i").
func undouble(w string) string {
	var b strings.Builder
	var prev rune
	for i, r := range w {
		if i > 0 && r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// respell applies th->t, kh->h, ph->f and x->ks in one pass.
func respell(w string) string {
	var b strings.Builder
	b.Grow(len(w) + 2)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i+1 < len(w) && w[i+1] == 'h' && (c == 't' || c == 'k' || c == 'p') {
			switch c {
			case 'p':
				b.WriteByte('f')
			case 'k':
				b.WriteByte('h')
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		if c == 'x' {
			b.WriteString("ks")
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

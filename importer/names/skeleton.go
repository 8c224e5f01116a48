package names

import "strings"

// Skeleton is a name key with the vowels of its longer words left out: the form under
// which transliterations that Key keeps apart coincide because they differ only in how
// they write the vowels of Arabic and Persian names ("Mohammed"/"Muhammad",
// "Haniyeh"/"Haniya", "Ebrahim"/"Ibrahim", "Rouhani"/"Rohani"). A final "h" after a vowel
// goes too (the ta marbuta some write as "-eh" or "-ah" and others as "-a"), and so does a
// final "g" after a vowel, that "h" in a Russian form ("Oleh"/"Oleg"). Words of
// fewer than four letters ("Xi", "bin", "Ali", "Un") keep their spelling, as in Translit.
// "gh" is "q": the Arabic and Persian qaf that some write one way and some the other
// ("Araghchi"/"Araqchi", "Ghalibaf"/"Qalibaf"). A "y" past a word's first letter is a vowel
// and an "h" of no digraph (sh, ch, kh, th, ...) is "g": a Ukrainian name transliterated
// from its Russian form, as Moscow's agencies and many wires write it, has g for h and i
// for y ("Hrytsenko"/"Gritsenko", "Dmytro"/"Dmitry"), while Kyiv's own press keeps h and y.
// "dj" is "j", as French spellings of Maghreb names write it ("Abdelmadjid"/"Abdelmajid").
//
// Two names with one skeleton are a weaker match than two with one Key ("Hassan" and
// "Hussein" share one): the importer takes it only when a single known actor has it.
func Skeleton(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		if len(w) < 4 {
			continue
		}
		if n := len(w); (w[n-1] == 'h' || w[n-1] == 'g') && isVowel(w[n-2]) {
			w = w[:n-1]
		}
		var b strings.Builder
		for j := 0; j < len(w); j++ {
			switch {
			case w[j] == 'g' && j+1 < len(w) && w[j+1] == 'h':
				b.WriteByte('q')
				j++
			case w[j] == 'd' && j+1 < len(w) && w[j+1] == 'j':
				// the French "dj" of a Maghreb name is the English "j": "Abdelmadjid"/"Abdelmajid"
			case w[j] == 'y' && j > 0:
				// a vowel but at the start: "Hrytsenko"/"Gritsenko", "Dmytro"/"Dmitry"
			case w[j] == 'h' && (j == 0 || !strings.ContainsRune("cdkpstz", rune(w[j-1]))):
				b.WriteByte('g') // not of a digraph: Ukrainian h is Russian g ("Hrytsenko"/"Gritsenko", "Olha"/"Olga")
			case !isVowel(w[j]):
				b.WriteByte(w[j])
			}
		}
		if b.Len() == 0 {
			continue // a word of vowels keeps them
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// WithoutNasab is an Arabic name key without the "bin" (or "ibn", "bint") and the father's
// name that follow the given name, the form some outlets use ("Badr bin Hamad Al Busaidi"
// is "Badr Al Busaidi" to others); "" when the key has no nasab.
func WithoutNasab(key string) string {
	words := strings.Fields(key)
	for i := 1; i+1 < len(words); i++ {
		switch words[i] {
		case "bin", "ibn", "bint":
			return strings.Join(append(words[:i:i], words[i+2:]...), " ")
		}
	}
	return ""
}

// Nasab is the core of an Arabic name key that has one: the given name, "bin" and the
// father's name ("faisal bin farhan"), the part every outlet writes, where some add the
// grandfather ("bin abdula"), the family ("al saud", "al nahyan") or titles before it
// ("sheikh", "amir"). "ibn" is read as "bin" and "bint" kept; "" when the key has no nasab.
func Nasab(key string) string {
	words := strings.Fields(key)
	for i := 1; i+1 < len(words); i++ {
		switch words[i] {
		case "bin", "ibn":
			return words[i-1] + " bin " + words[i+1]
		case "bint":
			return words[i-1] + " bint " + words[i+1]
		}
	}
	return ""
}

package parse

import "unicode"

// Features are 32-bit hashes of a template number and its atoms (word hashes, tags,
// labels, distances). The weight tables are keyed by these hashes, so no feature
// string is ever built: extracting a feature is two multiplications.

const (
	hashSeed  = 0x9E3779B97F4A7C15
	hashPrime = 0xBF58476D1CE4E5B9
)

// mix folds v into the running hash h.
func mix(h, v uint64) uint64 {
	h ^= v + hashSeed + (h << 6) + (h >> 2)
	h *= hashPrime
	return h ^ (h >> 31)
}

func feat1(t, a uint64) uint32       { return fin(mix(mix(uint64(t)*hashSeed, a), 1)) }
func feat2(t, a, b uint64) uint32    { return fin(mix(mix(mix(t*hashSeed, a), b), 2)) }
func feat3(t, a, b, c uint64) uint32 { return fin(mix(mix(mix(mix(t*hashSeed, a), b), c), 3)) }

// fin truncates a hash to a feature key; 0 marks an empty slot in the tables.
func fin(h uint64) uint32 {
	k := uint32(h ^ (h >> 32))
	if k == 0 {
		k = 1
	}
	return k
}

// strHash hashes a string (FNV-1a 64).
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// wordAtoms are the hashed views of one word the tagger and parser use.
type wordAtoms struct {
	norm   uint64 // lowercased form; numbers collapsed to a few classes
	form   uint64 // exact form
	pre    [3]uint64
	suf    [4]uint64
	shape  uint64
	dict   uint64 // tag-dictionary tag + 1, 0 when the word is not in the dictionary
	isNum  bool
	hasCap bool
}

// atomsOf computes the atoms of a word without allocating.
func atomsOf(w string) wordAtoms {
	var a wordAtoms
	const off = 14695981039346656037
	const prime = 1099511628211
	norm, form, shape := uint64(off), uint64(off), uint64(off)
	var last rune = -1
	run := 0
	digits, letters, n := 0, 0, 0
	var rs [4]rune // last four lowercased runes
	for _, c := range w {
		c = foldQuote(c)
		lc := unicode.ToLower(c)
		if lc != c {
			a.hasCap = true
		}
		norm = (norm ^ uint64(lc)) * prime
		form = (form ^ uint64(c)) * prime
		var s rune
		switch {
		case unicode.IsUpper(c):
			s = 'X'
			letters++
		case unicode.IsLetter(c):
			s = 'x'
			letters++
		case unicode.IsDigit(c):
			s = 'd'
			digits++
		default:
			s = c
		}
		if s == last {
			run++
		} else {
			run = 0
			last = s
		}
		if run < 3 {
			shape = (shape ^ uint64(s)) * prime
		}
		if n < 3 {
			h := uint64(off)
			if n > 0 {
				h = a.pre[n-1]
			}
			a.pre[n] = (h ^ uint64(lc)) * prime
		}
		rs[0], rs[1], rs[2], rs[3] = rs[1], rs[2], rs[3], lc
		n++
	}
	for k := n; k < 3; k++ {
		if k > 0 {
			a.pre[k] = a.pre[k-1]
		}
	}
	for k := 1; k <= 4; k++ {
		h := uint64(off) + uint64(k)
		m := k
		if m > n {
			m = n
		}
		for j := 4 - m; j < 4; j++ {
			h = (h ^ uint64(rs[j])) * prime
		}
		a.suf[k-1] = h
	}
	a.form = form
	a.shape = shape
	a.norm = norm
	if digits > 0 && letters == 0 {
		a.isNum = true
		if digits == 4 && n == 4 {
			a.norm = strHash("!YEAR")
		} else {
			a.norm = strHash("!NUM") + uint64(min(digits, 6))
		}
	}
	return a
}

// setDict marks the words of the tag dictionary in atoms.
func setDict(atoms []wordAtoms, dict map[uint64]uint8) {
	for i := range atoms {
		atoms[i].dict = 0
		if t, ok := dict[atoms[i].form]; ok {
			atoms[i].dict = uint64(t) + 1
		}
	}
}

// foldQuote reads typographic quotes and apostrophes as the straight ones the treebanks
// mostly print: "n’t", "Putin’s" and “talks” are the words "n't", "Putin's" and "talks"
// the model learnt, not unknown ones. Real news prints them curly about as often as not
// (a third of the development articles), and an unknown "n’t" lost the negation.
func foldQuote(c rune) rune {
	switch c {
	case '’', '‘', 'ʼ':
		return '\''
	case '“', '”':
		return '"'
	}
	return c
}

package extract

import "hotline/importer/parse"

// syntax is the dependency parse of one sentence, mapped onto the extractor's tokens. The
// parser tokenizes in the Universal Dependencies way ("Fiji-Australia" is three tokens,
// "don't" two), so the two token lists differ; both carry rune offsets, and the maps go
// through them.
type syntax struct {
	sent  parse.Sentence
	tokOf []int // parse token -> the extractor token that holds its first rune
	head  []int // extractor token (from the sentence's first) -> its head-most parse token, or -1
	from  int   // the sentence's first extractor token
}

// syntaxOf returns the parse of sentence si, parsing it on first use, or nil when the
// sentence cannot hold a contact (no contact word of the lexicon), is page furniture, or
// the model could not be loaded (the rules then go on with the token patterns alone).
// Sentences are parsed only when a contact rule asks, because the parse costs far more per
// token than the rest of extraction: parsing every sentence with a contact word (44% of
// the tokens of real news) made an import three times slower. The model itself is loaded
// on the first article that needs it.
func (x *Extractor) syntaxOf(s *scan, si int) *syntax {
	if y, ok := s.syntax[si]; ok {
		return y
	}
	if s.syntax == nil {
		s.syntax = map[int]*syntax{}
	}
	se := s.sents[si]
	s.syntax[si] = nil
	if !x.canHoldContact(s, se) || x.furniture(s, si) {
		return nil
	}
	m, err := x.model()
	if err != nil {
		return nil
	}
	y := newSyntax(s, se, m.Parse(s.parseText(si), se.start))
	s.syntax[si] = y
	return y
}

// canHoldContact reports whether a sentence has a contact word of the lexicon.
func (x *Extractor) canHoldContact(s *scan, se sentence) bool {
	for k := se.from; k < se.to; k++ {
		if _, ok := x.gaz.ContactWords[s.toks[k].Low]; ok {
			return true
		}
	}
	return false
}

func newSyntax(s *scan, se sentence, ps parse.Sentence) *syntax {
	y := &syntax{sent: ps, tokOf: make([]int, len(ps.Tokens)), head: make([]int, se.to-se.from), from: se.from}
	for i := range y.head {
		y.head[i] = -1
	}
	k := se.from
	for j, pt := range ps.Tokens {
		for k+1 < se.to && s.toks[k].End <= pt.Start {
			k++
		}
		y.tokOf[j] = k
	}
	for j, pt := range ps.Tokens {
		k := y.tokOf[j]
		h := pt.Head
		if y.head[k-se.from] < 0 || h < 0 || y.tokOf[h] != k {
			if old := y.head[k-se.from]; old < 0 || ps.Tokens[old].Head >= 0 && y.tokOf[ps.Tokens[old].Head] == k {
				y.head[k-se.from] = j // the parse token whose head lies outside the extractor token
			}
		}
	}
	return y
}

// at returns the parse token of extractor token k, or -1 when k is outside the sentence.
func (y *syntax) at(k int) int {
	if k < y.from || k-y.from >= len(y.head) {
		return -1
	}
	return y.head[k-y.from]
}

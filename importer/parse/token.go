package parse

// Token is one syntactic word of a parsed sentence. "don't" is two tokens, "do" and
// "n't"; "U.S." and "Mr." are one. Start and End are rune offsets (End exclusive) into
// the text given to Model.Parse plus its base offset, so a token maps back to the
// article text without any byte arithmetic.
type Token struct {
	Text  string // the surface form, a substring of the input
	Lemma string // dictionary form: "met" -> "meet", "talks" -> "talk", "n't" -> "not"
	UPOS  string // Universal POS tag: NOUN, VERB, PROPN, ADP, ...
	Head  int    // index of the head token in the sentence, -1 for the root
	Rel   string // Universal Dependencies relation to the head: nsubj, obj, obl, ...
	Start int    // rune offset of the first rune
	End   int    // rune offset after the last rune
}

// Sentence is a tagged and parsed sentence: a dependency tree over its tokens. The
// methods answer the questions extraction asks of a predicate (who is its subject, what
// are its objects and obliques, is it negated) so callers need not walk the tree.
type Sentence struct {
	Tokens []Token
}

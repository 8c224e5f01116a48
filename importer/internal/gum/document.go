package gum

// Doc is one GUM document rebuilt as an article's text, with its gold annotation.
type Doc struct {
	ID, Title, Genre string
	// Published is the date part (YYYY-MM-DD, the first ten characters) of the document's
	// meta::dateCreated, or "" when it gives none, as an article's publication date is.
	Published string
	// Text is the document's tokens as printed: a token is followed by a space unless it
	// has SpaceAfter=No (at a sentence's end too), a paragraph (# newpar) is set apart by a
	// blank line, and a multiword token ("didn't") is printed once for the words it holds.
	// With Options.OmitTitle, a first paragraph that only repeats the title is left out.
	Text string
	// Paragraphs and Sentences are in document order, the left-out title's too.
	Paragraphs, Sentences []Block
	// Tokens are the syntactic words of the document, in order.
	Tokens []Token
	// Entities are the gold mentions in the order they open, Chains every chain id of the
	// document with what its mentions tell of it.
	Entities []Entity
	Chains   map[int]Chain
	// Quotes are the gold quotations (<quote> and <q>), in the order they close.
	Quotes []Span
	// Dates are the gold dates (<date>), in the order they close.
	Dates []Date
}

// Token is one syntactic word. Start and End are its rune offsets into Doc.Text (-1 for a
// word left out with the title); the words of a multiword token share its offsets, as
// none of them is printed alone.
type Token struct {
	Form, Lemma, UPOS, XPOS, Deprel string
	Plural                          bool // FEATS has Number=Plur
	// Head is the index into Doc.Tokens of the word's head, or -1 for the root (or a word
	// whose HEAD is "_").
	Head int
	// Sent is the index into Doc.Sentences of the word's sentence.
	Sent       int
	Start, End int
}

// Span is a half-open range of indexes into Doc.Tokens.
type Span struct{ From, To int }

// Block is a sentence or a paragraph: the tokens it holds, and the runes of Doc.Text it is
// printed on (Start and End are -1 for one left out with the title).
type Block struct {
	Span
	Start, End int
}

package extract

import (
	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/extract/trace"
)

// scan holds one article's tokens, sentences, gazetteer matches and mentions.
type scan struct {
	gaz      *lexicon.Lexicon
	rs       []rune
	toks     []tokens.Token
	classes  []lexicon.ClassSet // token -> the word classes of its Low, looked up once (tokIn)
	sents    []sentence
	matches  []lexicon.Match
	matchAt  []int // token -> index into matches, -1
	mentions []mention
	inQuote  []bool             // the token stands between quotation marks
	quotes   []tokens.QuoteSpan // the quotations of the article
	saidBy   map[int]int        // token inside a kept quotation -> its speaker (quotes stage)
	dates    map[int][]dateExpr // sentence -> its date expressions, found on demand
	finder   *dates.Finder
	trace    *trace.Tracer   // nil except for Explain
	syntax   map[int]*syntax // sentence -> its parse (nil: none), made on demand by syntaxOf
	refused  map[int]bool    // sentence -> it tells a negated, refused or hypothetical contact of named parties
	title    string          // the headline (Input.Title): it yields nothing, but may name who an office stands for
	occ      *occurrences    // where runs of words recur, made on demand by occurrencesOf
	bySent   [][]int         // sentence -> its mentions, as far as s.mentions[:indexed] (sentenceMentions)
	surnames map[string]bool // word -> the article prints it as a surname (surnameInText)
	answerer *[]string       // the interviewee of an interview's "A:" turns, read once at the first (interviewee)
	indexed  int
	// cutDateline is the country of the wire dateline the cleaner cut off the lede
	// (Input.Dateline, "Nairobi"), -1 for none: the text no longer shows it
	cutDateline int
	// nicknames holds the key of each nickname printed inside a name and blanked
	// (blankNicknames) -> the rune offset of the word after it, inside that name
	nicknames map[string]int
	// mixed holds the runs of capitalized words printed in mixed case (mixedNames),
	// made on first use: a name in capitals is one of them
	mixed map[string][]string
}

// tokIn reports whether token k's lowercased word belongs to class c. The rules ask it
// of the same tokens many times over; the classes are looked up once per token when the
// scan is made, so each question is a bit test, not a map lookup.
func (s *scan) tokIn(c lexicon.Class, k int) bool { return s.classes[k].Has(c) }

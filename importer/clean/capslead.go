package clean

import (
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// namesPerson reports whether head, the words a paragraph opens with before what looks
// like a dateline's end, begin a person's name or title rather than name a place: an
// office ("PRESIDENT", "PRIME MINISTER") or a title ("GENERAL") is a person's. With given
// set, a given name before more words ("JANE DOE") is one too; a given name alone is not
// enough, as many are places as well ("JORDAN", "VICTORIA").
func (c *Cleaner) namesPerson(head string, given bool) bool {
	toks := tokens.Tokenize([]rune(head))
	if len(toks) == 0 {
		return false
	}
	if m, ok := c.lex.MatchAt(toks, 0); ok && m.Kind == lexicon.PhraseOffice {
		return true
	}
	if c.lex.IsTitleWord(toks[0].Low) {
		return true
	}
	return given && len(toks) > 1 && c.lex.First[lexicon.FirstKey(toks[0].Text)]
}

// capitalsRunOn reports whether rest, what follows the capitals a dateline without a
// separator would take for its place, opens with one more word in capitals that is no
// acronym nor a word of two letters: "PRESIDENT JANE DOE met ..." read as the place "PRESIDENT JANE" before "DOE".
// A place ends where the sentence starts, in ordinary case, so capitals that run on are
// the opening words of the sentence itself.
func (c *Cleaner) capitalsRunOn(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRightFunc(f[0], func(r rune) bool { return unicode.IsPunct(r) && r != '\'' && r != '’' })
	if c.p.acronyms[w] || len(w) < 3 { // "EU leaders": cutCapsHead trims these too
		return false
	}
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) && r != '-' && r != '\'' && r != '’' }) < 0
}

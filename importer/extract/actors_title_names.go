package extract

import (
	"strings"
	"unicode"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/names"
)

// titleNames returns the full names the headline prints that end in surname sur, each
// once: two to four capitalised words that a given name the lexicon knows opens or that
// name a known actor ("Ana Ruiz resigns as envoy", "Talks with Sergey Lavrov end"), or
// the whole headline when it is nothing but such a run (a profile's or an obituary's
// headline, "Tomas Eduardo Varga"). No word of the run is an office, a country or
// another phrase of the gazetteer, nor a word that closes a title-case headline's name
// ("Remarks by President Biden Before ..."), so an office before the name stays out of it;
// nor a word in capitals inside a headline in mixed case; a headline all in capitals
// ("ELENA MARSH RESIGNS") is read in title case (unshoutedTitle). A well-known person's name is no phrase that stops it:
// "Jean-Pierre Marsh" opens with a given name that is one.
func (x *Extractor) titleNames(title, sur string) [][]string {
	toks := tokens.Tokenize([]rune(unshoutedTitle(title)))
	phrase := make([]bool, len(toks)) // tokens a gazetteer phrase covers
	for i := 0; i < len(toks); i++ {
		if m, ok := x.gaz.MatchAt(toks, i); ok && m.Kind != lexicon.PhraseKnown { // "Jean-Pierre" opens a name
			for k := i; k < m.To; k++ {
				phrase[k] = true
			}
			i = m.To - 1
		}
	}
	nameWord := func(k int) bool {
		t := toks[k]
		return t.Kind == tokens.Word && t.Cap && !shoutedWord(t.Text) && !phrase[k] && !x.gaz.In(lexicon.Preposition, t.Low) && !x.gaz.In(lexicon.Precedes, t.Low) && !x.gaz.In(lexicon.Follows, t.Low)
	}
	words := 0
	for _, t := range toks {
		if t.Kind == tokens.Word {
			words++
		}
	}
	var out [][]string
	for i := range toks {
		if !nameWord(i) || names.Surname(toks[i].Text) != sur {
			continue
		}
		from := i
		for from > 0 && i-from < 3 && nameWord(from-1) {
			from--
		}
		var run []string
		for k, t := range toks[from : i+1] {
			if k > 0 && from+k < i && letterCount(t.Text) == 1 {
				continue // a middle initial: "Charles J. Marsh" is Charles Marsh
			}
			run = append(run, t.Text)
		}
		whole := i-from+1 == words
		for !whole && len(run) > 2 && x.knownIndex(run) < 0 && !x.firstName(run[0]) {
			run = run[1:]
		}
		if len(run) < 2 || !whole && !x.firstName(run[0]) && x.knownIndex(run) < 0 {
			continue
		}
		if len(out) > 0 && strings.EqualFold(joinWords(out[0]), joinWords(run)) {
			continue
		}
		out = append(out, run)
	}
	return out
}

// shoutedWord reports a word in capitals of two letters or more ("MARSH"), not an
// initial ("J.").
func shoutedWord(w string) bool {
	return letterCount(w) > 1 && capsWord(w)
}

// letterCount is the number of letters of w.
func letterCount(w string) int {
	n := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n
}

// unshoutedTitle writes a headline printed all in capitals ("PRESIDENT MARK RENKERS HOSTS
// KENYAN LEADER") in title case, as a title-case headline prints it, so that the name it
// holds reads as one ("Mark Renkers"); a headline with a lower-case letter stays as it is.
// Each letter after a letter is lowered, after a hyphen or apostrophe raised: "KARL-HEINZ
// O'NEILL" is "Karl-Heinz O'Neill".
func unshoutedTitle(title string) string {
	words := 0
	for _, w := range strings.Fields(title) {
		if strings.ContainsFunc(w, unicode.IsLower) {
			return title
		}
		if letterCount(w) > 1 {
			words++
		}
	}
	if words < 2 {
		return title
	}
	r := []rune(title)
	for i := range r {
		if i > 0 && unicode.IsLetter(r[i-1]) {
			r[i] = unicode.ToLower(r[i])
		}
	}
	return string(r)
}

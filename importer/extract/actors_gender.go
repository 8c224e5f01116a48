package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// genders gives every person actor a gender when the text or the lexicon tells it: a
// title or role word before a mention ("Mrs", "Ms", "spokeswoman", "Mr", "King"), the
// actor's role, else its given name (classes female and male of data/words.tsv). Words
// that disagree tell nothing.
func (r *resolver) genders() {
	var at []int
	for i := range r.actors {
		if a := &r.actors[i]; a.kind == "person" {
			a.gender = r.genderOf(a)
			if a.gender == "" {
				if at == nil {
					at = r.s.mentionIndex()
				}
				a.gender = r.pronounGender(i, at)
			}
		}
	}
}

// pronounGender reads the gender of a person whom no title, role or given name tells
// from the pronouns the article uses right after naming the person: "Lamola said his
// government would ...", "Pandor met her counterpart", "X said she would". Only a
// pronoun before any other person is named in the sentence counts, "her" only as a
// possessive before a noun, "he"/"she" only after a speech verb right after the name ("X
// said she", "X said that she"); the clause ends at a comma; pronouns that disagree tell
// nothing.
func (r *resolver) pronounGender(ai int, at []int) string {
	s := r.s
	seen := map[string]bool{}
	for _, mi := range r.actors[ai].mentions {
		m := s.mentions[mi]
		if m.kind != mPerson || s.inQuote[m.from] {
			continue
		}
		if g := s.openingPossessive(m, at); g != "" {
			seen[g] = true // "In her first speech as minister, X said"
		}
		if g := r.nextSentencePronoun(m, at); g != "" {
			seen[g] = true // "X said the talks went well. She said the next round ..."
		}
		se := s.sents[m.sent]
		start := m.to
		if start+1 < se.to && s.toks[start].Text == "," && s.gaz.In(lexicon.Preposition, s.toks[start+1].Low) {
			start++ // "X, in her speech, said": an aside of the subject's own
		}
		for k := start; k < se.to && k < m.to+12; k++ {
			t := s.toks[k]
			if s.inQuote[k] || t.Kind == tokens.QuoteMark || t.Text == "," || at[k] >= 0 && at[k] != mi {
				break // ", Syed Ali, said that she": an apposition's name is not the one who said
			}
			prev := s.toks[k-1].Low
			switch t.Low {
			case "his":
				seen["m"] = true
			case "her":
				if k+1 < se.to && s.toks[k+1].Kind == tokens.Word && !s.toks[k+1].Cap && !objectAfterHer(s.toks[k+1].Low) {
					seen["f"] = true
				}
			case "he", "she":
				if s.gaz.IsSpeechVerb(prev) && k-1 == m.to || prev == "that" && k-2 == m.to && s.gaz.IsSpeechVerb(s.toks[k-2].Low) {
					if t.Low == "he" {
						seen["m"] = true
					} else {
						seen["f"] = true
					}
				}
			}
		}
	}
	if len(seen) != 1 {
		return ""
	}
	for g := range seen {
		return g
	}
	return ""
}

// nextSentencePronoun returns the gender ("f", "m") of "She" or "He" that opens the
// sentence after m's, in the same paragraph, as the subject of a speech verb, when m
// speaks in its own sentence and that sentence names no other person outside quotation
// marks: "Livni said that ... . She said a durable end requires ..." goes on with the one
// who spoke, as "he said" after a quotation does. "" when there is no such pronoun.
func (r *resolver) nextSentencePronoun(m mention, at []int) string {
	s := r.s
	if m.sent+1 >= len(s.sents) || !r.x.speaks(s, &m) {
		return ""
	}
	se, next := s.sents[m.sent], s.sents[m.sent+1]
	if next.to-next.from < 2 || next.para != se.para {
		return ""
	}
	for k := se.from; k < se.to; k++ {
		if o := at[k]; o >= 0 && !s.inQuote[k] && s.mentions[o].kind == mPerson && s.mentions[o].actor != m.actor {
			return "" // "X met Y. She said": either
		}
	}
	first := s.toks[next.from]
	if !s.gaz.IsSpeechVerb(s.toks[next.from+1].Low) || s.aspectual(next.from+1) {
		return ""
	}
	switch first.Text {
	case "She":
		return "f"
	case "He":
		return "m"
	}
	return ""
}

// openingPossessive returns the gender ("f", "m") of "her" or "his" in an opening phrase
// of m's sentence that a comma ends right before m and its title, when the phrase starts
// with a preposition and names no one: "In her first speech as minister, X said", "During
// his visit, Foreign Minister X met Y". The subject the phrase leads to is whom the
// possessive stands for; "" when there is no such phrase.
func (s *scan) openingPossessive(m mention, at []int) string {
	se := s.sents[m.sent]
	start := s.contextStart(m.from)
	if start-1 <= se.from || s.toks[start-1].Text != "," || !s.gaz.In(lexicon.Preposition, s.toks[se.from].Low) {
		return ""
	}
	g := ""
	for k := se.from + 1; k < start-1; k++ {
		t := s.toks[k]
		if s.inQuote[k] || t.Text == "," || at[k] >= 0 {
			return "" // one phrase, naming no one: "In talks with Y, X said" may be Y's
		}
		switch t.Low {
		case "her":
			g = "f"
		case "his":
			g = "m"
		}
	}
	return g
}

// objectAfterHer reports prepositions, conjunctions and determiners: after "her" they
// show it to be an object ("thanked her for"), not a possessive.
func objectAfterHer(w string) bool {
	switch w {
	case "for", "to", "in", "on", "at", "with", "that", "and", "or", "but", "the", "a", "an", "about", "from", "of", "as", "by", "after", "before", "over", "during", "into", "when", "while", "if", "because", "this", "last", "next", "again", "too", "also", "not":
		return true
	}
	return false
}

func (r *resolver) genderOf(a *actor) string {
	seen := map[string]bool{}
	tell := func(w string) {
		if g := r.x.gaz.Gender(strings.ToLower(w)); g != "" {
			seen[g] = true
		}
	}
	for _, w := range strings.Fields(a.role) {
		tell(w)
	}
	for _, mi := range a.mentions {
		m := r.s.mentions[mi]
		if m.kind != mPerson {
			continue
		}
		for k := r.s.contextStart(m.from); k < m.from; k++ {
			tell(r.s.toks[k].Low)
		}
		for _, k := range r.s.appositionWords(m) {
			tell(r.s.toks[k].Low) // "X, the first woman to hold the post,", "X, the son of"
		}
	}
	if ws := strings.Fields(a.name); len(seen) == 0 && len(ws) > 1 && !r.familyFirst(*a) {
		tell(ws[0])
		if len(seen) == 0 {
			r.nameWordsGender(ws, seen)
		}
	}
	if len(seen) != 1 {
		return ""
	}
	for g := range seen {
		return g
	}
	return ""
}

// nameWordsGender reads the gender of a name whose given name tells none from its other
// words: a lower-case particle of descent ("bin", "bint": words classes male, female:
// "Noura bint Khalid Al Marzouqi"), else the ending of its last word where languages
// inflect family names for gender ("Sarsenbayeva", "Temirbekov": classes female-ending,
// male-ending).
func (r *resolver) nameWordsGender(ws []string, seen map[string]bool) {
	for _, w := range ws[1 : len(ws)-1] {
		if w == strings.ToLower(w) {
			if g := r.x.gaz.Gender(w); g != "" {
				seen[g] = true
			}
		}
	}
	if len(seen) == 0 {
		if g := r.x.gaz.FamilyNameGender(strings.ToLower(ws[len(ws)-1])); g != "" {
			seen[g] = true
		}
	}
}

// appositionWords returns the lower-case words of a description set off by a comma right
// after person mention m and opened by an article, up to its first preposition or
// relative pronoun, at most six, outside quotations: "X, the first woman to hold the
// post," gives "the first woman", "X, the son of a former king," gives "the son". A
// capitalized word is left out, and "X, whose wife ..." or "X, the son of a queen" tell
// nothing of X beyond the head: the words after them are someone else's.
func (s *scan) appositionWords(m mention) []int {
	k := m.to + 1
	if k >= len(s.toks) || s.toks[m.to].Text != "," || s.inQuote[m.to] {
		return nil
	}
	if w := s.toks[k].Low; w != "the" && w != "a" && w != "an" {
		return nil
	}
	var ws []int
	for ; k < len(s.toks) && k <= m.to+6 && s.toks[k].Sent == m.sent; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || s.inQuote[k] || s.gaz.In(lexicon.Preposition, t.Low) || t.Low == "who" || t.Low == "whose" || t.Low == "which" || t.Low == "that" {
			break
		}
		if !t.Cap {
			ws = append(ws, k)
		}
	}
	return ws
}

// fits reports whether actor a may be what pronoun p ("he", "she") stands for: its
// gender is unknown or agrees.
func (r *resolver) fits(a int, p string) bool {
	if a < 0 {
		return false
	}
	g := r.actors[a].gender
	switch strings.ToLower(p) {
	case "he", "him":
		return g != "f"
	case "she", "her":
		return g != "m"
	}
	return true
}

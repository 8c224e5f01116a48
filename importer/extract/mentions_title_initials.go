package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"hotline/importer/extract/tokens"
)

// Regional outlets shorten the title they printed before a name to its initials and use
// them alone for the person: "Foreign Affairs Cabinet Secretary Kiprono Chepkwony ... the
// CS said" (Kenya), "Director General X ... the DG told reporters". An acronym no
// gazetteer knows that speaks is such a title when the initials of a title printed before
// a person's name end with it; else it is an organization (actor.named-org).

// titleInitialsWord is the first word of an actor.title-initials mention, which resolveRefs
// reads as the kind of reference it is; the second word is the acronym.
const titleInitialsWord = "title-initials"

// titleInitialsBefore reports whether the acronym at token k is the initials of the last
// two words or more of the title printed before a person's name earlier in the text.
func (s *scan) titleInitialsBefore(k int) bool {
	for _, m := range s.mentions {
		if m.kind == mPerson && m.to <= k && s.titledWith(m, s.toks[k].Text) {
			return true
		}
	}
	return false
}

// titledWith reports whether the capitalized title words before person mention m end in
// words whose initials are acronym ("Foreign Affairs Cabinet Secretary": "CS", "FACS").
// An initial is a word's first rune, so that an accented one counts as one letter
// ("Élysée Chief of Staff": "ÉCS").
func (s *scan) titledWith(m mention, acronym string) bool {
	if utf8.RuneCountInString(acronym) < 2 {
		return false
	}
	var b strings.Builder
	for k := s.contextStart(m.from); k < m.from; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || !t.Cap || strings.HasSuffix(t.Text, ".") {
			continue
		}
		for _, part := range strings.Split(t.Text, "-") {
			if r, _ := utf8.DecodeRuneInString(part); part != "" {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
	}
	return strings.HasSuffix(b.String(), acronym)
}

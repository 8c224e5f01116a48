package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// firstNameCompound reports a hyphenated word that is one name ("Thomas-Greenfield") and
// not two surnames joined ("Trump-Kim"): its second part is lower case or it is not made
// of two known names.
func (x *Extractor) firstNameCompound(w string) bool {
	i := strings.Index(w, "-")
	if i < 0 || i+1 >= len(w) {
		return true
	}
	second := w[i+1:]
	if second[0] >= 'a' && second[0] <= 'z' {
		return true
	}
	return x.knownIndex([]string{w[:i]}) < 0 && x.knownIndex([]string{second}) < 0
}

// invertedSpeech reports a name right after an inverted speech verb that follows a
// quotation or a comma: `," said Jenny Town`.
func (x *Extractor) invertedSpeech(s *scan, se sentence, from int) bool {
	k := from - 1
	return k-1 >= se.from && s.gaz.IsSpeechVerb(s.toks[k].Low) && (s.toks[k-1].Kind == tokens.QuoteMark || s.toks[k-1].Text == ",")
}

// mediaPossessor reports a name after a news medium's possessive ("NPR's John Ruwitch").
func (s *scan) mediaPossessor(se sentence, from int) bool {
	if from-2 < se.from || s.toks[from-1].Kind != tokens.Poss {
		return false
	}
	m, ok := s.matchOf(from - 2)
	return ok && m.Kind == lexicon.PhraseOrg && m.To == from-1 && s.orgKind(m) == "media"
}

// filesStory reports a name that files the story it stands in, told by the verb after it:
// "The Monitor's Ben Thompson reported" (an outlet's possessive the gazetteer may not
// know, before a name with no title), "Marc Frank reported from Havana." (a sentence that
// only credits the reporter). A known actor never is one.
func (x *Extractor) filesStory(s *scan, se sentence, from, to int) bool {
	if to >= se.to || x.knownIndex(nameWords(s.toks, from, to)) >= 0 {
		return false
	}
	switch s.toks[to].Low {
	case "reported", "reports", "wrote", "writes":
	default:
		return false
	}
	if from-2 >= se.from && s.toks[from-1].Kind == tokens.Poss && s.toks[from-2].Cap {
		if m, ok := s.matchOf(from - 2); !ok || m.Kind == lexicon.PhraseOrg {
			return true // "The Monitor's Ben Thompson reported"; not "Russia's X reported"
		}
	}
	if from != se.from || to+1 >= se.to || s.toks[to+1].Low != "from" {
		return false
	}
	for k := to + 2; k < se.to; k++ {
		if t := s.toks[k]; t.Kind == tokens.Word && !t.Cap && t.Low != "and" && t.Low != "the" {
			return false // "X reported from Havana that the talks had failed": a source
		}
	}
	return true // "Marc Frank reported from Havana."
}

// speaksOwnWords reports a verb of words class own-words ("said", "told", "added",
// "stressed") right after a name ending at token to: "the BBC's Steve Rosenberg said it
// was ...", "... added that it was ...": the reporter speaks as a witness, an actor; one
// who "reported" or "wrote" only files the story.
func (s *scan) speaksOwnWords(se sentence, to int) bool {
	if to >= se.to {
		return false
	}
	return s.gaz.In(lexicon.OwnWords, s.toks[to].Low)
}

// royalTitle returns the title before a royal's given name ("King Salman", "Prince
// Mohammed", "Sheikh Tamim": words class royal, printed with a capital and the rest in
// lower case), or "".
func (s *scan) royalTitle(t tokens.Token) string {
	if s.gaz.In(lexicon.Royal, t.Low) && titleWord(t.Text) == t.Text {
		return t.Text
	}
	return ""
}

// syllabicGivenName reports a run of two words whose second is a given name written as
// Chinese and Korean names are after the family name, two short syllables joined by a
// hyphen, capitalised only at the start: "Kwok Wai-keung", "Moon Jae-in", "Tsai Ing-wen". Each
// part is one syllable of two to six letters; a prefix of words class word-prefix
// ("Co-op", "Anti-war") opens no such name, nor does a family name of more than six letters.
func (x *Extractor) syllabicGivenName(s *scan, from, to int) bool {
	if to-from != 2 || !s.toks[from].Cap || len(s.toks[from].Text) > 6 || x.gaz.Stop[s.toks[from].Low] {
		return false
	}
	first, second, ok := strings.Cut(s.toks[from+1].Text, "-")
	if !ok || !syllable(first) || !syllable(second) || first[0] < 'A' || first[0] > 'Z' || strings.ToLower(first[1:]) != first[1:] || strings.ToLower(second) != second {
		return false // "War II-era", "Pro-Beijing"
	}
	return !x.gaz.In(lexicon.WordPrefix, strings.ToLower(first))
}

// syllable reports a word of two to six ASCII letters with one group of vowels: one
// romanized syllable ("keung", "Jae", "yeol"), not an English word of two ("winner").
func syllable(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	groups, inVowel := 0, false
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
		v := strings.ContainsRune("aeiouyAEIOUY", r)
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups == 1
}

// personActs reports a run of two or three words followed by what only a person does or
// undergoes (words class person-act), right after it or after up to two auxiliaries or
// adverbs: "X Y resigned", "X Y was sworn in", "X Y has since been detained". A run
// holding the head noun of a body's name ("Civic Party was elected") or after an article
// ("the newly formed Kestrel Group") is none.
func (s *scan) personActs(se sentence, from, to int) bool {
	if s.orgHeadIn(from, to) || s.determinedBefore(from) {
		return false
	}
	for k := to; k < se.to && k <= to+2; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap {
			return false
		}
		if s.gaz.In(lexicon.PersonAct, t.Low) {
			return true
		}
		switch t.Low {
		case "was", "were", "is", "has", "had", "have", "been", "also", "later", "since", "then", "successfully", "reportedly":
		default:
			return false
		}
	}
	return false
}

// determinedBefore reports an article within the three words before token from, with no
// punctuation between: "the newly released Zephyr Quill" is a thing, not a person.
func (s *scan) determinedBefore(from int) bool {
	for k := from - 1; k >= 0 && k >= from-3 && s.toks[k].Kind == tokens.Word && s.toks[k].Sent == s.toks[from].Sent; k-- {
		switch s.toks[k].Low {
		case "the", "a", "an":
			return true
		}
	}
	return false
}

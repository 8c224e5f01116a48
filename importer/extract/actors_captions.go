package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// captionName returns the full name "<Given> <surname>" that a photo caption prints for a
// surname the story uses alone, or "": "X and US President Donald Y spoke ahead of talks"
// under a story that says only "X spoke with Y". The word before the surname must be a
// capitalized given name, known as one or itself after a title ("President Donald Y"), and
// no capitalized word may follow, so that the caption's name is the whole name. country is
// that of a demonym or country name before the caption's office ("US President Donald
// Y"), or "": the story may never say where the person serves.
func (x *Extractor) captionName(captions []string, surname string) (name, country string) {
	for _, c := range captions {
		toks := tokens.Tokenize([]rune(c))
		for k := 1; k < len(toks); k++ {
			if toks[k].Text != surname || k+1 < len(toks) && toks[k+1].Kind == tokens.Word && toks[k+1].Cap {
				continue
			}
			g := toks[k-1]
			if g.Kind != tokens.Word || !g.Cap || x.gaz.Stop[g.Low] || x.gaz.IsTitleWord(g.Low) {
				continue
			}
			if x.firstName(g.Text) || k >= 2 && x.gaz.IsTitleWord(toks[k-2].Low) || x.officeEndsAt(toks, k-1) >= 0 {
				return g.Text + " " + surname, x.captionCountry(toks, x.officeEndsAt(toks, k-1))
			}
		}
	}
	return "", ""
}

// captionCountry returns the code of the country or demonym that ends right before token
// k of a caption, where an office starts ("US" of "US President"), or "".
func (x *Extractor) captionCountry(toks []tokens.Token, k int) string {
	for i := max(0, k-4); i < k; i++ {
		if m, ok := x.gaz.MatchAt(toks, i); ok && m.To == k && (m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym) {
			return x.gaz.Countries[m.Idx].Code
		}
	}
	return ""
}

// officeEndsAt returns the first token of an office of the lexicon that ends right before
// token end of a caption ("US President" before "Donald"), or -1.
func (x *Extractor) officeEndsAt(toks []tokens.Token, end int) int {
	for i := max(0, end-6); i < end; i++ {
		if m, ok := x.gaz.MatchAt(toks, i); ok && m.Kind == lexicon.PhraseOffice && m.To == end {
			return i
		}
	}
	return -1
}

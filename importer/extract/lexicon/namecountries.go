package lexicon

import (
	"fmt"
	"strings"

	"hotline/importer/names"
)

// familyWords is the length of a ruling family's name: an article and a name ("Al Saud").
const familyWords = 2

// addNameCountry reads one line of data/namecountries.tsv: families by the name key of
// their words, honorifics by their lower-case form.
func (g *Lexicon) addNameCountry(f []string) error {
	code := strings.TrimSpace(f[0])
	if len(code) != 2 {
		return fmt.Errorf("want a two-letter country code, got %q", code)
	}
	switch strings.TrimSpace(f[1]) {
	case "family":
		for _, w := range split(f[2]) {
			key := names.Key(w)
			if len(strings.Fields(key)) != familyWords {
				return fmt.Errorf("family %q: want %d words, as NameCountry reads the last %d of a name", w, familyWords, familyWords)
			}
			g.families[key] = code
		}
	case "honorific":
		for _, w := range split(f[2]) {
			g.honorifics[strings.ToLower(w)] = code
		}
	default:
		return fmt.Errorf("unknown kind %q (want family, honorific)", f[1])
	}
	return nil
}

// NameCountry returns the country a name key's ruling family tells ("faisal bin farhan al
// saud": SA), or "".
func (g *Lexicon) NameCountry(key string) string {
	w := strings.Fields(key)
	if len(w) <= familyWords {
		return "" // the family's name alone is no member of it
	}
	return g.families[strings.Join(w[len(w)-familyWords:], " ")]
}

// HonorificCountry returns the country whose press puts honorific w (lower case) before
// names ("shri": IN), or "".
func (g *Lexicon) HonorificCountry(w string) string { return g.honorifics[w] }

package lexicon

import (
	"fmt"
	"strings"

	"hotline/importer/names"
)

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
			g.families[names.Key(w)] = code
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
	if len(w) < 3 {
		return "" // the family's name alone is no member of it
	}
	return g.families[strings.Join(w[len(w)-2:], " ")]
}

// HonorificCountry returns the country whose press puts honorific w (lower case) before
// names ("shri": IN), or "".
func (g *Lexicon) HonorificCountry(w string) string { return g.honorifics[w] }

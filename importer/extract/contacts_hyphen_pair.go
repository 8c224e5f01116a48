package extract

import (
	"strings"

	"hotline/importer/extract/tokens"
)

// hyphenPair returns the persons a hyphenated compound of surnames names right before a
// contact noun: "the Biden-Xi meeting", "Putin-Modi talks", "the first Trump-Kim summit".
// Each part must be the surname of one person of the article (or the family name of a name
// written family name first); nil otherwise. The compound is one token, so no mention
// names them there.
func (r *resolver) hyphenPair(c clause, tr trigger) []int {
	s := r.s
	for k := tr.at - 1; k >= c.from && k >= tr.at-3; k-- {
		t := s.toks[k]
		if t.Kind != tokens.Word {
			return nil
		}
		if !t.Cap || !strings.Contains(t.Text, "-") {
			if t.Cap || t.Low == "the" || t.Low == "a" || t.Low == "their" {
				return nil // a determiner ends the noun phrase; "a Kremlin meeting" names no person
			}
			continue // "the Biden-Xi phone call", "Trump-Kim first summit"
		}
		parts := strings.Split(t.Text, "-")
		if len(parts) < 2 {
			return nil
		}
		var out []int
		for _, p := range parts {
			a := r.bySurname(p)
			if a < 0 || contains(out, a) {
				return nil
			}
			out = append(out, a)
		}
		return out
	}
	return nil
}

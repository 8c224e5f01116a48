package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestTripNounOpensText covers a trip noun as the very first word of a text ("Stay away
// from ...", "Visit the museum"): reading it must not look before the first token.
func TestTripNounOpensText(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"Stay away from the consulate.\n\nYou never get a human on the phone.",
		"Visits to the border resumed on Monday.",
		"Tour operators said bookings fell.",
	} {
		t.Run(text[:8], func(t *testing.T) {
			res := x.Extract(extract.Input{Text: text})
			if len(res.Contacts) != 0 {
				t.Errorf("got contacts %v", describe(res))
			}
		})
	}
}

package extract_test

import "testing"

// TestAdministrationCountry covers a person the article names a government after ("the
// Ostrander administration"): news copy names the United States' governments so, so a
// person whose country the text never gives is American; a country the text gives stays.
func TestAdministrationCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"the administration of an untold president", "President Karl Ostrander took office in May. Envoy Lars Hedberg is the first senior official of the Ostrander administration to visit Caracas.",
			[]actorWant{{"Karl Ostrander", "", "US"}}, nil},
		{"possessive administration", "President Karl Ostrander spoke to reporters on Monday. Talks have stalled despite the Ostrander administration's push for a deal.",
			[]actorWant{{"Karl Ostrander", "", "US"}}, nil},
		{"a country the text gives stays", "Philippine President Rafael Dumalo said on Monday that the Dumalo administration would not change course.",
			[]actorWant{{"Rafael Dumalo", "", "PH"}}, nil},
	}
	runActorCases(t, x, cases)
}

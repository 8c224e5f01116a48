package extract_test

import "testing"

// TestKnownSpelling covers two known actors whose names fold to one spelling key
// ("Milei" and "Milley"): a name printed as one's alias is that one, titled or not; a
// spelling neither prints still finds the key's actor.
func TestKnownSpelling(t *testing.T) {
	x := newExtractor(t)
	runActorCases(t, x, []actorCase{
		{"the alias as printed", "President Milei met Prime Minister Meloni in Rome on Tuesday.",
			[]actorWant{{"Javier Milei", "President", "AR"}}, []string{"Mark Milley"}},
		{"the other alias as printed", "General Milley said the drills would go on.",
			[]actorWant{{"Mark Milley", "Chairman of the Joint Chiefs of Staff", "US"}}, []string{"Javier Milei"}},
	})
}

package extract_test

import "testing"

// TestHomelandSecurityAdviser covers the American homeland security adviser, named by
// the short title or the White House's formal one: the office implies the United States.
func TestHomelandSecurityAdviser(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"formal White House title with a doctor's rank", "The envoy was joined by Assistant to the President for Homeland Security Dr. Karen Milford at the talks.",
			[]actorWant{{"Karen Milford", "Homeland Security Adviser", "US"}}, nil},
		{"short title", "Homeland security adviser Tom Brandt met reporters on Friday.",
			[]actorWant{{"Tom Brandt", "Homeland Security Adviser", "US"}}, nil},
	}
	runActorCases(t, x, cases)
}

package clean_test

import "testing"

func TestTeasers(t *testing.T) {
	teasers := "Minister of Trade Ann Lee has urged the Government to widen the...\n\n" +
		"Former envoy Bo Chan says the talks with Lima were...\n\n" +
		"PARIS, France – Premier Tom Novak was on Thursday detained in…"
	runCases(t, []cleanCase{
		{"a list of cut-off teasers", story + "\n\n" + teasers, story, []string{"related", "related", "related"}},
		{"one paragraph that trails off is kept", story + "\n\nThe envoy waited, and waited, and then...",
			story + "\n\nThe envoy waited, and waited, and then...", nil},
		{"quotations that trail off are kept", story + "\n\n“We will see what happens next...\n\n“Perhaps it is next week...\n\n\"Or it is the week after...",
			story + "\n\n“We will see what happens next...\n\n“Perhaps it is next week...\n\n\"Or it is the week after...", nil},
	})
}

package clean_test

import "testing"

// TestTeasers covers lists of cut-off teasers and runs of long paragraphs that stop
// without ending their sentence (a gallery's captions).
func TestTeasers(t *testing.T) {
	teasers := "Minister of Trade Ann Lee has urged the Government to widen the...\n\n" +
		"Former envoy Bo Chan says the talks with Lima were...\n\n" +
		"PARIS, France – Premier Tom Novak was on Thursday detained in…"
	gallery := "Shoppers queue outside a store in Leeds after Prime Minister Ann Lee announced new rules that will come into force across the country next week\n\n" +
		"Foreign Minister Bo Chan (centre) joins members of the armed services at a railway station in the capital to collect donations for the veterans' appeal\n\n" +
		"Fishermen unload the morning catch at the harbour in Lima as talks on new fishing quotas between the two governments resume in Geneva this week"
	runCases(t, []cleanCase{
		{"a list of cut-off teasers", story + "\n\n" + teasers, story, []string{"related", "related", "related"}},
		{"one paragraph that trails off is kept", story + "\n\nThe envoy waited, and waited, and then...",
			story + "\n\nThe envoy waited, and waited, and then...", nil},
		{"quotations that trail off are kept", story + "\n\n“We will see what happens next...\n\n“Perhaps it is next week...\n\n\"Or it is the week after...",
			story + "\n\n“We will see what happens next...\n\n“Perhaps it is next week...\n\n\"Or it is the week after...", nil},
		{"a gallery's captions", story + "\n\n" + gallery, story, []string{"caption", "caption", "caption"}},
		{"one paragraph that lost its full stop stays", story + "\n\nThe two foreign ministers spoke by telephone on Monday about the border dispute and agreed to meet again in Lima before the end of the month\n\n" + story + " Again.",
			story + "\n\nThe two foreign ministers spoke by telephone on Monday about the border dispute and agreed to meet again in Lima before the end of the month\n\n" + story + " Again.", nil},
	})
}

package clean_test

import "testing"

func TestLoneNames(t *testing.T) {
	runCases(t, []cleanCase{
		{"columnists over their teasers", story + "\n\n" + story + " Two.\n\n" + story + " Three.\n\n" +
			"Ann Lee and Peter Hall\n\nTo call the truce a peace is to misread the war\n\nThe council ignores what the minorities of the north enjoy, on display in the cities of the coast and the hills\n\n" +
			"Tomas Berg\n\nWhat my grandmother taught me about borders\n\nI bridled against her advice, but I took a certain pleasure in following it, and in the end the family came to agree",
			story + "\n\n" + story + " Two.\n\n" + story + " Three.\n\n" +
				"To call the truce a peace is to misread the war\n\nThe council ignores what the minorities of the north enjoy, on display in the cities of the coast and the hills\n\n" +
				"What my grandmother taught me about borders\n\nI bridled against her advice, but I took a certain pleasure in following it, and in the end the family came to agree",
			[]string{"byline", "byline"}},
		{"a list of signatories stays", story + "\n\nAnn Lee, Example University\n\nMaria Novak\n\nBo Chan, columnist\n\n" + story + " Again.",
			story + "\n\nAnn Lee, Example University\n\nMaria Novak\n\nBo Chan, columnist\n\n" + story + " Again.", nil},
	})
}

package extract_test

import "testing"

// TestRoleReferenceCountry covers an office reference whose country stands inside the
// office's own words ("the top American diplomat"): it is that country's holder; and a
// titled bare surname, which is the well-known holder of that office ("President Clinton").
func TestRoleReferenceCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"top American diplomat is not the Russian one", "Secretary of State John Kerry arrived in Munich on Friday. Russian Foreign Minister Sergei Lavrov was there too. The top American diplomat said he talked on the phone with Lavrov about a truce.", "",
			[]contactWant{{names: []string{"John Kerry", "Sergey Lavrov"}, mode: "phone", status: "held"}}},
		{"the very office wins over a counterpart office", "Russian President Vladimir Putin arrived in Sochi. Russian Prime Minister Mikhail Mishustin greeted officials there. The Russian president later spoke by phone with French President Emmanuel Macron.", "",
			[]contactWant{{names: []string{"Vladimir Putin", "Emmanuel Macron"}, mode: "phone", status: "held"}}},
		{"a titled surname is the known holder of that office", "President Clinton met Russian President Vladimir Putin in New York on Wednesday.", "",
			[]contactWant{{names: []string{"Bill Clinton", "Vladimir Putin"}, mode: "meeting", status: "held"}}},
		{"the same surname with another office", "Secretary of State Clinton met Russian Foreign Minister Sergei Lavrov in Geneva.", "",
			[]contactWant{{names: []string{"Hillary Clinton", "Sergey Lavrov"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

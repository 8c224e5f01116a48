package extract_test

import "testing"

// TestOrgHeadReferences covers "the NATO chief", "the U.N. chief", "the IAEA head", "the
// NATO secretary general" as the person the article named as that body's head (before
// it, as the body's office holder or "X, the director general of Y"), so that the
// contact is that person's and not the body's.
func TestOrgHeadReferences(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"the chief after the office and name", "NATO Secretary General Mark Rutte arrived in Vilnius on Monday. The NATO chief met Lithuanian President Gitanas Nauseda on Tuesday.", "",
			[]contactWant{meeting("Mark Rutte", "Gitanas Nauseda")}},
		{"the chief of an abbreviated body", "U.N. Secretary-General Antonio Guterres arrived in Nairobi. The U.N. chief met President William Ruto at State House.", "",
			[]contactWant{meeting("Antonio Guterres", "William Ruto")}},
		{"the head after an apposition of the body", "Rafael Grossi, the director general of the International Atomic Energy Agency, arrived in Tehran. The IAEA head held talks with Foreign Minister Abbas Araghchi.", "",
			[]contactWant{meeting("Rafael Grossi", "Abbas Araghchi")}},
		{"the body's office after a known surname", "Rutte travelled to Ankara on Monday. The NATO secretary general met Turkish President Recep Tayyip Erdogan.", "",
			[]contactWant{meeting("Mark Rutte", "Recep Tayyip Erdogan")}},
		{"with no head named the body stays", "The NATO chief met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.", "",
			[]contactWant{meeting("NATO", "Volodymyr Zelensky")}},
	}
	runContactCases(t, x, cases)
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestForwardCounterparts covers "his Slovak counterpart" told before the story names
// him: the one person of that country in the owner's office family named later is the
// contact's other party and the speaker of "his Slovak counterpart said"; with two such
// persons the words name no one.
func TestForwardCounterparts(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"named later by an apposition", "Hungarian Foreign Minister Tamas Ferenczi called his Slovak counterpart on Monday. The two discussed gas transit. Jozef Varhol, Slovakia's foreign minister, said the call was useful.", "",
			[]contactWant{{names: []string{"Tamas Ferenczi", "Jozef Varhol"}, mode: "phone", status: "held", date: "", dateText: "Monday"}}},
		{"two of the family later name no one", "Hungarian Foreign Minister Tamas Ferenczi met his Slovak counterpart in Vienna on Monday. Slovak Foreign Minister Jozef Varhol told reporters gas would flow. Former Slovak Foreign Minister Anna Kral disagreed.", "", nil},
	})
	for _, tc := range []struct {
		name string
		text string
		want []quoteWant
	}{
		{"his counterpart said before the name", `Hungarian Foreign Minister Tamas Ferenczi called his Slovak counterpart, who promised to keep the pipeline open. "We will not let Hungary freeze," his Slovak counterpart said. Slovak Foreign Minister Jozef Varhol later flew to Bratislava.`,
			[]quoteWant{{"We will not let Hungary freeze,", "Jozef Varhol"}}},
		{"his counterpart of a country with two ministers named", `Hungarian Foreign Minister Tamas Ferenczi called his Slovak counterpart. "We will not let Hungary freeze," his Slovak counterpart said. Slovak Foreign Minister Jozef Varhol and former Slovak Foreign Minister Anna Kral later flew to Bratislava.`,
			[]quoteWant{{"We will not let Hungary freeze,", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: tc.text}), tc.want)
		})
	}
}

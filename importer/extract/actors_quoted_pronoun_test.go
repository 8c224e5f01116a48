package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestPronounInsideQuotationIsNotItsSpeaker covers "he" inside a quotation: its speaker
// speaks of himself as "I", so the pronoun is the person the sentences before speak of,
// never the one quoted; outside quotations nothing changes.
func TestPronounInsideQuotationIsNotItsSpeaker(t *testing.T) {
	x := newExtractor(t)
	const before = "President Pierre Lamont arrived in Accra on Monday. Foreign Minister Samuel Okyere welcomed him at the airport.\n\n"
	runPronounCases(t, x, []pronounCase{
		{"colon before the quotation", before + `Okyere said: "He told me the talks will go on."`, `He told`, "Pierre Lamont"},
		{"second sentence of the quotation", before + `Okyere said: "The talks went well. He is an old friend."`, `He is`, "Pierre Lamont"},
		{"attribution after", before + `"He is an old friend of Ghana," Okyere told reporters.`, `He is`, "Pierre Lamont"},
		{"outside the quotation", before + `Okyere said he was pleased.`, `he was`, "Samuel Okyere"},
	})
}

// pronounCase is a text, the words a pronoun (or other mention) starts, and the actor it
// should resolve to ("" for none).
type pronounCase struct{ name, text, at, want string }

// runPronounCases checks each case's mention at its words with mentionActor.
func runPronounCases(t *testing.T, x *extract.Extractor, cases []pronounCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := mentionActor(t, x, c.text, c.at); got != c.want {
				t.Errorf("%q is %q, want %q", c.at, got, c.want)
			}
		})
	}
}

// mentionActor returns the actor Explain resolves the mention to that starts where the
// last occurrence of at does in text ("" for none), failing when no mention starts there.
func mentionActor(tb testing.TB, x *extract.Extractor, text, at string) string {
	tb.Helper()
	return mentionActorIn(tb, x, extract.Input{Text: text}, at)
}

// mentionActorIn is mentionActor on a whole input: its headline, its day.
func mentionActorIn(tb testing.TB, x *extract.Extractor, in extract.Input, at string) string {
	tb.Helper()
	i := strings.LastIndex(in.Text, at)
	if i < 0 {
		tb.Fatalf("%q not in the text", at)
	}
	start := len([]rune(in.Text[:i]))
	for _, st := range x.Explain(in).Sentences {
		for _, m := range st.Mentions {
			if m.Start == start {
				return m.Actor
			}
		}
	}
	tb.Fatalf("no mention at %q", at)
	return ""
}

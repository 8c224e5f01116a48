package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestPronounInsideQuotationIsNotItsSpeaker covers "he" inside a quotation:
// its speaker speaks of himself as "I", so the pronoun is the person the sentences before
// speak of, never the one quoted; outside quotations nothing changes.
func TestPronounInsideQuotationIsNotItsSpeaker(t *testing.T) {
	x := newExtractor(t)
	const before = "President Pierre Lamont arrived in Accra on Monday. Foreign Minister Samuel Okyere welcomed him at the airport.\n\n"
	cases := []struct {
		name, text, pronounIn, want string
	}{
		{"colon before the quotation", before + `Okyere said: "He told me the talks will go on."`, `"He told`, "Pierre Lamont"},
		{"second sentence of the quotation", before + `Okyere said: "The talks went well. He is an old friend."`, `He is`, "Pierre Lamont"},
		{"attribution after", before + `"He is an old friend of Ghana," Okyere told reporters.`, `"He is`, "Pierre Lamont"},
		{"outside the quotation", before + `Okyere said he was pleased.`, `he was`, "Samuel Okyere"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Helper()
			ex := x.Explain(extract.Input{Text: c.text})
			at := strings.Index(c.text, c.pronounIn)
			if strings.HasPrefix(c.pronounIn, `"`) {
				at++
			}
			at = len([]rune(c.text[:at]))
			for _, st := range ex.Sentences {
				for _, m := range st.Mentions {
					if m.Start == at {
						if m.Actor != c.want {
							t.Errorf("%q is %q, want %q", m.Text, m.Actor, c.want)
						}
						return
					}
				}
			}
			t.Errorf("no mention at %d", at)
		})
	}
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteTouchingVerbBeforeBeatsLooseOneAfter runs made-up sentences where a speech verb
// touches a quotation before it and another speech verb, in a clause joined after it, does
// not: the touching one gives the speaker, as `"...," X said` would.
func TestQuoteTouchingVerbBeforeBeatsLooseOneAfter(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"and that, as another said",
			"Let us remember what Senator Tomas Berg meant when he said, \"The border must stay open,\" and that, as his successor, Anna Lind, said, the work goes on.",
			[]quoteWant{{"The border must stay open,", "Tomas Berg"}}},
		{"attribution after that touches still wins",
			"Governor Anna Lind said on Monday that the bridge would reopen. \"We will rebuild it,\" Mayor Ilse Varga said.",
			[]quoteWant{{"We will rebuild it,", "Ilse Varga"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

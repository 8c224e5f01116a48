package parse_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer/parse"
)

// tok renders tokens as "text@start-end" for compact comparison.
func tok(ts []parse.Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s@%d-%d", t.Text, t.Start, t.End)
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		name, text string
		base       int
		want       string
	}{
		{"negation clitic", "Putin didn't call.", 0,
			"Putin@0-5 did@6-9 n't@9-12 call@13-17 .@17-18"},
		{"abbreviations and possessive", "The U.S. and Mr. Xi's envoy met Gen. Lee.", 0,
			"The@0-3 U.S.@4-8 and@9-12 Mr.@13-16 Xi@17-19 's@19-21 envoy@22-27 met@28-31 Gen.@32-36 Lee@37-40 .@40-41"},
		{"quotes and colon", `He said: "We can't."`, 0,
			`He@0-2 said@3-7 :@7-8 "@9-10 We@10-12 ca@13-15 n't@15-18 .@18-19 "@19-20`},
		{"numbers currency percent brackets", "It cost $1,200.50 (about 5%) in the 1990s.", 0,
			"It@0-2 cost@3-7 $@8-9 1,200.50@9-17 (@18-19 about@19-24 5@25-26 %@26-27 )@27-28 in@29-31 the@32-35 1990s@36-41 .@41-42"},
		{"email and url stay whole", "Write to info@example.org or see https://example.com/a?b=1.", 0,
			"Write@0-5 to@6-8 info@example.org@9-25 or@26-28 see@29-32 https://example.com/a?b=1@33-58 .@58-59"},
		{"curly apostrophe and hyphen", "Modi’s well-known aide", 0,
			"Modi@0-4 ’s@4-6 well@7-11 -@11-12 known@12-17 aide@18-22"},
		{"rune offsets with base", "Zelenskyy’s aide — Yermak.", 100,
			"Zelenskyy@100-109 ’s@109-111 aide@112-116 —@117-118 Yermak@119-125 .@125-126"},
		{"other clitics and cannot", "I'm sure they'll say we cannot.", 0,
			"I@0-1 'm@1-3 sure@4-8 they@9-13 'll@13-16 say@17-20 we@21-23 can@24-27 not@27-30 .@30-31"},
		{"plural possessive and time", "The leaders' talks began at 10:30 a.m. on Jan. 5.", 0,
			"The@0-3 leaders@4-11 '@11-12 talks@13-18 began@19-24 at@25-27 10:30@28-33 a.m.@34-38 on@39-41 Jan.@42-46 5@47-48 .@48-49"},
		{"ellipsis and question", "Really...? Yes!", 0,
			"Really@0-6 ...@6-9 ?@9-10 Yes@11-14 !@14-15"},
		{"empty", "  ", 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := tok(parse.Tokenize(c.text, c.base)); got != c.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.text, got, c.want)
			}
		})
	}
}

// TestTokenizeOffsetsMatchText checks that every token's offsets select its text.
func TestTokenizeOffsetsMatchText(t *testing.T) {
	text := "« Bonjour », dit-il — the Élysée’s 2nd call (with Olaf Scholz) lasted 45 min…"
	runes := []rune(text)
	for _, tk := range parse.Tokenize(text, 0) {
		if got := string(runes[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("token %q at %d-%d selects %q", tk.Text, tk.Start, tk.End, got)
		}
	}
}

package gum_test

import (
	"fmt"
	"strings"
	"testing"

	"hotline/importer/internal/gum"
)

// statement is a made-up document whose dates are of every grain, one on a multiword
// token and one in its title paragraph, with a quotation in a quotation and an
// escaped tag.
func statement(tb testing.TB) string {
	tb.Helper()
	return conllu(tb,
		"# newdoc id = made_up_statement",
		"# meta::title = Talks 2026",
		"# newpar",
		"1 Talks NOUN 0 root _",
		`2 2026 NUM 1 nmod XML=<date%20when:::"2026"></date>`,
		"",
		"# newpar",
		`1 She PRON 2 nsubj XML=<date when:::"2026-03-04T10:00">`,
		"2 wrote VERB 0 root XML=</date>",
		`3 " PUNCT 4 punct SpaceAfter=No|XML=<quote>`,
		`4 Since VERB 2 ccomp XML=<date from:::"2025-09" to:::"2026-01">`,
		"5 autumn NOUN 4 obl XML=</date>",
		`6 '' PUNCT 7 punct SpaceAfter=No|XML=<q><ref target:::"https://example.org/a%27b">`,
		`7 March PROPN 4 obj XML=<date when:::"--03"></date>`,
		"8 '' PUNCT 7 punct SpaceAfter=No|XML=</ref></q>",
		`9 " PUNCT 4 punct XML=</quote>`,
		`10-11 y'know _ _ _ _`,
		`10 y' PRON 11 nsubj XML=<date notBefore:::"2020-04">`,
		"11 know VERB 2 parataxis XML=</date>",
		`12 aeons NOUN 11 obj XML=<date when:::"w"></date>`,
		"",
	)
}

func TestXML(t *testing.T) {
	for _, c := range []struct {
		name   string
		o      gum.Options
		dates  string
		quotes string
	}{
		{
			name:   "title kept",
			dates:  `year "2026" 2026..; day "She wrote" 2026-03-04T10:00..; range "Since autumn" 2025-09..2026-01; month "March" --03..; range "y'know" 2020-04..; other "aeons" w..`,
			quotes: "{7 10} {4 11}",
		},
		{
			name:   "title left out",
			o:      gum.Options{OmitTitle: true},
			dates:  `year "" 2026..; day "She wrote" 2026-03-04T10:00..; range "Since autumn" 2025-09..2026-01; month "March" --03..; range "y'know" 2020-04..; other "aeons" w..`,
			quotes: "{7 10} {4 11}",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := read(t, statement(t), c.o)[0]
			var ds []string
			for _, g := range d.Dates {
				if (g.Start < 0) != (g.Text == "") || g.Start >= 0 && printed(d, g.Start, g.End) != g.Text {
					t.Errorf("date %+v is not on the text", g)
				}
				ds = append(ds, fmt.Sprintf("%s %q %s%s..%s", g.Grain, g.Text, g.Value, g.From, g.To))
			}
			if got := strings.Join(ds, "; "); got != c.dates {
				t.Errorf("dates %s, want %s", got, c.dates)
			}
			if got := strings.Trim(fmt.Sprint(d.Quotes), "[]"); got != c.quotes {
				t.Errorf("quotes %s, want %s", got, c.quotes)
			}
		})
	}
}

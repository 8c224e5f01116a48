package source_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"hotline/importer/source"
)

// TestReadMarkup reads made-up stories whose body a scraper kept as the page's HTML: the
// article's text must be what the page prints, paragraphs apart, with no tags and no
// character references, while plain text with an ampersand or a bracket stays as it is.
func TestReadMarkup(t *testing.T) {
	jsonl := func(title, body string) string {
		b, err := json.Marshal(map[string]string{"headline": title, "content": body})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	cases := []struct {
		name, file, body, title, text string
	}{
		{
			name: "paragraphs on one line, references and a link", file: "a.jsonl",
			body:  jsonl("Lahti &amp; Tamm meet", `<p>Finnish President Aino Lahti met Estonian Prime Minister&nbsp;Karl Tamm in <a href="https://example.com/tallinn">Tallinn</a> on Tuesday.</p><p>&#8220;We agreed,&#8221; Lahti said &mdash; and Tamm&#8217;s aides nodded.</p>`),
			title: "Lahti & Tamm meet",
			text:  "Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm in Tallinn on Tuesday.\n\n“We agreed,” Lahti said — and Tamm’s aides nodded.",
		},
		{
			name: "double line breaks, an empty paragraph and a script", file: "b.jsonl",
			body:  jsonl("Talks", "Envoys met in Oslo on Monday.<br /><br /><p>&nbsp;</p>Talks resume <em>next week</em>, a spokesman said.<script>var ad = 1;</script><br>"),
			title: "Talks",
			text:  "Envoys met in Oslo on Monday.\n\nTalks resume next week, a spokesman said.",
		},
		{
			name: "a single break is a line end, source line ends are spaces", file: "c.jsonl",
			body:  jsonl("Talks", "<div>Ministers met\nin Rome.<br>They spoke again.</div>"),
			title: "Talks",
			text:  "Ministers met in Rome.\nThey spoke again.",
		},
		{
			name: "references without tags", file: "d.csv",
			body:  "title,text\nTalks,Procter &amp; Gamble&#8217;s chief met the minister.\n",
			title: "Talks",
			text:  "Procter & Gamble’s chief met the minister.",
		},
		{
			name: "a text file saved as HTML", file: "e.txt",
			body:  "---\ntitle: Talks &amp; trade\n---\n<p>Ministers met in Rome.</p>\n<p>They spoke again on Friday.</p>\n",
			title: "Talks & trade",
			text:  "Ministers met in Rome.\n\nThey spoke again on Friday.",
		},
		{
			name: "markdown links, a picture, strong words, a subheading and the title again", file: "g.md",
			body: "---\ntitle: Talks end.\n---\n# Talks end.\n\n[Finnish President](https://www.example.com/people/lahti) Aino Lahti met Karl Tamm.\n\n" +
				"![The two leaders in Tallinn](https://www.example.com/photo.jpg \"Photo\")\n\n## Next steps\n\n**Tamm** said the talks would [resume](/world/talks) in June.\n",
			title: "Talks end.",
			text:  "Finnish President Aino Lahti met Karl Tamm.\n\n\n\nNext steps\n\nTamm said the talks would resume in June.",
		},
		{
			name: "markdown in a record's body", file: "h.jsonl",
			body:  jsonl("Talks", "**TALLINN** - [Aino Lahti](https://www.example.com/lahti) met __Karl Tamm__ on Tuesday."),
			title: "Talks",
			text:  "TALLINN - Aino Lahti met Karl Tamm on Tuesday.",
		},
		{
			name: "brackets and asterisks of plain text stay", file: "i.jsonl",
			body:  jsonl("Talks", "The minister [sic] said 2 * 3 ** 2 was a riddle (AP)."),
			title: "Talks",
			text:  "The minister [sic] said 2 * 3 ** 2 was a riddle (AP).",
		},
		{
			name: "plain text with an ampersand and brackets stays", file: "f.jsonl",
			body:  jsonl("AT&T <update>", "AT&T and R&D chiefs met; 3 < 4 and a <b-roll> clip & more."),
			title: "AT&T <update>",
			text:  "AT&T and R&D chiefs met; 3 < 4 and a <b-roll> clip & more.",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{c.file: c.body})
			got, skips := readAll(t, source.Input{Path: filepath.Join(dir, c.file)})
			if len(skips) != 0 || len(got) != 1 {
				t.Fatalf("got %d articles, skips %v", len(got), skips)
			}
			if got[0].Title != c.title || got[0].Text != c.text {
				t.Errorf("got title %q text\n%q\nwant title %q text\n%q", got[0].Title, got[0].Text, c.title, c.text)
			}
		})
	}
}

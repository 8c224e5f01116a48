package source_test

import (
	"os"
	"path/filepath"
	"testing"

	"hotline/importer/source"
)

// writeFiles writes name -> content into a fresh temporary folder and returns it.
func writeFiles(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// brief is the part of an Article the format tests compare; Source is relative to the
// temporary folder.
type brief struct {
	Source, Title, Published, URL, Publisher, Author, Text string
}

func TestReadFormats(t *testing.T) {
	cases := []struct {
		name string
		file string
		body string
		want []brief
	}{
		{
			name: "plain text with title",
			file: "a.txt",
			body: "Leaders agree to talk again\n\nThe two ministers spoke on Monday.\nThey will speak again.\n",
			want: []brief{{Source: "a.txt", Title: "Leaders agree to talk again", Text: "The two ministers spoke on Monday.\nThey will speak again."}},
		},
		{
			name: "metadata line, windows line ends, BOM",
			file: "b.txt",
			body: "\uFEFF date 2023-05-04 Politics\r\nTalks resume in Vienna\r\n\r\nDiplomats met on Thursday.\r\n",
			want: []brief{{Source: "b.txt", Title: "Talks resume in Vienna", Published: "2023-05-04", Text: "Diplomats met on Thursday."}},
		},
		{
			name: "front matter and the CR line ends of classic Mac OS",
			file: "b2.txt",
			body: "---\rtitle: Envoys meet\rdate: 1989-03-04\r---\rThe envoys met in Oslo on Tuesday.\r\rThey spoke again.\r",
			want: []brief{{Source: "b2.txt", Title: "Envoys meet", Published: "1989-03-04", Text: "The envoys met in Oslo on Tuesday.\n\nThey spoke again."}},
		},
		{
			name: "wire archives in SGML, TREC's and Gigaword's",
			file: "ap.sgml",
			body: "<DOC>\n<DOCNO> AP871204-0123 </DOCNO>\n<FILEID>AP-NR-12-04-87 1532EST</FILEID>\n<HEAD>Finnish, Estonian Leaders Meet</HEAD>\n" +
				"<BYLINE>By ANSEL PORTER</BYLINE>\n<BYLINE>Associated Press Writer</BYLINE>\n<DATELINE>TALLINN (AP) </DATELINE>\n<TEXT>\n" +
				"   TALLINN (AP) _ Finnish President Aino Lahti met Estonian Prime Minister\nKarl Tamm today.\n   ``We agreed,'' Lahti said.\n</TEXT>\n</DOC>\n" +
				"<DOC id=\"XIN_ENG_19950101.0002\" type=\"story\">\n<HEADLINE>\nEnvoys Meet in Oslo\n</HEADLINE>\n<DATELINE>OSLO, Jan. 1 (Xinhua) --</DATELINE>\n<TEXT>\n" +
				"<P>\nThe envoys met on Sunday.\n</P>\n<P>\nThey will meet again.\n</P>\n</TEXT>\n</DOC>\n",
			want: []brief{
				{Source: "ap.sgml#1", Title: "Finnish, Estonian Leaders Meet", Published: "1987-12-04", Author: "ANSEL PORTER",
					Text: "TALLINN (AP) _ Finnish President Aino Lahti met Estonian Prime Minister\nKarl Tamm today.\n   ``We agreed,'' Lahti said."},
				{Source: "ap.sgml#2", Title: "Envoys Meet in Oslo", Published: "1995-01-01", Text: "OSLO, Jan. 1 (Xinhua) -- The envoys met on Sunday.\n\nThey will meet again."},
			},
		},
		{
			name: "a wire archive saved as text",
			file: "ap880212.txt",
			body: "<DOC>\n<DOCNO> AP880212-0001 </DOCNO>\n<HEAD>Envoys Meet</HEAD>\n<TEXT>\n   OSLO (AP) _ The envoys met today.\n</TEXT>\n</DOC>\n",
			want: []brief{{Source: "ap880212.txt#1", Title: "Envoys Meet", Published: "1988-02-12", Text: "OSLO (AP) _ The envoys met today."}},
		},
		{
			name: "a journal's archive without its last end tag",
			file: "wsj.sgm",
			body: "<DOC>\n<DOCNO> WSJ871204-0042 </DOCNO>\n<HL> Envoys Meet </HL>\n<TEXT>\n    The envoys met yesterday in Oslo.\n</TEXT>\n",
			want: []brief{{Source: "wsj.sgm#1", Title: "Envoys Meet", Published: "1987-12-04", Text: "The envoys met yesterday in Oslo."}},
		},
		{
			name: "markdown front matter",
			file: "c.md",
			body: "---\ntitle: Envoys meet\ndate: 2021-03-04T10:00:00Z\nurl: https://example.org/a\nsource: Example News\nauthor: [Ann Lee, Bo Chan]\n---\nThe envoys met in Oslo on Tuesday.\n",
			want: []brief{{Source: "c.md", Title: "Envoys meet", Published: "2021-03-04", URL: "https://example.org/a", Publisher: "Example News", Author: "Ann Lee, Bo Chan", Text: "The envoys met in Oslo on Tuesday."}},
		},
		{
			name: "markdown heading",
			file: "d.md",
			body: "# Envoys meet in Oslo\n\nThe envoys met on Tuesday.\n",
			want: []brief{{Source: "d.md", Title: "Envoys meet in Oslo", Text: "The envoys met on Tuesday."}},
		},
		{
			name: "json lines",
			file: "e.jsonl",
			body: `{"title":"One","text":"First body.","date":"2022-02-01T08:00:00Z","url":"https://x/1","source_domain":"x.org","authors":["A B","C D"]}` + "\n\n" +
				`{"Title":"Two","maintext":"Second body.","date_publish":"2022-02-02 10:00:00","Publisher":"X"}` + "\n",
			want: []brief{
				{Source: "e.jsonl#1", Title: "One", Published: "2022-02-01", URL: "https://x/1", Publisher: "x.org", Author: "A B, C D", Text: "First body."},
				{Source: "e.jsonl#2", Title: "Two", Published: "2022-02-02", Publisher: "X", Text: "Second body."},
			},
		},
		{
			name: "ndjson with unix time and nested source",
			file: "f.ndjson",
			body: `{"headline":"H","content":"Body.","publishedAt":1643709600,"source":{"id":null,"name":"Wire"}}`,
			want: []brief{{Source: "f.ndjson#1", Title: "H", Published: "2022-02-01", Publisher: "Wire", Text: "Body."}},
		},
		{
			name: "json array",
			file: "g.json",
			body: `[{"title":"A","body":"Alpha.","pubDate":"Tue, 01 Feb 2022 10:00:00 GMT"},{"title":"B","article":"Beta.","link":"https://b"}]`,
			want: []brief{
				{Source: "g.json#1", Title: "A", Published: "2022-02-01", Text: "Alpha."},
				{Source: "g.json#2", Title: "B", URL: "https://b", Text: "Beta."},
			},
		},
		{
			name: "json single object",
			file: "h.json",
			body: `{"title":"Only","text":"The only one.","published":"Feb 1, 2022"}`,
			want: []brief{{Source: "h.json", Title: "Only", Published: "2022-02-01", Text: "The only one."}},
		},
		{
			name: "dates as pages and databases export them",
			file: "m.jsonl",
			body: `{"title":"A","text":"Alpha.","published_time":"March 12, 2024 5:05 AM ET"}` + "\n" +
				`{"title":"B","text":"Beta.","date":{"$date":"2024-03-12T10:32:00Z"}}` + "\n" +
				`{"title":"C","text":"Gamma.","date":{"$date":{"$numberLong":"1710239520000"}}}` + "\n" +
				`{"title":"D","text":"Delta.","date":"13/03/2024"}` + "\n" +
				`{"title":"E","text":"Epsilon.","date":"04/03/2024"}` + "\n" +
				`{"title":"F","text":"Zeta.","publishedDate":"2024-03-12T10:32:00.000+05:30"}` + "\n" +
				`{"title":"G","text":"Eta.","seendate":"20240312T103200Z"}` + "\n" +
				`{"title":"H","text":"Theta.","published_on":1710239520.5}` + "\n",
			want: []brief{
				{Source: "m.jsonl#1", Title: "A", Published: "2024-03-12", Text: "Alpha."},
				{Source: "m.jsonl#2", Title: "B", Published: "2024-03-12", Text: "Beta."},
				{Source: "m.jsonl#3", Title: "C", Published: "2024-03-12", Text: "Gamma."},
				{Source: "m.jsonl#4", Title: "D", Published: "2024-03-13", Text: "Delta."},
				{Source: "m.jsonl#5", Title: "E", Text: "Epsilon."},
				{Source: "m.jsonl#6", Title: "F", Published: "2024-03-12", Text: "Zeta."},
				{Source: "m.jsonl#7", Title: "G", Published: "2024-03-12", Text: "Eta."},
				{Source: "m.jsonl#8", Title: "H", Published: "2024-03-12", Text: "Theta."},
			},
		},
		{
			name: "a spreadsheet's headers with spaces",
			file: "p.csv",
			body: "Title,Article Text,Published Date,Source Domain\nA,Alpha.,12 March 2024,x.org\n",
			want: []brief{{Source: "p.csv#1", Title: "A", Published: "2024-03-12", Publisher: "x.org", Text: "Alpha."}},
		},
		{
			name: "Hugo front matter",
			file: "o.md",
			body: "---\ntitle: Envoys meet\npublishDate: 2024-03-12T10:00:00+01:00\nlastmod: 2024-04-01\n---\nThe envoys met in Oslo on Tuesday.\n",
			want: []brief{{Source: "o.md", Title: "Envoys meet", Published: "2024-03-12", Text: "The envoys met in Oslo on Tuesday."}},
		},
		{
			name: "csv separated by semicolons, as Excel writes where the comma is the decimal mark",
			file: "s.csv",
			body: "title;text;date\nTalks;\"Anna Berg met Carl Dunn; they spoke, at length.\";2024-03-12\n",
			want: []brief{{Source: "s.csv#1", Title: "Talks", Published: "2024-03-12", Text: "Anna Berg met Carl Dunn; they spoke, at length."}},
		},
		{
			name: "csv separated by tabs",
			file: "t.csv",
			body: "title\ttext\tdate\nTalks\tAnna Berg met Carl Dunn, in Oslo.\t2024-03-12\n",
			want: []brief{{Source: "t.csv#1", Title: "Talks", Published: "2024-03-12", Text: "Anna Berg met Carl Dunn, in Oslo."}},
		},
		{
			name: "csv separated by commas keeps the semicolons of its text",
			file: "u.csv",
			body: "title,text\nTalks,Anna Berg met Carl Dunn; they spoke.\n",
			want: []brief{{Source: "u.csv#1", Title: "Talks", Text: "Anna Berg met Carl Dunn; they spoke."}},
		},
		{
			name: "tsv, a quoted field with a tab and a line break",
			file: "v.tsv",
			body: "title\ttext\nTalks\t\"Anna Berg met Carl Dunn.\tThey spoke.\nThey agreed.\"\n",
			want: []brief{{Source: "v.tsv#1", Title: "Talks", Text: "Anna Berg met Carl Dunn.\tThey spoke.\nThey agreed."}},
		},
		{
			name: "trafilatura's JSON: source is the address, source-hostname the outlet",
			file: "w.json",
			body: `{"title": "Ministers talk", "author": "Jo Doe", "hostname": "example.org", "date": "2024-03-14", "raw_text": "raw", "text": "Anna Berg spoke by phone with Carl Dunn.", "source": "https://example.org/b", "source-hostname": "Example Org"}`,
			want: []brief{{Source: "w.json", Title: "Ministers talk", Published: "2024-03-14", URL: "https://example.org/b", Publisher: "Example Org", Author: "Jo Doe", Text: "Anna Berg spoke by phone with Carl Dunn."}},
		},
		{
			name: "a source that is an address and no outlet: the address's host",
			file: "x.csv",
			body: "title,text,source\nTalks,Anna Berg met Carl Dunn.,https://www.example.net/world/talks\n",
			want: []brief{{Source: "x.csv#1", Title: "Talks", URL: "https://www.example.net/world/talks", Publisher: "www.example.net", Text: "Anna Berg met Carl Dunn."}},
		},
		{
			name: "an RSS 2.0 feed: the full content where it is carried, else the description",
			file: "feed.rss",
			body: `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Ministers meet</title><link>https://wire.example/a</link><pubDate>Tue, 12 Mar 2024 08:30:00 GMT</pubDate><dc:creator>Jo Doe</dc:creator><description>Short.</description><content:encoded><![CDATA[<p>Anna Berg met Carl Dunn in Oslo on Tuesday.</p>]]></content:encoded></item>
<item><title>Call &amp; talks</title><link>https://wire.example/b</link><pubDate>Wed, 13 Mar 2024 09:00:00 +0000</pubDate><description>Anna Berg spoke by phone with Carl Dunn&nbsp;on Wednesday.</description></item>
</channel></rss>`,
			want: []brief{
				{Source: "feed.rss#1", Title: "Ministers meet", Published: "2024-03-12", URL: "https://wire.example/a", Publisher: "Example Wire", Author: "Jo Doe", Text: "Anna Berg met Carl Dunn in Oslo on Tuesday."},
				{Source: "feed.rss#2", Title: "Call & talks", Published: "2024-03-13", URL: "https://wire.example/b", Publisher: "Example Wire", Text: "Anna Berg spoke by phone with Carl Dunn\u00a0on Wednesday."},
			},
		},
		{
			name: "an Atom feed",
			file: "feed.atom",
			body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Times</title><link href="https://times.example/"/>
<entry><title>Envoys talk</title><link rel="alternate" href="https://times.example/c"/><published>2024-03-14T10:00:00Z</published><updated>2024-03-15T10:00:00Z</updated><author><name>Ann Lee</name></author><content type="html">&lt;p&gt;Anna Berg held talks with Carl Dunn.&lt;/p&gt;</content></entry>
</feed>`,
			want: []brief{{Source: "feed.atom#1", Title: "Envoys talk", Published: "2024-03-14", URL: "https://times.example/c", Publisher: "Example Times", Author: "Ann Lee", Text: "Anna Berg held talks with Carl Dunn."}},
		},
		{
			name: "front matter YAML refuses: a colon in the headline",
			file: "q.md",
			body: "---\ntitle: Ukraine live: envoys meet in Geneva\ndate: 2024-03-12\nsource: 'Example News'\n---\nThe envoys met in Geneva on Tuesday.\n",
			want: []brief{{Source: "q.md", Title: "Ukraine live: envoys meet in Geneva", Published: "2024-03-12", Publisher: "Example News", Text: "The envoys met in Geneva on Tuesday."}},
		},
		{
			name: "a text file's published line with the time first",
			file: "n.txt",
			body: "Published: 10:32 AM GMT+8, Tue March 12, 2024\nTalks resume\n\nDiplomats met on Tuesday.\n",
			want: []brief{{Source: "n.txt", Title: "Talks resume", Published: "2024-03-12", Text: "Diplomats met on Tuesday."}},
		},
		{
			name: "a stamp over a dated file's first entry stays in the body",
			file: "q.md",
			body: "---\ntitle: Live talks\ndate: 2024-03-11\n---\nUpdated March 12, 2024, 9:12 a.m. ET\n\nDiplomats met today.\n",
			want: []brief{{Source: "q.md", Title: "Live talks", Published: "2024-03-11", Text: "Updated March 12, 2024, 9:12 a.m. ET\n\nDiplomats met today."}},
		},
		{
			name: "description as last resort",
			file: "i.json",
			body: `[{"title":"S","description":"Summary only.","text":""}]`,
			want: []brief{{Source: "i.json#1", Title: "S", Text: "Summary only."}},
		},
		{
			name: "csv with BOM and quoted newlines",
			file: "j.csv",
			body: "\uFEFFTitle,Text,Date,URL,Site_Name,Author\n" +
				"A,\"Line one.\nLine two.\",1 February 2022,https://a,Wire,Jo\n" +
				"B,\"He said \"\"yes\"\".\",,,,\n",
			want: []brief{
				{Source: "j.csv#1", Title: "A", Published: "2022-02-01", URL: "https://a", Publisher: "Wire", Author: "Jo", Text: "Line one.\nLine two."},
				{Source: "j.csv#2", Title: "B", Text: `He said "yes".`},
			},
		},
		{
			name: "keys differing in case: the non-empty one wins",
			file: "l.jsonl",
			body: `{"TITLE":"","Title":"Real","text":"Body.","Date":"","date":"2022-02-01"}`,
			want: []brief{{Source: "l.jsonl#1", Title: "Real", Published: "2022-02-01", Text: "Body."}},
		},
		{
			name: "unparseable date is empty",
			file: "k.jsonl",
			body: `{"text":"Body.","date":"sometime last week"}`,
			want: []brief{{Source: "k.jsonl#1", Text: "Body."}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{c.file: c.body})
			got, skips := readAll(t, source.Input{Path: dir})
			if len(skips) != 0 {
				t.Errorf("skips: %v", skips)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d articles %+v, want %d", len(got), got, len(c.want))
			}
			for i, a := range got {
				rel, err := filepath.Rel(filepath.ToSlash(dir), a.Source)
				if err != nil {
					t.Fatal(err)
				}
				b := brief{rel, a.Title, a.Published, a.URL, a.Publisher, a.Author, a.Text}
				if b != c.want[i] {
					t.Errorf("article %d:\n got %+v\nwant %+v", i, b, c.want[i])
				}
			}
		})
	}
}

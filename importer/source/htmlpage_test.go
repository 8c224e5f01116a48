package source_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"hotline/importer/source"
)

// page is a made-up news page as sites print one: a head with metadata, a menu, the
// story with a byline, a photograph and its caption, a related-stories box, a sign-up box,
// readers' comments and a footer. head and story are the parts a case changes.
func page(head, story string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` + head + `</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>Lahti and Tamm meet in Tallinn</h1>
<p class="byline">By Ann Lee</p>
<figure><img src="/p.jpg" alt=""><figcaption>Finnish President Aino Lahti meets Estonian Prime Minister Karl Tamm. (Photo: Example)</figcaption></figure>
` + story + `
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ruiz hosts Okafor for dinner in Madrid</a></li><li><a href="/b">Sato and Dube hold video call</a></li></ul></aside>
<div class="newsletter">Sign up for our morning briefing.</div>
</article>
<section id="comments"><h2>Comments (2)</h2>
<div class="comment"><b>reader71</b> Lahti should have called Mensah instead. Reply</div>
<div class="comment"><b>Maria K.</b> I met Tamm in Tartu last year. Reply</div></section>
<div id="disqus_thread"></div></main>
<footer>© 2026 Example News. Most read: Haddad speaks with Varga by phone.</footer></body></html>`
}

// story is the body of the made-up page: long enough for Readability to tell it from
// the furniture, as a real story is.
const story = `<p>TALLINN - Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm in Tallinn on Tuesday, the first visit by a Finnish head of state in four years.</p>
<p>"We spoke about the border and about energy," Lahti told reporters after the talks, which lasted more than two hours at the government's Stenbock House.</p>
<p>Tamm said the two countries would hold a joint cabinet meeting in the spring and that ministers of both governments would meet again in Helsinki before then.</p>`

// storyText is story's paragraphs as the importer reads them.
const storyText = "TALLINN - Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm in Tallinn on Tuesday, the first visit by a Finnish head of state in four years.\n\n" +
	"\"We spoke about the border and about energy,\" Lahti told reporters after the talks, which lasted more than two hours at the government's Stenbock House.\n\n" +
	"Tamm said the two countries would hold a joint cabinet meeting in the spring and that ministers of both governments would meet again in Helsinki before then."

// TestReadWebPages reads saved web pages: the story alone, without the menu, caption,
// related stories, sign-up box, comments or footer, and its metadata from the head (Open
// Graph, article:published_time, JSON-LD, the canonical link) whichever way a site
// prints it.
func TestReadWebPages(t *testing.T) {
	const og = `<title>Lahti and Tamm meet in Tallinn | Example News</title>
<link rel="canonical" href="https://news.example.com/world/2026/03/lahti-tamm">
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Lahti and Tamm meet in Tallinn">
<meta property="article:published_time" content="2026-03-03T09:30:00+02:00">`
	const jsonld = `<title>Lahti and Tamm meet in Tallinn - Example News</title>
<meta property="og:url" content="https://news.example.com/a/123">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lahti and Tamm meet in Tallinn",
"datePublished":"2026-03-03T07:30:00Z","author":{"@type":"Person","name":"Ann Lee"},"publisher":{"@type":"Organization","name":"Example News"}}</script>`
	cases := []struct {
		name, file, body string
		want             brief
	}{
		{"Open Graph and a canonical link", "og.html", page(og, story), brief{Source: "og.html",
			Title: "Lahti and Tamm meet in Tallinn", Published: "2026-03-03", URL: "https://news.example.com/world/2026/03/lahti-tamm",
			Publisher: "Example News", Author: "By Ann Lee"}},
		{"JSON-LD and og:url, .htm", "ld.htm", page(jsonld, story), brief{Source: "ld.htm",
			Title: "Lahti and Tamm meet in Tallinn", Published: "2026-03-03", URL: "https://news.example.com/a/123",
			Publisher: "Example News", Author: "Ann Lee"}},
		{"no metadata but a title", "bare.html", page("<title>Lahti and Tamm meet in Tallinn</title>", story), brief{Source: "bare.html",
			Title: "Lahti and Tamm meet in Tallinn", Author: "By Ann Lee"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tc.file: tc.body})
			got, skips := readAll(t, source.Input{Path: dir, Root: dir})
			if len(skips) > 0 || len(got) != 1 {
				t.Fatalf("%d articles, skips %v; want one article", len(got), skips)
			}
			a := got[0]
			checkStory(t, a.Text)
			if b := (brief{a.Source, a.Title, a.Published, a.URL, a.Publisher, a.Author, tc.want.Text}); b != tc.want {
				t.Errorf("read\n%+v\nwant\n%+v", b, tc.want)
			}
		})
	}
}

// checkStory checks a page's text holds the story's paragraphs in order, and none of the
// page's menu, caption, related stories, comments or footer. What Readability keeps of a
// byline or a sign-up line inside the story's container is the cleaner's to remove, as in
// every other format.
func checkStory(tb testing.TB, text string) {
	tb.Helper()
	if !strings.Contains(text, storyText) {
		tb.Errorf("the story's paragraphs are not in the text read:\n%s", text)
	}
	for _, furniture := range []string{"Home", "Subscribe", "(Photo: Example)", "Related stories", "Ruiz hosts",
		"Comments", "reader71", "I met Tamm", "Most read", "Haddad speaks"} {
		if strings.Contains(text, furniture) {
			tb.Errorf("the text read keeps the page's %q:\n%s", furniture, text)
		}
	}
}

// TestReadWebPageEncodings checks a page in a legacy encoding is decoded by the charset it
// declares, and a page that holds no story is skipped with a reason.
func TestReadWebPageEncodings(t *testing.T) {
	latin := strings.ReplaceAll(page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Talks</title>`,
		strings.ReplaceAll(story, "Karl Tamm", "Karl T\xe4mm")), `<meta charset="utf-8">`, "")
	dir := writeFiles(t, map[string]string{
		"latin.html": latin,
		"empty.html": `<!DOCTYPE html><html><head><title>Index</title></head><body><nav><a href="/">Home</a></nav></body></html>`,
	})
	texts, skips := readWith(t, dir, source.Options{})
	if len(texts) != 1 || !strings.Contains(texts[0], "Estonian Prime Minister Karl Tämm in Tallinn") {
		t.Errorf("latin-1 page read as %q", texts)
	}
	if len(skips) != 1 || skips[0].Source != "empty.html" || !strings.Contains(skips[0].Reason, "web page") {
		t.Errorf("skips %v, want empty.html skipped for having no story", skips)
	}
}

// TestReadWebPageSniffed checks that a page piped in, or saved without an extension and
// named on the command line, is read as a page, not as text with tags.
func TestReadWebPageSniffed(t *testing.T) {
	body := page("<title>Lahti and Tamm meet in Tallinn</title>", story)
	dir := writeFiles(t, map[string]string{"saved": body})
	for _, in := range []source.Input{{Path: filepath.Join(dir, "saved")}, {Path: "-", Stdin: strings.NewReader("\n  " + body)}} {
		got, skips := readAll(t, in)
		if len(skips) > 0 || len(got) != 1 {
			t.Fatalf("%s: %d articles, skips %v", in.Path, len(got), skips)
		}
		checkStory(t, got[0].Text)
	}
}

// TestReadRecordPages checks a scraped record that keeps the whole page (in "html", or as
// its body) is read as the page: the story alone, the record's own title and date before
// the page's.
func TestReadRecordPages(t *testing.T) {
	head := `<title>Finnish and Estonian leaders meet in Tallinn | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2026-03-03">`
	line := func(fields map[string]string) string {
		b, err := json.Marshal(fields)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	dir := writeFiles(t, map[string]string{"crawl.jsonl": line(map[string]string{"url": "https://news.example.com/1", "html": page(head, story)}) +
		line(map[string]string{"title": "Leaders meet", "date": "2026-03-04", "text": page(head, story)}) +
		line(map[string]string{"html": "<!DOCTYPE html><html><body><nav>Home</nav></body></html>"})})
	got, skips := readAll(t, source.Input{Path: dir, Root: dir})
	if len(got) != 2 {
		t.Fatalf("%d articles, want 2 (skips %v)", len(got), skips)
	}
	for i, want := range []brief{
		{Source: "crawl.jsonl#1", Title: "Finnish and Estonian leaders meet in Tallinn", Published: "2026-03-03", URL: "https://news.example.com/1", Publisher: "Example News"},
		{Source: "crawl.jsonl#2", Title: "Leaders meet", Published: "2026-03-04", Publisher: "Example News"},
	} {
		a := got[i]
		checkStory(t, a.Text)
		if b := (brief{Source: a.Source, Title: a.Title, Published: a.Published, URL: a.URL, Publisher: a.Publisher}); b != want {
			t.Errorf("read\n%+v\nwant\n%+v", b, want)
		}
	}
	if len(skips) != 1 || skips[0].Source != "crawl.jsonl#3" || !strings.Contains(skips[0].Reason, "no article found") {
		t.Errorf("skips %v, want the third record's page skipped as having no story", skips)
	}
}

package source_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"hotline/importer/source"
)

// BenchmarkReadJSONL measures streaming a JSON Lines export of 1000 articles.
func BenchmarkReadJSONL(b *testing.B) {
	var sb strings.Builder
	body := strings.Repeat("The ministers spoke by phone on Monday about the crisis. ", 40)
	for i := range 1000 {
		fmt.Fprintf(&sb, "{\"title\":\"Story %d\",\"text\":%q,\"date\":\"2022-02-01T10:00:00Z\"}\n", i, body)
	}
	dir := writeFiles(b, map[string]string{"all.jsonl": sb.String()})
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		n := 0
		_, err := source.Read(context.Background(), []source.Input{{Path: dir}}, func(source.Article) error { n++; return nil })
		if err != nil || n != 1000 {
			b.Fatalf("read %d articles: %v", n, err)
		}
	}
}

// BenchmarkReadHTML reads a folder of news-sized web pages (a story of twelve paragraphs
// among menus, related links, comments and scripts, about 60 KB each) through Readability.
func BenchmarkReadHTML(b *testing.B) {
	var furniture strings.Builder
	for i := range 200 {
		fmt.Fprintf(&furniture, `<li><a href="/world/%d">Related story number %d about the talks</a></li>`, i, i)
	}
	var body strings.Builder
	for range 12 {
		body.WriteString("<p>Finnish President Aino Lahti met Estonian Prime Minister Karl Tamm in Tallinn on Tuesday, the first visit by a Finnish head of state in four years, and the two spoke about energy and the border.</p>\n")
	}
	page := "<!DOCTYPE html><html><head><title>Lahti and Tamm meet in Tallinn | Example News</title>" +
		`<script>` + strings.Repeat("var x = 1;", 2000) + `</script></head><body><nav><ul>` + furniture.String() + `</ul></nav>` +
		"<main><article><h1>Lahti and Tamm meet in Tallinn</h1>" + body.String() + "</article><aside><ul>" + furniture.String() +
		"</ul></aside></main><footer>" + furniture.String() + "</footer></body></html>"
	files := map[string]string{}
	for i := range 50 {
		files[fmt.Sprintf("p%02d.html", i)] = page
	}
	dir := writeFiles(b, files)
	b.SetBytes(int64(50 * len(page)))
	b.ResetTimer()
	for range b.N {
		n := 0
		if _, err := source.Read(context.Background(), []source.Input{{Path: dir}}, func(source.Article) error { n++; return nil }); err != nil || n != 50 {
			b.Fatalf("read %d pages: %v", n, err)
		}
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "pages/s")
}

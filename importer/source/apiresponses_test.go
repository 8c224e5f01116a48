package source_test

import (
	"strings"
	"testing"

	"hotline/importer/source"
)

// TestReadAPIResponses reads made-up responses of the news APIs researchers save to files
// as they come: the articles inside the envelope are the records, with the API's own
// names for the fields, and NewsAPI's "[+N chars]" mark of a cut body goes.
func TestReadAPIResponses(t *testing.T) {
	cases := []struct {
		name, file, body string
		want             []brief
	}{
		{"NewsAPI", "newsapi.json", `{"status":"ok","totalResults":2,"articles":[
{"source":{"id":"reuters","name":"Reuters"},"author":"Ann Lee","title":"Lahti meets Tamm","description":"Leaders meet.",
 "url":"https://news.example.com/1","publishedAt":"2026-03-03T10:00:00Z","content":"Finnish President Aino Lahti met Karl Tamm on Tuesday… [+1200 chars]"},
{"source":{"id":null,"name":"Example Wire"},"author":null,"title":"Ozola calls Lahti","description":"Ilze Ozola phoned Aino Lahti.",
 "url":"https://wire.example.com/2","publishedAt":"2026-03-02T08:00:00Z","content":null}]}`, []brief{
			{Source: "newsapi.json#1", Title: "Lahti meets Tamm", Published: "2026-03-03", URL: "https://news.example.com/1", Publisher: "Reuters", Author: "Ann Lee",
				Text: "Finnish President Aino Lahti met Karl Tamm on Tuesday"},
			{Source: "newsapi.json#2", Title: "Ozola calls Lahti", Published: "2026-03-02", URL: "https://wire.example.com/2", Publisher: "Example Wire",
				Text: "Ilze Ozola phoned Aino Lahti."},
		}},
		{"Event Registry", "er.json", `{"articles":{"results":[{"uri":"8123","lang":"eng","date":"2026-03-03","url":"https://example.com/a",
"title":"Ozola calls Lahti","body":"Latvian President Ilze Ozola spoke by phone with Aino Lahti on Monday.","source":{"uri":"example.com","title":"Example Daily"}}],
"totalResults":1,"page":1}}`, []brief{
			{Source: "er.json#1", Title: "Ozola calls Lahti", Published: "2026-03-03", URL: "https://example.com/a", Publisher: "Example Daily",
				Text: "Latvian President Ilze Ozola spoke by phone with Aino Lahti on Monday."},
		}},
		{"the Guardian", "guardian.json", `{"response":{"status":"ok","total":1,"results":[{"id":"world/2026/mar/03/x","type":"article",
"webPublicationDate":"2026-03-03T18:00:00Z","webTitle":"Lahti and Tamm meet","webUrl":"https://www.example.co.uk/world/x",
"fields":{"byline":"Ann Lee","bodyText":"Aino Lahti met Karl Tamm in Tallinn."}}]}}`, []brief{
			{Source: "guardian.json#1", Title: "Lahti and Tamm meet", Published: "2026-03-03", URL: "https://www.example.co.uk/world/x",
				Author: "Ann Lee", Text: "Aino Lahti met Karl Tamm in Tallinn."},
		}},
		{"WordPress REST, one record per line", "wp.jsonl", `{"id":1,"date":"2026-03-03T09:00:00","link":"https://site.example.org/lahti-tamm/","author":17,` +
			`"title":{"rendered":"Lahti &#038; Tamm meet"},"content":{"rendered":"<p>Aino Lahti met Karl Tamm.</p>\n<p>They spoke again.</p>","protected":false}}` + "\n", []brief{
			{Source: "wp.jsonl#1", Title: "Lahti & Tamm meet", Published: "2026-03-03", URL: "https://site.example.org/lahti-tamm/",
				Text: "Aino Lahti met Karl Tamm.\n\nThey spoke again."},
		}},
		{"Elasticsearch hits", "es.json", `{"took":3,"hits":{"total":{"value":1},"hits":[{"_index":"news","_id":"1",` +
			`"_source":{"headline":"Talks","text":"Aino Lahti met Karl Tamm.","published":"2026-03-03"}}]}}`, []brief{
			{Source: "es.json#1", Title: "Talks", Published: "2026-03-03", Text: "Aino Lahti met Karl Tamm."},
		}},
		// A story whose body the scraper missed is not an envelope: its readers' comments
		// are no articles.
		{"an article without its body", "nobody.json", `{"title":"Lahti meets Tamm","url":"https://news.example.com/1",` +
			`"comments":[{"user":"reader71","text":"Lahti should have called Mensah instead."}]}`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tc.file: tc.body})
			if tc.want == nil {
				_, skips := readAll(t, source.Input{Path: dir, Root: dir})
				if len(skips) != 1 || !strings.Contains(skips[0].Reason, "no text") {
					t.Errorf("skips %v, want the record skipped for having no text", skips)
				}
				return
			}
			got, skips := readAll(t, source.Input{Path: dir, Root: dir})
			if len(skips) > 0 || len(got) != len(tc.want) {
				t.Fatalf("%d articles, skips %v; want %d articles", len(got), skips, len(tc.want))
			}
			for i, a := range got {
				if b := (brief{a.Source, a.Title, a.Published, a.URL, a.Publisher, a.Author, a.Text}); b != tc.want[i] {
					t.Errorf("read\n%+v\nwant\n%+v", b, tc.want[i])
				}
			}
		})
	}
}

package views_test

import (
	"context"
	"database/sql"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"hotline/db"
)

// reportsHandler serves a Hotline database (real migrations) holding one contact reported
// by two articles, one without a title, and two contacts that differ only in date words.
func reportsHandler(t *testing.T) http.Handler {
	t.Helper()
	ctx := context.Background()
	path := emptyHotlineDB(t)
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	text1 := "Intro. Lloyd Austin spoke by phone with Sergei Shoigu on Friday, the Pentagon said."
	text2 := "Shoigu and Austin will talk again, officials said."
	for _, q := range []string{
		`INSERT INTO imports(id, started, hotline_version, status) VALUES (1, '2024-01-01', 't', 'completed')`,
		`INSERT INTO articles(id, source, title, published, url, publisher, text, raw_text, content_hash, import_id) VALUES
		 (1, 'a.txt', 'Austin calls Shoigu', '2022-05-14', 'https://example.org/a', 'Example News', '` + text1 + `', 'x', '` + strings.Repeat("a", 64) + `', 1),
		 (2, 'feeds/b.txt', NULL, '2022-05-16', 'javascript:alert(1)', NULL, '` + text2 + `', 'x', '` + strings.Repeat("b", 64) + `', 1)`,
		`INSERT INTO actors(id, name, kind, key) VALUES (1, 'Lloyd Austin', 'person', 'a'), (2, 'Sergei Shoigu', 'person', 's')`,
		`INSERT INTO contacts(id, title, mode, status, date_text) VALUES (1, 'Lloyd Austin & Sergei Shoigu (phone, "Friday")', 'phone', 'held', 'Friday')`,
		`INSERT INTO contact_participants VALUES (1, 1), (1, 2)`,
		`INSERT INTO actor_mentions(article_id, actor_id, surface, start, "end", rule) VALUES
		 (1, 1, 'Lloyd Austin', 7, 19, 'n'), (1, 2, 'Sergei Shoigu', 40, 53, 'n'), (2, 2, 'Shoigu', 0, 6, 'n'), (2, 1, 'Austin', 11, 17, 'n')`,
		`INSERT INTO contact_mentions(contact_id, article_id, status, mode, date_text, sentence, start, "end", rule) VALUES
		 (1, 1, 'held', 'phone', 'Friday', 'Lloyd Austin spoke by phone with Sergei Shoigu on Friday, the Pentagon said.', 20, 25, 'contact.spoke'),
		 (1, 2, 'scheduled', 'unspecified', NULL, 'Shoigu and Austin will talk again, officials said.', 23, 27, 'contact.talk')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%.50s: %v", q, err)
		}
	}
	r, err := db.OpenReader(ctx, path, db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return newHandlerFor(t, r)
}

func TestContactReports(t *testing.T) {
	h := reportsHandler(t)
	doc := getHTML(t, h, "/hotline/contacts/1", http.StatusOK)
	reps := testid(doc, "contact-report")
	if reps.Length() != 2 {
		t.Fatalf("%d reports, want 2", reps.Length())
	}
	first, second := reps.Eq(0), reps.Eq(1)
	if got := first.Find(`[data-testid="report-sentence"]`).Text(); strings.TrimSpace(got) != "Lloyd Austin spoke by phone with Sergei Shoigu on Friday, the Pentagon said." {
		t.Errorf("sentence %q", got)
	}
	var parts []string
	first.Find(`[data-testid="report-participant"]`).Each(func(_ int, s *goquery.Selection) { parts = append(parts, s.Text()) })
	if strings.Join(parts, "|") != "Lloyd Austin|Sergei Shoigu" {
		t.Errorf("participants highlighted %q", parts)
	}
	if got := first.Find(`[data-testid="report-contact"]`).Text(); got != "spoke" {
		t.Errorf("contact words %q, want spoke", got)
	}
	for id, want := range map[string]string{"report-article": "Austin calls Shoigu", "report-outlet": "Example News",
		"report-published": "2022-05-14", "report-status": "held"} {
		if got := first.Find(`[data-testid="` + id + `"]`).Text(); got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	if href, _ := first.Find(`[data-testid="report-url"]`).Attr("href"); href != "https://example.org/a" {
		t.Errorf("url link %q", href)
	}
	if got := second.Find(`[data-testid="report-article"]`).Text(); got != "feeds/b.txt" {
		t.Errorf("untitled article shown as %q, want its source", got)
	}
	if second.Find(`[data-testid="report-url"]`).Length() != 0 {
		t.Error("a javascript: url became a link")
	}
	if got := second.Find(`[data-testid="report-status"]`).Text(); got != "scheduled" {
		t.Errorf("second report's status %q, want the status that article gave", got)
	}
	if got := second.Find(`[data-testid="report-contact"]`).Text(); got != "talk" {
		t.Errorf("second report's contact words %q", got)
	}
}

func TestURLsAreLinksAndNoEmptyPanels(t *testing.T) {
	h := reportsHandler(t)
	doc := getHTML(t, h, "/hotline/articles", http.StatusOK)
	var hrefs []string
	testid(doc, "url-link").Each(func(_ int, s *goquery.Selection) { h, _ := s.Attr("href"); hrefs = append(hrefs, h) })
	if strings.Join(hrefs, " ") != "https://example.org/a" {
		t.Errorf("url links %q", hrefs)
	}
	doc = getHTML(t, h, "/hotline/actors/1", http.StatusOK)
	testid(doc, "related-item").Each(func(_ int, s *goquery.Selection) {
		if strings.HasPrefix(strings.TrimSpace(s.Text()), "0 ") {
			t.Errorf("empty panel: %q", strings.Join(strings.Fields(s.Text()), " "))
		}
	})
	if strings.Contains(doc.Text(), "via initiator_id") {
		t.Error("an empty 'via initiator_id' panel is shown")
	}
}

// The " · " between a report's article, outlet, date and "original" link is text of its
// own, outside every link: it was a CSS ::before on each item, so the link's underline
// (and click) took the separator before "original" in.
func TestReportSourceSeparators(t *testing.T) {
	h := reportsHandler(t)
	doc := getHTML(t, h, "/hotline/contacts/1", http.StatusOK)
	reps := testid(doc, "contact-report")
	tests := []struct {
		name string
		i    int
		want string
	}{
		{"every part", 0, "Austin calls Shoigu · Example News · 2022-05-14 · original"},
		{"no outlet and no link", 1, "feeds/b.txt · 2022-05-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := reps.Eq(tt.i).Find(".report-source")
			if got := strings.Join(strings.Fields(src.Text()), " "); got != tt.want {
				t.Errorf("source line %q, want %q", got, tt.want)
			}
			src.Find("a").Each(func(_ int, a *goquery.Selection) {
				if strings.Contains(a.Text(), "·") {
					t.Errorf("link %q holds a separator", a.Text())
				}
			})
		})
	}
	for _, line := range strings.Split(get(t, h, stylesheetURL(t, doc)).Body.String(), "\n") {
		if strings.Contains(line, ".report-source") && strings.Contains(line, "::before") {
			t.Errorf("the stylesheet still draws inside a report's source line: %s", line)
		}
	}
}

// stylesheetURL is the URL of the page's stylesheet.
func stylesheetURL(tb testing.TB, doc *goquery.Document) string {
	tb.Helper()
	href, ok := doc.Find(`link[rel="stylesheet"]`).Attr("href")
	if !ok {
		tb.Fatal("the page links no stylesheet")
	}
	return href
}

// A contact_mentions row is one article's report of a contact: its page shows that
// report's sentence with the contact words and participants marked, as the contact's page
// does, and no other report. It showed "sentence null" and bare offsets.
func TestMentionRowShowsItsSentence(t *testing.T) {
	h := reportsHandler(t)
	tests := []struct {
		name, url, sentence, words, article string
	}{
		{"first article", "/hotline/contact_mentions/1", "Lloyd Austin spoke by phone with Sergei Shoigu on Friday, the Pentagon said.", "spoke", "Austin calls Shoigu"},
		{"second article", "/hotline/contact_mentions/2", "Shoigu and Austin will talk again, officials said.", "talk", "feeds/b.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			oneSentence(t, h, tt.url, tt.sentence, "report-contact", tt.words, tt.article)
		})
	}
}

// A quote's or an actor mention's row keeps offsets into its article, not its sentence:
// its page shows the sentence (here the text around it, as none was kept) with the row's
// words marked, and the article. It showed "sentence null" and the bare offsets.
func TestEvidenceRowShowsItsSentence(t *testing.T) {
	h := newHandler(t, nil)
	text := `Biden called Xi on Tuesday. "We talked," Biden said.`
	tests := []struct {
		name, url, mark, marked string
	}{
		{"quote", "/hotline/quotes/1", "report-quote", "We talked"},
		{"actor mention", "/hotline/actor_mentions/2", "report-actor", "Xi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := oneSentence(t, h, tt.url, text, tt.mark, tt.marked, "Biden calls Xi")
			if rep.Find(`[data-testid="report-status"]`).Length() != 0 {
				t.Error("an empty status is shown")
			}
		})
	}
	if doc := getHTML(t, h, "/hotline/quotes/2", http.StatusOK); testid(doc, "contact-report").Length() != 0 {
		t.Error("a quote without offsets shows a sentence")
	}
}

// oneSentence checks that the page at url shows one report sentence, sentence, with
// marked in its mark (a data-testid) and article linked, and returns it.
func oneSentence(tb testing.TB, h http.Handler, url, sentence, mark, marked, article string) *goquery.Selection {
	tb.Helper()
	reps := testid(getHTML(tb, h, url, http.StatusOK), "contact-report")
	if reps.Length() != 1 {
		tb.Fatalf("%s: %d sentences shown, want the row's one", url, reps.Length())
	}
	if got := strings.TrimSpace(reps.Find(`[data-testid="report-sentence"]`).Text()); got != sentence {
		tb.Errorf("sentence %q, want %q", got, sentence)
	}
	if got := reps.Find(`[data-testid="` + mark + `"]`).Text(); got != marked {
		tb.Errorf("%s %q, want %q", mark, got, marked)
	}
	if got := reps.Find(`[data-testid="report-article"]`).Text(); got != article {
		tb.Errorf("article %q, want %q", got, article)
	}
	return reps
}

// A report's article link lands on its sentence: the link carries the fragment of the
// evidence mark in the article's text, and that element is there. It opened the article at
// its top, leaving the reader to find the sentence in a long text.
func TestReportLinksToItsPlaceInTheArticle(t *testing.T) {
	h := reportsHandler(t)
	tests := []struct {
		name, url string
	}{
		{"contact page", "/hotline/contacts/1"},
		{"report row", "/hotline/contact_mentions/2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, h, tt.url, http.StatusOK)
			testid(doc, "report-article").Each(func(_ int, a *goquery.Selection) {
				href, _ := a.Attr("href")
				page, frag, ok := strings.Cut(href, "#")
				if !ok || frag == "" {
					t.Fatalf("article link %q has no fragment", href)
				}
				article := getHTML(t, h, page, http.StatusOK)
				target := article.Find("#" + frag)
				if target.Length() != 1 {
					t.Fatalf("%s: no element with id %q", page, frag)
				}
				if mark := target.Closest(`[data-testid="evidence-mark"]`); strings.TrimSpace(mark.Text()) == "" {
					t.Errorf("%s#%s is not in an evidence mark", page, frag)
				}
			})
		})
	}
}

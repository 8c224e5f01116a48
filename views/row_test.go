package views_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestRowPage(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts/1", http.StatusOK)
	if got := testid(doc, "field-title").Text(); got != "Biden–Xi call" {
		t.Errorf("title field = %q", got)
	}
	if got := testid(doc, "field-initiator_id").Find("a").AttrOr("href", ""); got != "/hotline/actors/1" {
		t.Errorf("foreign key link = %q", got)
	}
	if got := href(t, doc, "related-link-contact_participants-contact_id"); got != "/hotline/contact_participants?contact_id=1" {
		t.Errorf("related link = %q", got)
	}
	if got := testid(doc, "through-link-actors-contact_participants").Text(); got != "2 actors" {
		t.Errorf("participants through the link table = %q", got)
	}
	doc = getHTML(t, h, "/hotline/actors/1", http.StatusOK)
	if got := testid(doc, "page-title").Text(); got != "Joe Biden (1)" {
		t.Errorf("row title = %q, want the label and the key", got)
	}
	doc = getHTML(t, h, "/hotline/contact_participants/2,3", http.StatusOK)
	if got := testid(doc, "page-title").Text(); got != "contact_participants: 2,3" {
		t.Errorf("row title = %q, want the table and the key (the table has no label column)", got)
	}
	if got := testid(doc, "field-actor_id").Text(); !strings.Contains(got, "Emmanuel Macron") {
		t.Errorf("composite key row: actor = %q", got)
	}
	// Following a related link lands on the filtered table.
	doc = getHTML(t, h, "/hotline/contact_participants?contact_id=1", http.StatusOK)
	if got := testid(doc, "row-count").Text(); got != "2 rows" {
		t.Errorf("related rows = %q", got)
	}
}

func TestArticleEvidence(t *testing.T) {
	doc := getHTML(t, newHandler(t, nil), "/hotline/articles/1", http.StatusOK)
	text := testid(doc, "article-text")
	if got := text.Text(); got != `Biden called Xi on Tuesday. "We talked," Biden said.` {
		t.Errorf("article text = %q", got)
	}
	marks := map[string]string{}
	text.Find(`[data-testid="evidence-mark"]`).Each(func(_ int, m *goquery.Selection) {
		marks[m.Text()] = m.AttrOr("title", "")
	})
	if title := marks["Biden"]; !strings.Contains(title, "actor_mentions") || !strings.Contains(title, "contact_mentions") {
		t.Errorf("overlapping spans over Biden: title %q", title)
	}
	if title := marks["We talked"]; !strings.Contains(title, "quotes") || !strings.Contains(title, "said") {
		t.Errorf("quote span title %q", title)
	}
	if got := testid(doc, "evidence-item").Length(); got != 4 {
		t.Errorf("%d evidence rows, want 4", got)
	}
}

func TestOddNamesRoundTrip(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline", http.StatusOK)
	tableURL := href(t, doc, "table-link-odd.name, x")
	if strings.ContainsAny(tableURL, " ,") || strings.Count(tableURL, ".") != 0 {
		t.Errorf("table URL %q is not tilde-encoded", tableURL)
	}
	doc = getHTML(t, h, tableURL+"?_size=5", http.StatusOK)
	rowURL := href(t, doc, "row-link")
	doc = getHTML(t, h, rowURL, http.StatusOK)
	if got := testid(doc, "field-k").Text(); got != "a,b/c~d.json" {
		t.Errorf("row reached through %s has k = %q", rowURL, got)
	}
	var p page
	getJSON(t, h, rowURL+".json", &p)
	if len(p.Rows) != 1 || p.Rows[0]["v"] != "tricky key" {
		t.Errorf("row JSON = %+v", p)
	}
	// A name typed by hand, percent-encoded rather than tilde-encoded, also works.
	var rows []map[string]any
	getJSON(t, h, "/hotline/odd.name%2C%20x.json?_shape=array", &rows)
	if len(rows) != 2 {
		t.Errorf("percent-encoded table name: %d rows", len(rows))
	}
}

func TestRowidTable(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/notes", http.StatusOK)
	rowURL := href(t, doc, "row-link")
	if rowURL != "/hotline/notes/1" {
		t.Errorf("row link of a rowid table = %q", rowURL)
	}
	doc = getHTML(t, h, rowURL, http.StatusOK)
	if got := testid(doc, "field-body").Text(); got != "first note" {
		t.Errorf("body = %q", got)
	}
}

// previewTexts lists the texts and targets of a related item's preview links.
func previewTexts(doc *goquery.Document, id string) []string {
	var out []string
	testid(doc, "preview-"+id).Find(`[data-testid="preview-link"]`).Each(func(_ int, a *goquery.Selection) {
		out = append(out, a.Text()+" "+a.AttrOr("href", ""))
	})
	return out
}

func TestRowProfile(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/actors/1", http.StatusOK)
	tests := []struct {
		id, text, href string
		preview        []string
	}{
		{"through-link-contacts-contact_participants", "2 contacts",
			throughURL("/hotline/contacts", "contact_participants", "actor_id", "1"),
			[]string{"Biden–Xi call /hotline/contacts/1", "Macron–Biden meeting /hotline/contacts/2"}},
		{"through-link-articles-article_actors", "1 article",
			throughURL("/hotline/articles", "article_actors", "actor_id", "1"),
			[]string{"Biden calls Xi /hotline/articles/1"}},
		{"related-link-quotes-speaker_id", "1 quote", "/hotline/quotes?speaker_id=1",
			[]string{"We talked /hotline/quotes/1"}},
		{"related-link-contacts-initiator_id", "1 contact", "/hotline/contacts?initiator_id=1",
			[]string{"Biden–Xi call /hotline/contacts/1"}},
		{"related-link-contact_participants-actor_id", "contact_participants", "/hotline/contact_participants?actor_id=1", nil},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			link := testid(doc, tc.id)
			if got := link.Text(); got != tc.text {
				t.Errorf("text %q, want %q", got, tc.text)
			}
			if got := link.AttrOr("href", ""); got != tc.href {
				t.Errorf("href %q, want %q", got, tc.href)
			}
			if got := previewTexts(doc, tc.id); strings.Join(got, "|") != strings.Join(tc.preview, "|") {
				t.Errorf("preview %q, want %q", got, tc.preview)
			}
		})
	}
	var order []string
	testid(doc, "related-item").Each(func(_ int, li *goquery.Selection) {
		order = append(order, li.Find("a").First().AttrOr("data-testid", ""))
	})
	if len(order) < 3 || !strings.HasPrefix(order[0], "through-link-") || !strings.HasPrefix(order[1], "through-link-") {
		t.Errorf("related order %v: link tables' far sides should lead", order)
	}
	rec := get(t, h, "/hotline/actors/1.json")
	if body := rec.Body.String(); !strings.Contains(body, `{"column":"actor_id","count":2,"far_column":"contact_id","link":"contact_participants","table":"contacts"}`) {
		t.Errorf("row JSON lacks the through counts: %s", body)
	}
	// Each through link lands on the far side's rows.
	doc = getHTML(t, h, href(t, doc, "through-link-contacts-contact_participants"), http.StatusOK)
	if got := testid(doc, "row-count").Text(); got != "2 contacts" {
		t.Errorf("the actor's contacts page has %q", got)
	}
}

func TestRowPreviewIsCut(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/articles/1", http.StatusOK)
	more := testid(doc, "preview-through-link-actors-article_actors").Find(`[data-testid="preview-more"]`)
	if more.Length() != 0 {
		t.Errorf("a preview of every row offers more: %q", more.Text())
	}
	doc = getHTML(t, h, "/hotline/actors/4", http.StatusOK)
	if got := previewTexts(doc, "related-link-quotes-speaker_id"); len(got) != 1 || !strings.HasPrefix(got[0], "peace <b>now</b> ") {
		t.Errorf("a quote's preview is %q, want its text, escaped by templ", got)
	}
}

// TestEveryRowLinkOpens follows each row link of tables whose keys are not plain numbers:
// an FTS index's _idx table is keyed by blob terms, which a URL cannot address, so its
// rows must not link to row pages that answer 404.
func TestEveryRowLinkOpens(t *testing.T) {
	h := newHandler(t, nil)
	for _, table := range []string{"quotes_fts_idx", "contact_participants", "odd.name%2C%20x"} {
		t.Run(table, func(t *testing.T) {
			doc := getHTML(t, h, "/hotline/"+table, http.StatusOK)
			if testid(doc, "results-table").Find("tbody tr").Length() == 0 {
				t.Fatalf("%s shows no rows: the test needs some", table)
			}
			testid(doc, "row-link").Each(func(_ int, a *goquery.Selection) {
				link := a.AttrOr("href", "")
				if rec := get(t, h, link); rec.Code != http.StatusOK {
					t.Errorf("row link %s (%q) answered %d", link, a.Text(), rec.Code)
				}
			})
		})
	}
}

func TestRowKeyOfTheWrongLength(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct{ name, url, says string }{
		{"one value of two", "/hotline/contact_participants/1",
			"a row of contact_participants is named by its primary key (contact_id, actor_id), comma-separated, " +
				"with a comma inside a value written ~2C: this URL gives 1 value, not 2"},
		{"two values of one", "/hotline/actors/1,2", "a row of actors is named by its primary key (id), " +
			"comma-separated, with a comma inside a value written ~2C: this URL gives 2 values, not 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, h, tt.url, http.StatusBadRequest)
			if got := doc.Find("main").Text(); !strings.Contains(got, tt.says) {
				t.Errorf("page says %q, want %q", firstLines(got), tt.says)
			}
		})
	}
}

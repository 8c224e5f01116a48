package views_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// throughURL is a table URL with one _through parameter.
func throughURL(path, table, column, value string) string {
	b, _ := json.Marshal(map[string]string{"table": table, "column": column, "value": value})
	return path + "?_through=" + url.QueryEscape(string(b))
}

func TestThroughPage(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, target, count, description string
	}{
		{"contacts of an actor", throughURL("/hotline/contacts", "contact_participants", "actor_id", "1"),
			"2 contacts", "of Joe Biden via contact_participants"},
		{"with a filter", throughURL("/hotline/contacts", "contact_participants", "actor_id", "1") + "&mode=phone",
			"1 contact", `of Joe Biden via contact_participants where mode = "phone"`},
		{"a number value", "/hotline/actors?_through=" + url.QueryEscape(`{"table":"contact_participants","column":"contact_id","value":3}`),
			"2 actors", "of Xi–Macron call via contact_participants"},
		{"a column that names no row", "/hotline/actors?_through=" + url.QueryEscape(`{"table":"article_actors","column":"mentions","value":2}`),
			"1 actor", "via article_actors (mentions = 2)"},
		{"articles of an actor", throughURL("/hotline/articles", "article_actors", "actor_id", "2"),
			"1 article", "of Xi Jinping via article_actors"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := getHTML(t, h, tc.target, http.StatusOK)
			if got := testid(doc, "row-count").Text(); got != tc.count {
				t.Errorf("count %q, want %q", got, tc.count)
			}
			if got := strings.Join(strings.Fields(testid(doc, "table-description").Text()), " "); got != tc.count+" "+tc.description {
				t.Errorf("description %q, want %q", got, tc.count+" "+tc.description)
			}
		})
	}
}

func TestThroughKeptByLinksAndExports(t *testing.T) {
	h := newHandler(t, nil)
	target := throughURL("/hotline/contacts", "contact_participants", "actor_id", "1") + "&_size=1"
	doc := getHTML(t, h, target, http.StatusOK)
	if got := href(t, doc, "filter-remove-contact_participants.actor_id"); got != "/hotline/contacts?_size=1" {
		t.Errorf("removing the _through leads to %q", got)
	}
	next := href(t, doc, "next-page")
	if !strings.Contains(next, "_through=") {
		t.Fatalf("next page %q loses _through", next)
	}
	doc = getHTML(t, h, next, http.StatusOK)
	if got := testid(doc, "cell").First().Text(); !strings.Contains(got, "2") {
		t.Errorf("second page starts with %q, want contact 2", got)
	}
	rec := get(t, h, strings.Replace(target, "/contacts?", "/contacts.csv?", 1)+"&_stream=on")
	if rec.Code != http.StatusOK || strings.Count(strings.TrimSpace(rec.Body.String()), "\n") != 2 {
		t.Errorf("streamed CSV (%d):\n%s", rec.Code, rec.Body.String())
	}
	rec = get(t, h, strings.Replace(target, "/contacts?", "/contacts.json?", 1))
	var body struct{ Count int64 }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Count != 2 {
		t.Errorf("JSON count %d, %v: %s", body.Count, err, rec.Body.String())
	}
}

func TestThroughErrors(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct{ name, target, want string }{
		{"not JSON", "/hotline/contacts?_through=actor", "_through must be JSON"},
		{"missing value", "/hotline/contacts?_through=" + url.QueryEscape(`{"table":"contact_participants","column":"actor_id"}`), `needs "table", "column" and "value"`},
		{"unknown table", throughURL("/hotline/contacts", "nope", "actor_id", "1"), "no table 'nope'"},
		{"unknown column", throughURL("/hotline/contacts", "contact_participants", "nope", "1"), "no column 'nope'"},
		{"no key to the table", throughURL("/hotline/articles", "contact_participants", "actor_id", "1"), "no foreign key to 'articles'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := getHTML(t, h, tc.target, http.StatusBadRequest)
			if got := testid(doc, "error-message").Text(); !strings.Contains(got, tc.want) {
				t.Errorf("message %q does not say %q", got, tc.want)
			}
		})
	}
}

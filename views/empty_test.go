package views_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"hotline/db"
)

// A table page without rows says why and what to do: a filter or search that matches
// nothing links to all the table's rows, an empty table of a Hotline database says how to
// fill it. It showed the column headers over nothing, which reads as a broken page.
func TestEmptyTableSaysWhatToDo(t *testing.T) {
	fixture := newHandler(t, nil)
	r, err := db.OpenReader(context.Background(), emptyHotlineDB(t), db.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	empty := newHandlerFor(t, r)
	tests := []struct {
		name   string
		h      http.Handler
		url    string
		say    string // in the message
		allURL string // its link to every row; "" for none
	}{
		{"filter matches nothing", fixture, "/hotline/contacts?mode=video", "No contacts match", "/hotline/contacts"},
		{"search matches nothing", fixture, "/hotline/quotes?_search=zebra", "No quotes match", "/hotline/quotes"},
		{"filtered view", fixture, "/hotline/phone_calls?status=cancelled", "No phone_calls match", "/hotline/phone_calls"},
		{"empty table", empty, "/hotline/contacts", "hotline import", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, tt.h, tt.url, http.StatusOK)
			e := testid(doc, "empty-state")
			if e.Length() != 1 {
				t.Fatalf("no empty-state message on %s", tt.url)
			}
			if got := strings.Join(strings.Fields(e.Text()), " "); !strings.Contains(got, tt.say) {
				t.Errorf("message %q, want it to say %q", got, tt.say)
			}
			href, _ := e.Find(`[data-testid="empty-all"]`).Attr("href")
			if href != tt.allURL {
				t.Errorf("link to all rows %q, want %q", href, tt.allURL)
			}
		})
	}
	if doc := getHTML(t, fixture, "/hotline/contacts", http.StatusOK); testid(doc, "empty-state").Length() != 0 {
		t.Error("a page with rows says it is empty")
	}
}

package views_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestSearchSnippets(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/quotes?_search=peace", http.StatusOK)
	snip := testid(doc, "snippet")
	if snip.Length() != 1 {
		t.Fatalf("%d snippets, want 1", snip.Length())
	}
	if got := snip.Find("mark").Text(); got != "peace" {
		t.Errorf("highlighted %q, want peace", got)
	}
	if !strings.Contains(snip.Text(), "<b>now</b>") || snip.Find("b").Length() != 0 {
		t.Errorf("the quote's markup was not escaped: %q", snip.Text())
	}
	if h := doc.Find("thead th").First().Text(); !strings.Contains(h, "match") {
		t.Errorf("first header %q, want match", h)
	}
	doc = getHTML(t, h, "/hotline/quotes", http.StatusOK)
	if testid(doc, "snippet").Length() != 0 {
		t.Error("snippets without a search")
	}
}

package views_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// selected is the value of a select's selected option, or "" when none is.
func selected(doc *goquery.Document, id string) string {
	return testid(doc, id).Find("option[selected]").AttrOr("value", "")
}

func TestFilterFormStartsOnTheLastFilter(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, target, column, op string
	}{
		{"no filter", "/hotline/contacts", "", ""},
		{"one filter", "/hotline/contacts?status=held", "status", "exact"},
		{"the last of two", "/hotline/contacts?status=held&date__gte=2024-01-01", "date", "gte"},
		{"no-value operator", "/hotline/contacts?date__notnull=1&_sort=id", "date", "notnull"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := getHTML(t, h, tc.target, http.StatusOK)
			if got := selected(doc, "filter-column"); got != tc.column {
				t.Errorf("column %q selected, want %q", got, tc.column)
			}
			if got := selected(doc, "filter-op"); got != tc.op {
				t.Errorf("operator %q selected, want %q", got, tc.op)
			}
		})
	}
}

func TestFilterOpsHintNoValue(t *testing.T) {
	doc := getHTML(t, newHandler(t, nil), "/hotline/contacts", http.StatusOK)
	hints := map[string]bool{}
	testid(doc, "filter-op").Find("option").Each(func(_ int, o *goquery.Selection) {
		hints[o.AttrOr("value", "")] = strings.Contains(o.Text(), "no value needed")
	})
	for op, want := range map[string]bool{"isnull": true, "notnull": true, "exact": false, "contains": false} {
		if hints[op] != want {
			t.Errorf("operator %s hints no value: %v, want %v", op, hints[op], want)
		}
	}
}

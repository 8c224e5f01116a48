package views_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"hotline/db"
)

// column returns the texts of one column of the results table.
func column(doc *goquery.Document, name string) []string {
	idx := -1
	testid(doc, "results-table").Find("thead th").Each(func(i int, s *goquery.Selection) {
		if headerName(s) == name {
			idx = i
		}
	})
	if idx < 0 {
		return nil
	}
	var out []string
	testid(doc, "results-table").Find("tbody tr").Each(func(_ int, tr *goquery.Selection) {
		out = append(out, strings.TrimSpace(tr.Find("td").Eq(idx).Text()))
	})
	return out
}

// headers returns the column names of the results table.
func headers(doc *goquery.Document) []string {
	var out []string
	testid(doc, "results-table").Find("thead th").Each(func(_ int, s *goquery.Selection) {
		out = append(out, headerName(s))
	})
	return out
}

// headerName is a column header's name, without its sort arrow, menu or description.
func headerName(th *goquery.Selection) string {
	th = th.Clone()
	th.Find(".colmenu, .coldesc").Remove()
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(th.Text()), "▲▼"))
}

// href returns the href of the first element with the test id, failing without one.
func href(tb testing.TB, doc *goquery.Document, id string) string {
	tb.Helper()
	h, ok := testid(doc, id).First().Attr("href")
	if !ok {
		tb.Fatalf("no link %s", id)
	}
	return h
}

func TestTablePages(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url   string
		column      string
		want        []string
		description string
	}{
		{"first page", "/hotline/contacts", "id", []string{"1", "2"}, "3 rows"},
		{"size", "/hotline/contacts?_size=3", "id", []string{"1", "2", "3"}, "3 rows"},
		{"exact filter", "/hotline/contacts?mode=phone", "id", []string{"1", "3"}, `2 rows where mode = "phone"`},
		{"not filter", "/hotline/contacts?mode__not=phone", "id", []string{"2"}, `1 row where mode != "phone"`},
		{"isnull", "/hotline/contacts?date__isnull=1", "id", []string{"3"}, "1 row where date is null"},
		{"gt", "/hotline/contacts?date__gt=2024-01-15", "id", []string{"2"}, `where date > "2024-01-15"`},
		{"contains", "/hotline/actors?name__contains=Xi", "name", []string{"Xi Jinping"}, `where name contains "Xi"`},
		{"notcontains", "/hotline/contacts?title__notcontains=Xi", "id", []string{"2"}, `1 row where title does not contain "Xi"`},
		{"notlike", "/hotline/contacts?title__notlike=%25call", "id", []string{"2"}, `1 row where title not like "%call"`},
		{"sorted descending", "/hotline/contacts?_sort_desc=id", "id", []string{"3", "2"}, "sorted by id descending"},
		{"sorted", "/hotline/contacts?_sort=title&_size=3", "title", []string{"Biden–Xi call", "Macron–Biden meeting", "Xi–Macron call"}, "sorted by title"},
		{"search", "/hotline/quotes?_search=talked", "text", []string{"We talked"}, `search matches "talked"`},
		{"view", "/hotline/phone_calls?_size=5", "id", []string{"1", "3"}, "2 rows"},
		{"two filters", "/hotline/contacts?mode=phone&status=held", "id", []string{"1"}, `1 row where mode = "phone" and status = "held"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := getHTML(t, h, tt.url, http.StatusOK)
			if got := column(doc, tt.column); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s = %q, want %q", tt.column, got, tt.want)
			}
			if got := testid(doc, "table-description").Text(); !strings.Contains(got, tt.description) {
				t.Errorf("description %q does not contain %q", got, tt.description)
			}
		})
	}
}

func TestSortLinksRoundTrip(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts?mode=phone", http.StatusOK)
	asc := href(t, doc, "sort-id")
	if !strings.Contains(asc, "_sort=id") || !strings.Contains(asc, "mode=phone") {
		t.Fatalf("sort link %q should sort by id and keep the filter", asc)
	}
	doc = getHTML(t, h, asc, http.StatusOK)
	if got := testid(doc, "results-table").Find("th .arrow").Text(); got != "▲" {
		t.Errorf("arrow after ascending sort = %q", got)
	}
	desc := href(t, doc, "sort-id")
	if !strings.Contains(desc, "_sort_desc=id") {
		t.Fatalf("second click %q should sort descending", desc)
	}
	doc = getHTML(t, h, desc, http.StatusOK)
	if got := column(doc, "id"); strings.Join(got, ",") != "3,1" {
		t.Errorf("descending ids = %v", got)
	}
	if got := testid(doc, "results-table").Find("th .arrow").Text(); got != "▼" {
		t.Errorf("arrow after descending sort = %q", got)
	}
}

func TestPagination(t *testing.T) {
	h := newHandler(t, nil)
	var ids []string
	next := "/hotline/contacts?_sort=date"
	for range 5 {
		doc := getHTML(t, h, next, http.StatusOK)
		ids = append(ids, column(doc, "id")...)
		n, ok := testid(doc, "next-page").Attr("href")
		if !ok {
			next = ""
			break
		}
		next = n
	}
	if next != "" {
		t.Fatal("pagination did not end")
	}
	slices.Sort(ids)
	if got := strings.Join(ids, ","); got != "1,2,3" {
		t.Errorf("ids over all pages = %s, want each of 1,2,3 once", got)
	}
}

func TestFilterForm(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts?_sort=id", http.StatusOK)
	form := testid(doc, "filter-form")
	for _, id := range []string{"filter-column", "filter-op", "filter-value", "filter-submit"} {
		if form.Find(`[data-testid="`+id+`"]`).Length() != 1 {
			t.Errorf("filter form lacks %s", id)
		}
	}
	tests := []struct {
		name, query, location string
	}{
		{"exact", "_sort=id&_filter_column=mode&_filter_op=exact&_filter_value=phone", "/hotline/contacts?_sort=id&mode=phone"},
		{"operator", "_filter_column=date&_filter_op=gte&_filter_value=2024-02-01", "/hotline/contacts?date__gte=2024-02-01"},
		{"no value needed", "_filter_column=date&_filter_op=isnull&_filter_value=", "/hotline/contacts?date__isnull=1"},
		{"keeps other filters, drops _next", "mode=phone&_next=abc&_filter_column=status&_filter_op=exact&_filter_value=held", "/hotline/contacts?mode=phone&status=held"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, "/hotline/contacts?"+tt.query)
			if rec.Code != http.StatusFound {
				t.Fatalf("status %d: %s", rec.Code, firstLines(rec.Body.String()))
			}
			if loc := rec.Header().Get("Location"); loc != tt.location {
				t.Errorf("Location = %q, want %q", loc, tt.location)
			}
		})
	}
	if rec := get(t, h, "/hotline/contacts?_filter_column=colour&_filter_op=exact&_filter_value=x"); rec.Code != http.StatusBadRequest {
		t.Errorf("unknown column through the form: status %d", rec.Code)
	}
	// Active filters are listed with a link that removes each.
	doc = getHTML(t, h, "/hotline/contacts?mode=phone&status=held", http.StatusOK)
	if got := href(t, doc, "filter-remove-mode"); got != "/hotline/contacts?status=held" {
		t.Errorf("remove link = %q", got)
	}
	if v, _ := testid(doc, "filter-form").Find(`input[type=hidden][name="mode"]`).Attr("value"); v != "phone" {
		t.Errorf("hidden field keeps mode = %q", v)
	}
}

func TestFacets(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts?_facet=mode&_facet=initiator_id", http.StatusOK)
	box := testid(doc, "facet-mode")
	if box.Length() != 1 {
		t.Fatal("no mode facet")
	}
	counts := map[string]string{}
	var phoneURL string
	box.Find("li").Each(func(_ int, li *goquery.Selection) {
		a := li.Find(`[data-testid="facet-value"]`)
		counts[a.Text()] = li.Find(".count").Text()
		if a.Text() == "phone" {
			phoneURL, _ = a.Attr("href")
		}
	})
	if counts["phone"] != "2" || counts["meeting"] != "1" {
		t.Errorf("mode facet counts = %v", counts)
	}
	if got := testid(doc, "facet-initiator_id").Text(); !strings.Contains(got, "Joe Biden") {
		t.Errorf("foreign-key facet should show labels: %q", got)
	}
	doc = getHTML(t, h, phoneURL, http.StatusOK)
	if got := column(doc, "id"); strings.Join(got, ",") != "1,3" {
		t.Errorf("after following the facet: ids %v", got)
	}
	if !testid(doc, "facet-mode").Find("li.selected").Is("li") {
		t.Error("the chosen facet value is not marked selected")
	}
}

func TestFacetTimeout(t *testing.T) {
	h := newHandlerWith(t, db.ReadOptions{FacetTimeLimit: 1}, nil)
	doc := getHTML(t, h, "/hotline/big?_facet=label", http.StatusOK)
	if testid(doc, "facet-timeout-label").Length() != 1 {
		t.Error("a facet over its time limit is not reported as timed out")
	}
}

func TestCells(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts?_size=3", http.StatusOK)
	if got := href(t, doc, "row-link"); got != "/hotline/contacts/1" {
		t.Errorf("primary key link = %q", got)
	}
	fk := testid(doc, "fk-link").First()
	if h, _ := fk.Attr("href"); h != "/hotline/actors/1" || fk.Text() != "Joe Biden" {
		t.Errorf("foreign key link = %q %q", h, fk.Text())
	}
	if c, _ := testid(doc, "results-table").Find("tbody td").First().Attr("class"); c != "num" {
		t.Errorf("numbers are not right-aligned: class %q", c)
	}
	if testid(doc, "results-table").Find(".null").Length() == 0 {
		t.Error("NULL date is not marked")
	}
	// _col and _nocol choose columns; the primary key stays.
	doc = getHTML(t, h, "/hotline/contacts?_col=mode", http.StatusOK)
	if got := strings.Join(headers(doc), ","); got != "id,mode" {
		t.Errorf("_col=mode headers = %s", got)
	}
	doc = getHTML(t, h, "/hotline/contacts?_nocol=title&_nocol=id", http.StatusOK)
	if got := strings.Join(headers(doc), ","); got != "id,mode,status,date,initiator_id" {
		t.Errorf("_nocol headers = %s", got)
	}
}

func TestHostileData(t *testing.T) {
	h := newHandler(t, nil)
	for _, target := range []string{"/hotline/actors?_size=10", "/hotline/actors/4", "/hotline/quotes", "/hotline/-/query?sql=select+'<script>alert(1)</script>'+as+x"} {
		t.Run(target, func(t *testing.T) {
			rec := get(t, h, target)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			body := rec.Body.String()
			if strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>now") {
				t.Error("hostile data rendered unescaped")
			}
			if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") && !strings.Contains(body, "peace &lt;b&gt;now") {
				t.Error("hostile data missing from the page")
			}
		})
	}
	// A filter value with markup round-trips through links escaped.
	doc := getHTML(t, h, "/hotline/actors?name=%3Cscript%3Ealert(1)%3C%2Fscript%3E", http.StatusOK)
	if got := column(doc, "name"); len(got) != 1 || got[0] != "<script>alert(1)</script>" {
		t.Errorf("filtered names = %q", got)
	}
	if u, err := url.Parse(href(t, doc, "sort-name")); err != nil || u.Query().Get("name") != "<script>alert(1)</script>" {
		t.Errorf("sort link lost the filter: %v %v", u, err)
	}
}

func TestCountCap(t *testing.T) {
	h := newHandlerWith(t, db.ReadOptions{CountLimit: 1000}, nil)
	doc := getHTML(t, h, "/hotline/big?n__gte=0", http.StatusOK)
	if got := testid(doc, "row-count").Text(); got != "more than 1,000 rows" {
		t.Errorf("row count = %q", got)
	}
}

func TestSearchBox(t *testing.T) {
	h := newHandler(t, nil)
	if doc := getHTML(t, h, "/hotline/quotes", http.StatusOK); testid(doc, "search-form").Length() != 1 {
		t.Error("no search box on a table with a full-text index")
	}
	if doc := getHTML(t, h, "/hotline/contacts", http.StatusOK); testid(doc, "search-form").Length() != 0 {
		t.Error("search box on a table without a full-text index")
	}
}

// The description of a table page (and human_description_en) quotes values as Datasette
// does (numbers bare), separates conditions with commas and "and", and puts a comma
// before the sort: `where title does not contain "Xi", sorted by date descending`.
func TestTableDescription(t *testing.T) {
	h := newHandler(t, nil)
	tests := []struct {
		name, url, want string
	}{
		{"a text value", "/hotline/contacts?mode=phone", `where mode = "phone"`},
		{"a number value", "/hotline/contacts?id=2", `where id = 2`},
		{"a date compared", "/hotline/contacts?date__gt=2024-01-15", `where date > "2024-01-15"`},
		{"no value", "/hotline/contacts?date__isnull=1", `where date is null`},
		{"a list", "/hotline/contacts?mode__in=phone,meeting", `where mode in ["phone", "meeting"]`},
		{"a quote in the value", "/hotline/contacts?title__contains=say+%22hi%22", `where title contains "say \"hi\""`},
		{"two conditions", "/hotline/contacts?mode=phone&status=held", `where mode = "phone" and status = "held"`},
		{"three conditions", "/hotline/contacts?mode=phone&status=held&title__contains=call",
			`where mode = "phone", status = "held" and title contains "call"`},
		{"a condition and a sort", "/hotline/contacts?title__notcontains=Xi&_sort_desc=date",
			`where title does not contain "Xi", sorted by date descending`},
		{"a search and a sort", "/hotline/quotes?_search=talked&_sort=id", `where search matches "talked", sorted by id`},
		{"only a sort", "/hotline/contacts?_sort=title", `sorted by title`},
		{"through and a sort", throughURL("/hotline/contacts", "contact_participants", "actor_id", "1") + "&_sort=date",
			`of Joe Biden via contact_participants, sorted by date`},
		{"through and a condition", throughURL("/hotline/contacts", "contact_participants", "actor_id", "1") + "&mode=phone",
			`of Joe Biden via contact_participants where mode = "phone"`},
		{"nothing", "/hotline/contacts", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				Description string `json:"human_description_en"`
			}
			path, query, _ := strings.Cut(tt.url, "?")
			getJSON(t, h, path+".json?"+query, &got)
			if got.Description != tt.want {
				t.Errorf("human_description_en = %q, want %q", got.Description, tt.want)
			}
		})
	}
}

package views_test

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"hotline/views"
)

func TestWhere(t *testing.T) {
	h := newHandler(t, nil)
	var p page
	getJSON(t, h, "/hotline/contacts.json?_where="+url.QueryEscape("date like '2024-02%' or date is null")+"&_size=10", &p)
	if p.Count != 2 || len(p.Rows) != 2 || p.Rows[0]["id"] != float64(2) || p.Rows[1]["id"] != float64(3) {
		t.Errorf("_where: count %d rows %v", p.Count, p.Rows)
	}
	getJSON(t, h, "/hotline/contacts.json?_where=id>1&_where=mode='phone'", &p)
	if p.Count != 1 || p.Rows[0]["id"] != float64(3) {
		t.Errorf("two _where: count %d rows %v", p.Count, p.Rows)
	}
	t.Run("a trailing comment cannot swallow the rest", func(t *testing.T) {
		getJSON(t, h, "/hotline/contacts.json?_where="+url.QueryEscape("id = 1 -- x")+"&mode=phone", &p)
		if p.Count != 1 {
			t.Errorf("count %d", p.Count)
		}
	})
	t.Run("refused when SQL is off", func(t *testing.T) {
		h := newHandler(t, func(c *views.Config) { c.AllowSQL = false })
		if rec := get(t, h, "/hotline/contacts.json?_where=1"); rec.Code != http.StatusForbidden {
			t.Errorf("status %d, want 403", rec.Code)
		}
	})
	t.Run("cannot write", func(t *testing.T) {
		rec := get(t, h, "/hotline/contacts.json?_where="+url.QueryEscape("1) union select * from contacts where (1"))
		if rec.Code != http.StatusOK { // still a read: allowed, as ad hoc SQL would be
			t.Logf("union: %d", rec.Code)
		}
		rec = get(t, h, "/hotline/contacts.json?_where="+url.QueryEscape("1); delete from contacts; select (1"))
		if rec.Code != http.StatusBadRequest {
			t.Errorf("a second statement: status %d, want 400", rec.Code)
		}
		getJSON(t, h, "/hotline/contacts.json", &p)
		if p.Count != 3 {
			t.Errorf("contacts changed: %d", p.Count)
		}
	})
}

func TestUnknownUnderscoreParametersIgnored(t *testing.T) {
	h := newHandler(t, nil)
	for _, target := range []string{
		"/hotline/contacts?_bogus=1&_trace=1",
		"/hotline/contacts.json?_trace=1&_whatever=x",
		"/hotline/contacts/1.json?_trace=1",
		"/hotline/-/query.json?sql=select+1&_trace=1",
	} {
		if rec := get(t, h, target); rec.Code != http.StatusOK {
			t.Errorf("%s: status %d: %s", target, rec.Code, firstLines(rec.Body.String()))
		}
	}
}

func TestLabels(t *testing.T) {
	h := newHandler(t, nil)
	var p struct {
		Rows     []map[string]any `json:"rows"`
		Expanded [][]any          `json:"expanded_columns"`
	}
	getJSON(t, h, "/hotline/contacts.json?_labels=on&_size=3", &p)
	first, _ := p.Rows[0]["initiator_id"].(map[string]any)
	if first["value"] != float64(1) || first["label"] != "Joe Biden" || p.Rows[2]["initiator_id"] != nil {
		t.Errorf("_labels=on rows = %v", p.Rows)
	}
	if len(p.Expanded) != 1 {
		t.Errorf("expanded_columns = %v", p.Expanded)
	}
	getJSON(t, h, "/hotline/contact_participants.json?_label=actor_id&_size=1", &p)
	if a, _ := p.Rows[0]["actor_id"].(map[string]any); a["label"] != "Joe Biden" {
		t.Errorf("_label=actor_id rows = %v", p.Rows)
	}
	if _, expanded := p.Rows[0]["contact_id"].(map[string]any); expanded {
		t.Errorf("_label=actor_id expanded contact_id too: %v", p.Rows)
	}
	t.Run("csv", func(t *testing.T) {
		rec := get(t, h, "/hotline/contacts.csv?_labels=on&_size=3")
		recs, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(recs[0], ",") != "id,title,mode,status,date,initiator_id,initiator_id_label" ||
			recs[1][6] != "Joe Biden" || recs[3][6] != "" {
			t.Errorf("csv = %v", recs)
		}
	})
	t.Run("not a foreign key", func(t *testing.T) {
		if rec := get(t, h, "/hotline/contacts.json?_label=mode"); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "not a foreign key") {
			t.Errorf("status %d: %s", rec.Code, rec.Body)
		}
	})
}

func TestExtras(t *testing.T) {
	h := newHandler(t, nil)
	t.Run("1.0 facet_results and suggested_facets", func(t *testing.T) {
		var p struct {
			Count        *int64 `json:"count"`
			FacetResults struct {
				Results map[string]struct {
					Name, Type string
					Results    []struct {
						Value     any
						Count     int64
						ToggleURL string `json:"toggle_url"`
						Selected  bool
					}
				}
				TimedOut []string `json:"timed_out"`
			} `json:"facet_results"`
			Suggested []struct {
				Name, Type string
				ToggleURL  string `json:"toggle_url"`
			} `json:"suggested_facets"`
			NextURL     *string              `json:"next_url"`
			Columns     []string             `json:"columns"`
			PrimaryKeys []string             `json:"primary_keys"`
			Query       struct{ SQL string } `json:"query"`
		}
		getJSON(t, h, "/hotline/contacts.json?_facet=mode&_extra=facet_results,suggested_facets&_extra=count&_extra=next_url&status=held", &p)
		mode := p.FacetResults.Results["mode"]
		if mode.Name != "mode" || mode.Type != "column" || len(mode.Results) != 2 || mode.Results[0].Count != 1 || mode.Results[0].Selected {
			t.Errorf("facet_results = %+v", p.FacetResults)
		}
		if u := mode.Results[0].ToggleURL; !strings.HasPrefix(u, "http://") || !strings.Contains(u, "mode=meeting") {
			t.Errorf("toggle_url %q should add the filter", u)
		}
		if p.FacetResults.TimedOut == nil {
			t.Error("timed_out missing")
		}
		names := map[string]string{}
		for _, s := range p.Suggested {
			names[s.Name+"/"+s.Type] = s.ToggleURL
		}
		if _, ok := names["title/"]; ok {
			t.Errorf("suggested_facets = %+v: title is unique", p.Suggested)
		}
		if _, ok := names["mode/"]; ok {
			t.Errorf("suggested a facet already shown: %+v", p.Suggested)
		}
		if u, ok := names["date/year"]; !ok || !strings.Contains(u, "_facet_year=date") {
			t.Errorf("no year facet suggested for date: %+v", p.Suggested)
		}
		if p.Count == nil || *p.Count != 2 || p.NextURL != nil || len(p.Columns) == 0 || len(p.PrimaryKeys) != 1 || !strings.Contains(p.Query.SQL, "contacts") {
			t.Errorf("count %v columns %v pks %v query %q", p.Count, p.Columns, p.PrimaryKeys, p.Query.SQL)
		}
	})
	t.Run("0.65 facet_results without _extra", func(t *testing.T) {
		var p struct {
			FacetResults map[string]struct {
				Name    string
				Results []struct{ Value any }
			} `json:"facet_results"`
			Filtered *int64 `json:"filtered_table_rows_count"`
		}
		getJSON(t, h, "/hotline/contacts.json?_facet=mode&_facet_date=date&_facet_year=date", &p)
		if len(p.FacetResults["mode"].Results) != 2 || p.FacetResults["date"].Name != "date" || p.FacetResults["date_2"].Name != "date" || p.Filtered == nil || *p.Filtered != 3 {
			t.Errorf("facet_results = %+v, filtered %v", p.FacetResults, p.Filtered)
		}
	})
	t.Run("size zero: the count and the facets, no rows", func(t *testing.T) {
		var p struct {
			Rows         []any `json:"rows"`
			Count        int64 `json:"count"`
			NextURL      *string
			FacetResults struct {
				Results map[string]struct{ Results []struct{ Count int64 } }
			} `json:"facet_results"`
			Query struct{ SQL string }
		}
		getJSON(t, h, "/hotline/contacts.json?_size=0&_facet=mode&_extra=facet_results,count,next_url,query", &p)
		if len(p.Rows) != 0 || p.Count != 3 || p.NextURL != nil {
			t.Errorf("rows %v count %d next %v, want no rows of 3 and no next page", p.Rows, p.Count, p.NextURL)
		}
		var n int64
		for _, v := range p.FacetResults.Results["mode"].Results {
			n += v.Count
		}
		if n != 3 {
			t.Errorf("mode facet counts %d rows, want 3: %+v", n, p.FacetResults)
		}
		if !strings.HasSuffix(p.Query.SQL, "LIMIT 0") {
			t.Errorf("query %q should end LIMIT 0", p.Query.SQL)
		}
		if rec := get(t, h, "/hotline/contacts?_size=0&_facet=mode"); rec.Code != http.StatusOK {
			t.Errorf("the page with _size=0: status %d", rec.Code)
		}
	})
	t.Run("nocount", func(t *testing.T) {
		var p map[string]any
		getJSON(t, h, "/hotline/contacts.json?_nocount=1", &p)
		if p["count"] != nil || p["count_exact"] != false {
			t.Errorf("count = %v, count_exact = %v", p["count"], p["count_exact"])
		}
	})
}

func TestFacetKinds(t *testing.T) {
	h := newHandler(t, nil)
	type facet struct {
		Results []struct {
			Value     any
			Count     int64
			ToggleURL string `json:"toggle_url"`
		}
		Truncated bool
	}
	var p struct {
		FacetResults map[string]facet `json:"facet_results"`
	}
	getJSON(t, h, "/hotline/contacts.json?_facet_date=date", &p)
	if r := p.FacetResults["date"].Results; len(r) != 3 || !strings.Contains(r[0].ToggleURL, "date__date=") && r[0].Value != nil {
		t.Errorf("date facet = %+v", r)
	}
	getJSON(t, h, "/hotline/contacts.json?_facet_month=date", &p)
	if r := p.FacetResults["date"].Results; len(r) != 3 || r[0].Value != "2024-02" || !strings.Contains(r[0].ToggleURL, "date__startswith=2024-02") {
		t.Errorf("month facet = %+v", r)
	}
	getJSON(t, h, "/hotline/contacts.json?_facet_year=date", &p)
	if r := p.FacetResults["date"].Results; len(r) != 2 || r[0].Value != "2024" || r[0].Count != 2 {
		t.Errorf("year facet = %+v", r)
	}
	getJSON(t, h, "/hotline/big.json?_facet=n&_facet_size=3", &p)
	if f := p.FacetResults["n"]; len(f.Results) != 3 || !f.Truncated {
		t.Errorf("_facet_size=3: %+v", f)
	}
	getJSON(t, h, "/hotline/big.json?_facet=n&_facet_size=max", &p)
	if f := p.FacetResults["n"]; len(f.Results) != 7 || f.Truncated {
		t.Errorf("_facet_size=max: %+v", f)
	}
	t.Run("array", func(t *testing.T) {
		getJSON(t, h, "/hotline/-/query.json?sql=select+1", &struct{}{})
		var q page
		getJSON(t, h, "/hotline/notes.json?_facet_array=body", &p)
		if len(p.FacetResults["body"].Results) != 0 {
			t.Errorf("array facet of plain text = %+v", p.FacetResults["body"])
		}
		getJSON(t, h, "/hotline/notes.json?body__arraycontains=x", &q)
		if q.Count != 0 {
			t.Errorf("arraycontains on text matched %d", q.Count)
		}
	})
}

func TestNewlineJSONAndJSONColumns(t *testing.T) {
	h := newHandler(t, nil)
	rec := get(t, h, "/hotline/contacts.json?_shape=array&_nl=on&_size=3")
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("_nl=on gave %d lines:\n%s", len(lines), rec.Body)
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil || m["id"] == nil {
			t.Errorf("line %q: %v", l, err)
		}
	}
	var rows []map[string]any
	getJSON(t, h, "/hotline/-/query.json?_shape=array&_json=j&sql="+url.QueryEscape(`select '{"a": [1, 2]}' as j, 'not json' as k`), &rows)
	if j, ok := rows[0]["j"].(map[string]any); !ok || j["a"] == nil || rows[0]["k"] != "not json" {
		t.Errorf("_json rows = %v", rows)
	}
}

func TestSuggestedFacetsOnPage(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts", http.StatusOK)
	var links []string
	testid(doc, "suggested-facet").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		links = append(links, s.Text()+" "+href)
	})
	got := strings.Join(links, "\n")
	for _, want := range []string{"mode /hotline/contacts?_facet=mode", "date (year) /hotline/contacts?_facet_year=date", "date (month) /hotline/contacts?_facet_month=date"} {
		if !strings.Contains(got, want) {
			t.Errorf("suggested facets:\n%s\nwant %q", got, want)
		}
	}
	doc = getHTML(t, h, "/hotline/contacts?_facet_month=date", http.StatusOK)
	if box := testid(doc, "facet-date (month)"); box.Find(`[data-testid="facet-value"]`).Length() != 3 {
		t.Errorf("month facet box: %q", box.Text())
	}
	if strings.Contains(testid(doc, "suggested-facets").Text(), "date (month)") {
		t.Error("the month facet shown is still suggested")
	}
}

func TestColumnMenuLinks(t *testing.T) {
	h := newHandler(t, nil)
	doc := getHTML(t, h, "/hotline/contacts?_sort=mode", http.StatusOK)
	menu := testid(doc, "colmenu-mode")
	links := map[string]string{}
	menu.Find("a").Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("data-testid")
		links[id], _ = s.Attr("href")
	})
	want := map[string]string{
		"colmenu-sort-desc": "/hotline/contacts?_sort_desc=mode",
		"colmenu-facet":     "/hotline/contacts?_sort=mode&_facet=mode",
		"colmenu-hide":      "/hotline/contacts?_sort=mode&_nocol=mode",
		"colmenu-notblank":  "/hotline/contacts?_sort=mode&mode__notblank=1",
	}
	for id, u := range want {
		if links[id] != u {
			t.Errorf("%s = %q, want %q", id, links[id], u)
		}
	}
	if _, ok := links["colmenu-sort-asc"]; ok {
		t.Error("the menu offers the sort the page already has")
	}
	if _, ok := links["colmenu-hide"]; ok && testid(doc, "colmenu-id").Find(`[data-testid="colmenu-hide"]`).Length() > 0 {
		t.Error("the primary key can be hidden")
	}
	t.Run("links work", func(t *testing.T) {
		doc := getHTML(t, h, want["colmenu-hide"], http.StatusOK)
		for _, n := range headers(doc) {
			if n == "mode" {
				t.Error("mode still shown after hiding it")
			}
		}
		var p page
		getJSON(t, h, "/hotline/contacts.json?date__notblank=1", &p)
		if p.Count != 2 {
			t.Errorf("date__notblank: %d rows, want 2", p.Count)
		}
		getJSON(t, h, "/hotline/contacts.json?date__isblank=1", &p)
		if p.Count != 1 {
			t.Errorf("date__isblank: %d rows, want 1", p.Count)
		}
	})
	t.Run("no inline script", func(t *testing.T) {
		if n := doc.Find("script:not([src])").Length(); n != 0 {
			t.Errorf("%d inline scripts", n)
		}
	})
}

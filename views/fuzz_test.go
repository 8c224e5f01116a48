package views_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"hotline/db"
)

// FuzzTableURL: whatever query string a visitor sends to a table page (filters col__op=v,
// _sort, _size, _next, _facet, _search, _col, _where...), in any format, the answer is a
// page or a 4xx that says what is wrong, never a 5xx.
func FuzzTableURL(f *testing.F) {
	for _, q := range []string{
		"", "mode=phone", "mode__contains=ph", "mode__startswith=p&_sort=date", "id__gt=1&id__lt=3", "id__in=1,2,3",
		"date__isnull=1", "mode__notnull=1", "mode__like=%25o%25", "mode__glob=p*", "_size=1&_next=abc", "_sort_desc=id",
		"_facet=mode", "_col=id&_nocol=mode", "_search=peace", "_where=id>1", "mode__near=x", "colour=red", "%zz",
		"_size=0", "_size=99999999999999999999", "id__gt=abc", "_next=eyJ2Ijp7InQiOiJpIn19", "_facet_date=date",
		"mode__exact=&mode__not=phone", "_through={\"table\":\"x\"}", "_shape=objects", "_shape=tree", "_stream=on",
	} {
		f.Add("contacts", q, "json")
	}
	f.Add("big", "_size=3", "")
	f.Add("contact_participants", "actor_id=1", "csv")
	h := newHandlerWith(f, db.ReadOptions{SQLTimeLimit: 200 * time.Millisecond}, nil)
	f.Fuzz(func(t *testing.T, table, query, format string) {
		switch format {
		case "json", "csv":
			table += "." + format
		}
		target := "/hotline/" + url.PathEscape(table) + "?" + query
		req, err := http.NewRequest(http.MethodGet, "http://example.com"+target, nil)
		if err != nil {
			return // not a URL a client could send
		}
		req.RemoteAddr = "192.0.2.1:1234"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %s: status %d: %s", target, rec.Code, firstLines(rec.Body.String()))
		}
	})
}

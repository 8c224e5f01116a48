package views

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/a-h/templ"

	"hotline/views/page"
)

// render writes a component with a status. It renders into a buffer first: templ streams,
// and a render error half-way would otherwise leave a 200 with half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) error {
	var buf bytes.Buffer
	if err := c.Render(r.Context(), &buf); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// renderError writes the error page; if even that fails there is nothing left but the log
// and a plain-text answer.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	p := page.ErrorPage{
		Layout:  s.layout(r.Context(), http.StatusText(status), nil),
		Status:  statusLine(status),
		Message: msg,
	}
	if err := s.render(w, r, status, page.Error(p)); err != nil {
		s.log.Error("rendering the error page", "err", err)
		http.Error(w, msg, status)
	}
}

// writeJSONError is the JSON form of an error: {"ok": false, "error": ..., "status": ...}.
func (s *Server) writeJSONError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(struct {
		OK     bool   `json:"ok"`
		Error  string `json:"error"`
		Status int    `json:"status"`
	}{false, msg, status})
}

// writeCSVError is the CSV form of an error, so that a script reading a .csv URL gets
// CSV it can parse: a header row "error,status" and one row.
func writeCSVError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.WriteHeader(status)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"error", "status"})
	_ = cw.Write([]string{msg, strconv.Itoa(status)})
	cw.Flush()
}

func statusLine(status int) string {
	return strconv.Itoa(status) + " " + http.StatusText(status)
}

// layout is the shared frame of a page titled title under the given breadcrumbs.
func (s *Server) layout(ctx context.Context, title string, crumbs []page.Link) page.Layout {
	info := s.info(ctx)
	return page.Layout{
		SiteTitle:   info.Title,
		PageTitle:   title,
		HomeURL:     "/",
		Breadcrumbs: crumbs,
		CSSURL:      s.assets.url("app.css"),
		JSURL:       s.assets.url("app.js"),
		IconURL:     s.assets.url("favicon.svg"),
		License:     page.Link{Text: info.License, URL: info.LicenseURL},
		Source:      page.Link{Text: info.Source, URL: info.SourceURL},
	}
}

// dbCrumbs are the breadcrumbs of pages inside the database, ending with extra.
func (s *Server) dbCrumbs(extra ...page.Link) []page.Link {
	return append([]page.Link{{Text: s.reader.Name(), URL: s.dbURL("")}}, extra...)
}

// securityHeaders tell browsers to run no script and load no style but our own files, and
// not to frame the pages: a second wall behind templ's escaping.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
}

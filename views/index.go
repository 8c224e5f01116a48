package views

import (
	"net/http"

	"hotline/views/page"
)

// index is the dataset's front page: what it is, its tables and views with row counts,
// its canned queries and the download link.
func (s *Server) index(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	schema, err := s.reader.Schema(ctx)
	if err != nil {
		return err
	}
	info := s.info(ctx)
	tables, _, views := s.summaries(ctx, schema)
	main, rest := mainFirst(tables)
	if len(main) == 0 {
		main, rest = rest, nil
	}
	p := page.IndexPage{
		Layout:       s.layout(ctx, info.Title, nil),
		Description:  info.Description,
		DatabaseName: s.reader.Name(),
		DatabaseURL:  s.dbURL(""),
		Tables:       main,
		Views:        views,
		More:         rest,
		Queries:      s.querySummaries(s.docs(ctx)),
		Pictures:     s.pictureSummaries(schema),
	}
	if s.cfg.AllowDownload {
		p.DownloadURL = s.dbURL("db")
	}
	return s.render(w, r, http.StatusOK, page.Index(p))
}

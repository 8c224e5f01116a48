package views

import "net/http"

// routes registers every URL of the explorer. NAME is the database's file stem; a suffix
// .json or .csv on the last segment picks another format, and NAME.db is the file itself.
//
//	/                        the dataset: title, licence, tables with counts, queries
//	/-/static/FILE           content-hashed CSS, JS and icon, cached forever
//	/favicon.ico             redirects to the icon
//	/-/PAGE[.json]           versions, settings, metadata, databases (as in Datasette)
//	/NAME[.json|.db]         tables, views, queries, SQL editor; ?sql= runs SQL; .db downloads
//	/NAME/-/query[.json|.csv]?sql=   ad hoc read-only SQL
//	/NAME/-/timeline.json, network[.json|.gexf|.graphml], matrix[.json], events.jsonl|.csv,
//	/NAME/-/country/CODE[.json], /NAME/-/actor/ID.json   pictures and profiles (pictureRoutes)
//	/NAME/TABLE[.json|.csv]  a table or view page; a canned query of that name wins
//	/NAME/TABLE/PK[.json|.csv]  one row; composite keys are comma-joined, tilde-encoded
//
// Anything else is a 404 page.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", s.handle(s.index))
	mux.Handle("GET /-/static/{file}", s.handle(s.static))
	mux.Handle("GET /favicon.ico", s.handle(s.favicon))
	mux.Handle("GET /-/{page}", s.handle(s.special))
	mux.Handle("GET /{db}", s.handle(s.database))
	mux.Handle("GET /{db}/-/{action}", s.handle(s.query))
	s.pictureRoutes(mux)
	mux.Handle("GET /{db}/{table}", s.handle(s.table))
	mux.Handle("GET /{db}/{table}/{pk}", s.handle(s.row))
	mux.Handle("/", s.handle(s.nowhere))
	return mux
}

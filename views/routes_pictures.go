package views

import "net/http"

// pictureRoutes registers the pictures of contacts and the profiles, each with the JSON
// (or file) of the data it draws. Literal paths win over /{db}/-/{action}.
func (s *Server) pictureRoutes(mux *http.ServeMux) {
	mux.Handle("GET /{db}/-/timeline.json", s.handle(s.timelineJSON))
	mux.Handle("GET /{db}/-/network", s.handle(s.network("")))
	mux.Handle("GET /{db}/-/events.jsonl", s.handle(s.events("jsonl")))
	mux.Handle("GET /{db}/-/events.csv", s.handle(s.events("csv")))
	mux.Handle("GET /{db}/-/country/{code}", s.handle(s.country))
	mux.Handle("GET /{db}/-/actor/{id}", s.handle(s.actorProfileJSON))
	mux.Handle("GET /{db}/-/matrix", s.handle(s.matrix("")))
	mux.Handle("GET /{db}/-/matrix.json", s.handle(s.matrix("json")))
	for _, f := range []string{"json", "gexf", "graphml"} {
		mux.Handle("GET /{db}/-/network."+f, s.handle(s.network(f)))
	}
}

package views

import "net/http"

// pictureRoutes registers the pictures of contacts and the profiles, each with the JSON
// (or file) of the data it draws. Literal paths win over /{db}/-/{action}.
func (s *Server) pictureRoutes(mux *http.ServeMux) {
	mux.Handle("GET /{db}/-/timeline.json", s.handle(s.timelineJSON))
	mux.Handle("GET /{db}/-/network", s.handle(s.network("")))
	for _, f := range []string{"json", "gexf", "graphml"} {
		mux.Handle("GET /{db}/-/network."+f, s.handle(s.network(f)))
	}
}

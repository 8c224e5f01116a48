package views

import "net/http"

// favicon answers /favicon.ico, which browsers ask for on their own (on a JSON or CSV
// page, which links no icon), with a redirect to the hashed icon instead of a 404 that
// their console reports as an error.
func (s *Server) favicon(w http.ResponseWriter, r *http.Request) error {
	http.Redirect(w, r, s.assets.url("favicon.svg"), http.StatusFound)
	return nil
}

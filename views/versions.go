package views

import (
	"encoding/json"
	"net/http"
	"runtime"
	"runtime/debug"
)

// versions answers /-/versions.json: the Go, SQLite and library versions serving the
// explorer, for bug reports (Datasette has the same page).
func (s *Server) versions(w http.ResponseWriter, r *http.Request) error {
	out := map[string]any{"go": runtime.Version()}
	if v, err := s.reader.SQLiteVersion(r.Context()); err == nil {
		out["sqlite"] = v
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		out["hotline"] = bi.Main.Version
		mods := map[string]string{}
		for _, d := range bi.Deps {
			mods[d.Path] = d.Version
		}
		out["modules"] = mods
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	return json.NewEncoder(w).Encode(out)
}

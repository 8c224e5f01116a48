package views

import (
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
)

// versionsJSON is /-/versions.json in Datasette's shape ({"python": {"version", "full"},
// "datasette": {"version"}, "sqlite": {"version", "fts_versions", "extensions"}}), with Go
// in place of Python and Hotline in place of Datasette, plus the Go modules.
func (s *Server) versionsJSON(r *http.Request) map[string]any {
	version := s.cfg.Version
	if version == "" {
		version = "unknown"
	}
	out := map[string]any{
		"go":      map[string]string{"version": strings.TrimPrefix(runtime.Version(), "go"), "full": runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH},
		"hotline": map[string]string{"version": version},
	}
	if v, err := s.reader.SQLiteVersion(r.Context()); err == nil {
		out["sqlite"] = map[string]any{
			"version":      v,
			"fts_versions": []string{"FTS5"},
			"extensions":   map[string]any{"json1": nil},
		}
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		mods := map[string]string{}
		for _, d := range bi.Deps {
			mods[d.Path] = d.Version
		}
		out["modules"] = mods
	}
	return out
}

package views

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed static
var staticFS embed.FS

// assets are the embedded CSS and JS, served under names that contain a hash of their
// content: a changed file gets a new URL, so browsers may cache each URL forever.
type assets struct {
	byHashed map[string]asset  // "app.1a2b3c4d5e.css" -> asset
	urls     map[string]string // "app.css" -> "/-/static/app.1a2b3c4d5e.css"
}

type asset struct {
	data        []byte
	contentType string
	etag        string
}

// loadAssets reads and hashes every embedded file once, at start-up.
func loadAssets() (*assets, error) {
	entries, err := staticFS.ReadDir("static")
	if err != nil {
		return nil, fmt.Errorf("views: reading embedded assets: %w", err)
	}
	a := &assets{byHashed: map[string]asset{}, urls: map[string]string{}}
	for _, e := range entries {
		data, err := staticFS.ReadFile("static/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("views: reading embedded asset %s: %w", e.Name(), err)
		}
		sum := sha256.Sum256(data)
		hash := hex.EncodeToString(sum[:])[:12]
		ext := path.Ext(e.Name())
		hashed := strings.TrimSuffix(e.Name(), ext) + "." + hash + ext
		a.byHashed[hashed] = asset{data: data, contentType: contentType(ext), etag: `"` + hash + `"`}
		a.urls[e.Name()] = "/-/static/" + hashed
	}
	return a, nil
}

// url is the hashed URL of an embedded file.
func (a *assets) url(name string) string { return a.urls[name] }

func contentType(ext string) string {
	switch ext {
	case ".css":
		return "text/css; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	}
	return "application/octet-stream"
}

// static serves a hashed asset with a year-long immutable cache lifetime; an unknown or
// outdated hash is a 404 rather than stale content under a new name.
func (s *Server) static(w http.ResponseWriter, r *http.Request) error {
	a, ok := s.assets.byHashed[r.PathValue("file")]
	if !ok {
		return notFound("no static file %q", r.PathValue("file"))
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", a.etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.data))
	return nil
}

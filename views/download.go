package views

import (
	"mime"
	"net/http"

	"hotline/db"
)

// download serves the database file from a consistent snapshot with http.ServeContent,
// which handles Range, If-None-Match (against the snapshot's ETag) and Content-Length.
func (s *Server) download(w http.ResponseWriter, r *http.Request) error {
	if !s.cfg.AllowDownload {
		return db.Errorf(db.EDENIED, "downloading the database is disabled on this server")
	}
	snap, err := s.reader.Snapshot(r.Context())
	if err != nil {
		return err
	}
	defer snap.Content.Close()
	h := w.Header()
	h.Set("Content-Type", "application/vnd.sqlite3")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": s.reader.Name() + ".db"}))
	if snap.ETag != "" {
		h.Set("ETag", snap.ETag)
	}
	http.ServeContent(w, r, "", snap.ModTime, snap.Content)
	return nil
}

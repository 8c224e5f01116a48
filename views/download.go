package views

import (
	"mime"
	"net/http"
	"strconv"
	"strings"

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
	if emptySuffixRange(r.Header.Get("Range")) {
		return httpError(http.StatusRequestedRangeNotSatisfiable,
			"the range asks for the last 0 bytes of the file: there is nothing to send",
			"Content-Range", "bytes */"+strconv.FormatInt(snap.Size, 10))
	}
	h := w.Header()
	h.Set("Content-Type", "application/vnd.sqlite3")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": s.reader.Name() + ".db"}))
	if snap.ETag != "" {
		h.Set("ETag", snap.ETag)
	}
	http.ServeContent(w, r, "", snap.ModTime, snap.Content)
	return nil
}

// emptySuffixRange reports a Range of only "bytes=-0" suffixes. RFC 9110 calls a zero
// suffix-length unsatisfiable; http.ServeContent answers it with an empty 206 instead.
func emptySuffixRange(h string) bool {
	spec, ok := strings.CutPrefix(strings.TrimSpace(h), "bytes=")
	if !ok {
		return false
	}
	for r := range strings.SplitSeq(spec, ",") {
		zeros, ok := strings.CutPrefix(strings.TrimSpace(r), "-")
		if !ok || zeros == "" || strings.Trim(zeros, "0") != "" {
			return false
		}
	}
	return true
}

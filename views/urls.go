package views

import (
	"strings"
)

// Every URL the explorer shows is built here, from tilde-encoded path segments and
// escaped query strings, so no page can produce a URL that breaks out of its place.

// withFormat adds the ".json"/".csv"/".db" suffix, if any, to a path.
func withFormat(path, format string) string {
	if format == "" {
		return path
	}
	return path + "." + format
}

// dbURL is /NAME with an optional format suffix.
func (s *Server) dbURL(format string) string {
	return withFormat("/"+tildeEncode(s.reader.Name()), format)
}

// tableURL is /NAME/TABLE[.format]?params.
func (s *Server) tableURL(table, format string, ps params) string {
	return withFormat(s.dbURL("")+"/"+tildeEncode(table), format) + ps.query()
}

// rowURL is /NAME/TABLE/PK[.format]; composite keys are comma-joined, each tilde-encoded.
func (s *Server) rowURL(table string, pk []string, format string) string {
	enc := make([]string, len(pk))
	for i, v := range pk {
		enc[i] = tildeEncode(v)
	}
	return withFormat(s.dbURL("")+"/"+tildeEncode(table)+"/"+strings.Join(enc, ","), format)
}

// queryURL is /NAME/-/query[.format]?params.
func (s *Server) queryURL(format string, ps params) string {
	return withFormat(s.dbURL("")+"/-/query", format) + ps.query()
}

// splitFormat splits a known suffix off the last path segment: "contacts.json" is
// ("contacts", "json"). Names are tilde-encoded in our URLs, so a literal dot is always
// a suffix; a segment with an unknown suffix is returned whole.
func splitFormat(segment string, formats ...string) (string, string) {
	i := strings.LastIndexByte(segment, '.')
	if i < 0 {
		return segment, ""
	}
	for _, f := range formats {
		if segment[i+1:] == f {
			return segment[:i], f
		}
	}
	return segment, ""
}

package views

import (
	"context"
	"net/http"

	"hotline/db"
)

// checkDB makes sure the {db} segment names this database (exactly, with no suffix).
func (s *Server) checkDB(r *http.Request) error {
	seg := r.PathValue("db")
	if name, err := tildeDecode(seg); err != nil || name != s.reader.Name() {
		return notFound("no database named %q", seg)
	}
	return nil
}

// findTable looks a table or view up by name in the schema.
func (s *Server) findTable(ctx context.Context, name string) (*db.Table, error) {
	schema, err := s.reader.Schema(ctx)
	if err != nil {
		return nil, err
	}
	if t := schema.Table(name); t != nil {
		return t, nil
	}
	return nil, notFound("no table or view named %q in %s", name, s.reader.Name())
}

// decodeSegment splits the format off a path segment and tilde-decodes the rest.
func decodeSegment(seg string, formats ...string) (name, format string, err error) {
	base, format := splitFormat(seg, formats...)
	name, err = tildeDecode(base)
	if err != nil {
		return "", "", invalid("%v", err)
	}
	return name, format, nil
}

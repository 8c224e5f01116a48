package db

import (
	"context"
	"database/sql"
)

// ReadActors returns every actor of the database at path with its aliases, as LoadActors
// does for an import, without writing anything: `hotline explain --db` shows what an
// import into that file would make of an article, and must leave the file (and a server
// reading it) alone. The file is opened read-only (a missing one is an error, not a new
// empty database) and read in one statement, so the actors are those of one state of it.
func ReadActors(ctx context.Context, path string) ([]ActorRow, error) {
	abs, err := existingFile(path)
	if err != nil {
		return nil, err
	}
	d, err := sql.Open("sqlite", readDSN(abs, false))
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: "opening " + path, Err: err}
	}
	defer d.Close()
	rows, err := d.QueryContext(ctx, sqlLoadActors)
	if err != nil {
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		return nil, &Error{Code: EINVALID, Message: "cannot read the actors of " + path + ": " + err.Error(), Err: err}
	}
	out, err := scanActors(rows)
	if err != nil {
		return nil, &Error{Code: EINVALID, Message: "cannot read the actors of " + path + ": " + err.Error(), Err: err}
	}
	return out, nil
}

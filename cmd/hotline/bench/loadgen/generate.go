package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite"
)

// benchSchema mirrors the contacts table of Hotline's schema (STRICT, ISO dates as TEXT,
// the initiator as a foreign key into actors), so the explorer does the same work as on a
// real import: foreign-key labels, indexed filters and sorts, facets.
const benchSchema = `
CREATE TABLE actors (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT
) STRICT;
CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL DEFAULT '',
    mode             TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    date             TEXT,
    date_text        TEXT,
    initiator_id     INTEGER REFERENCES actors(id),
    location         TEXT,
    duration_minutes INTEGER,
    first_reported   TEXT,
    last_reported    TEXT
) STRICT;`

// benchIndexes are created after the rows are in, which is several times faster than
// keeping them up to date row by row.
const benchIndexes = `
CREATE INDEX contacts_date ON contacts(date);
CREATE INDEX contacts_mode ON contacts(mode);
CREATE INDEX contacts_status ON contacts(status);
CREATE INDEX contacts_initiator_id ON contacts(initiator_id);`

// ensureTable makes sure path holds a contacts table of exactly rows rows. An existing file
// of the right size is reused, because building a million rows takes a while; anything else
// is rebuilt into a temporary file that replaces path only when complete.
func ensureTable(ctx context.Context, path string, rows int) error {
	if n, err := countContacts(ctx, path); err == nil && n == rows {
		fmt.Fprintf(os.Stderr, "reusing %s (%d contacts)\n", path, n)
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".building"
	os.Remove(tmp)
	start := time.Now()
	if err := generate(ctx, tmp, rows); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("generating %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "generated %d contacts into %s in %s\n", rows, path, time.Since(start).Round(time.Millisecond))
	return nil
}

// countContacts counts the rows of an existing file's contacts table.
func countContacts(ctx context.Context, path string) (int, error) {
	if _, err := os.Stat(path); err != nil {
		return 0, err
	}
	d, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer d.Close()
	var n int
	err = d.QueryRowContext(ctx, `select count(*) from contacts`).Scan(&n)
	return n, err
}

// generate writes the schema, a few thousand actors and rows contacts into a new file, in
// one transaction with journaling off: the file is scratch until ensureTable renames it.
func generate(ctx context.Context, path string, rows int) error {
	d, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer d.Close()
	d.SetMaxOpenConns(1) // the pragmas below hold for one connection only
	for _, p := range []string{`pragma journal_mode=off`, `pragma synchronous=off`, `pragma page_size=4096`} {
		if _, err := d.ExecContext(ctx, p); err != nil {
			return err
		}
	}
	if _, err := d.ExecContext(ctx, benchSchema); err != nil {
		return err
	}
	tx, err := d.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	g := newFaker(1)
	if err := insertActors(ctx, tx, g); err != nil {
		return err
	}
	if err := insertContacts(ctx, tx, g, rows); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, benchIndexes); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = d.ExecContext(ctx, `analyze`)
	return err
}

// insertActors adds the people and organizations that contacts point to.
func insertActors(ctx context.Context, tx *sql.Tx, g *faker) error {
	st, err := tx.PrepareContext(ctx, `insert into actors (id, name, kind, country) values (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for id := 1; id <= actorCount; id++ {
		a := g.actor()
		if _, err := st.ExecContext(ctx, id, a.name, a.kind, a.country); err != nil {
			return err
		}
	}
	return nil
}

// insertContacts adds rows contacts, reporting progress now and then.
func insertContacts(ctx context.Context, tx *sql.Tx, g *faker, rows int) error {
	st, err := tx.PrepareContext(ctx, `insert into contacts (id, title, mode, status, date, date_text,
		initiator_id, location, duration_minutes, first_reported, last_reported)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for id := 1; id <= rows; id++ {
		c := g.contact()
		if _, err := st.ExecContext(ctx, id, c.title, c.mode, c.status, c.date, c.dateText,
			c.initiator, c.location, c.duration, c.firstReported, c.lastReported); err != nil {
			return err
		}
		if id%200_000 == 0 {
			fmt.Fprintf(os.Stderr, "  %d rows\n", id)
		}
		if id%10_000 == 0 && ctx.Err() != nil {
			return errors.Join(ctx.Err(), errors.New("interrupted"))
		}
	}
	return nil
}

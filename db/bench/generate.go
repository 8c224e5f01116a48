// Package bench builds the generated databases that the read path's benchmarks and the
// CSV comparison with the sqlite3 shell run on: a table shaped like Hotline's contacts,
// with indexes, NULLs and a foreign key, filled with repeatable pseudo-random rows.
package bench

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"

	_ "modernc.org/sqlite" // the default driver writes the generated file
)

// Schema is the generated database's schema: contacts point at actors.
const Schema = `
CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, mode TEXT NOT NULL,
	status TEXT NOT NULL, date TEXT, initiator_id INTEGER REFERENCES actors(id),
	location TEXT, duration_minutes INTEGER);
CREATE INDEX contacts_mode ON contacts(mode);
CREATE INDEX contacts_date ON contacts(date);
CREATE INDEX contacts_initiator_id ON contacts(initiator_id);
`

// actors is how many actors contacts point at.
const actors = 5000

// Generate writes a new database at path with rows contacts (the file must not exist).
// The same rows count always gives the same rows.
func Generate(ctx context.Context, path string, rows int) error {
	d, err := sql.Open("sqlite", "file:"+path+"?mode=rwc&_pragma=journal_mode(DELETE)&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	defer d.Close()
	d.SetMaxOpenConns(1)
	if _, err := d.ExecContext(ctx, Schema); err != nil {
		return err
	}
	tx, err := d.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rnd := rand.New(rand.NewPCG(uint64(rows), 42))
	if err := insertActors(ctx, tx, rnd); err != nil {
		return err
	}
	if err := insertContacts(ctx, tx, rnd, rows); err != nil {
		return err
	}
	return tx.Commit()
}

func insertActors(ctx context.Context, tx *sql.Tx, rnd *rand.Rand) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO actors VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	countries := []string{"US", "FR", "DE", "CN", "RU", "IN", "BR", "ZA"}
	for i := 1; i <= actors; i++ {
		if _, err := st.ExecContext(ctx, i, fmt.Sprintf("Actor %04d", i), countries[rnd.IntN(len(countries))]); err != nil {
			return err
		}
	}
	return nil
}

func insertContacts(ctx context.Context, tx *sql.Tx, rnd *rand.Rand, rows int) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	modes := []string{"phone", "phone", "meeting", "video", "unspecified"}
	statuses := []string{"held", "held", "held", "scheduled", "proposed", "cancelled"}
	places := []any{nil, "Geneva", "Beijing", "Washington", "Brussels", "New Delhi"}
	for i := 1; i <= rows; i++ {
		var date, initiator, minutes any
		if rnd.IntN(10) > 0 {
			date = fmt.Sprintf("20%02d-%02d-%02d", 10+rnd.IntN(16), 1+rnd.IntN(12), 1+rnd.IntN(28))
		}
		if rnd.IntN(5) > 0 {
			initiator = 1 + rnd.IntN(actors)
		}
		if rnd.IntN(3) == 0 {
			minutes = 5 + rnd.IntN(120)
		}
		title := fmt.Sprintf("Actor %04d and Actor %04d", 1+rnd.IntN(actors), 1+rnd.IntN(actors))
		if _, err := st.ExecContext(ctx, i, title, modes[rnd.IntN(len(modes))], statuses[rnd.IntN(len(statuses))],
			date, initiator, places[rnd.IntN(len(places))], minutes); err != nil {
			return err
		}
	}
	return nil
}

package db

import (
	"context"
	"database/sql"
)

// The importer's merge index of contacts lives in two temporary tables of the import's
// connection rather than in the importer's memory, so that an import's memory stays flat
// however many contacts it writes: a report of a contact finds the contacts it may be
// another report of through the blocking keys (participant set, bucket = month and mode
// family) by an indexed lookup, never by a scan. Each row also keeps the importer's
// encoded state of the contact (its distinct reports) while the contact is not held in
// memory. The tables go with the connection: a failed import leaves nothing behind.

// FiledContact is a contact as the merge index files it.
type FiledContact struct {
	ID     int64
	Set    string // participant key
	Bucket string
	Seq    int64  // when it was filed: the order the importer's candidates are looked at in
	State  []byte // the importer's encoded state, nil while never saved
	// Closed marks a contact no report without a date can join (the importer's
	// closedToUndated): FiledOpenContacts leaves it out.
	Closed bool
}

// BucketsPerLookup is how many buckets one lookup of FiledContacts names; a caller pads a
// shorter list by repeating one of its buckets.
const BucketsPerLookup = 12

// CreateContactIndex makes the merge index's tables, empty. (Page caches of 32 and 16 MB
// instead of SQLite's 2 MB were tried: a 100,000-article import took no less CPU, and its
// peak RSS rose from 124 to 237 MB.)
func (w *WriteTx) CreateContactIndex(ctx context.Context) error {
	for _, q := range []string{sqlCreateContactIndex, sqlCreateContactIndexSet, sqlCreateContactIndexOpen, sqlCreateContactIndexActors,
		sqlCreateContactIndexActorsContact, sqlCreateContactIndexActorsOpen, sqlCreateContactIndexTold, sqlCreateContactIndexToldContact, sqlEmptyContactIndex,
		sqlEmptyContactIndexActors, sqlEmptyContactIndexTold} {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return wrapWrite("making the contact index", err)
		}
	}
	return nil
}

// DropContactIndex removes the merge index's tables at the end of a run.
func (w *WriteTx) DropContactIndex(ctx context.Context) error {
	w.closeStmts() // prepared statements of the dropped tables
	for _, q := range []string{sqlDropContactIndex, sqlDropContactIndexActors, sqlDropContactIndexTold} {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return wrapWrite("dropping the contact index", err)
		}
	}
	return nil
}

// FileContact files (or refiles) a contact under its participant set and bucket, closed
// or not (FiledContact.Closed); a multilateral contact is also filed under each of its
// actors (actors non-nil), and wasMulti removes its former filing by actor.
func (w *WriteTx) FileContact(ctx context.Context, id int64, set, bucket string, seq int64, closed bool, actors []int64, wasMulti bool) error {
	if _, err := w.exec(ctx, sqlFileContact, id, set, bucket, seq, closed); err != nil {
		return wrapWrite("filing a contact", err)
	}
	if wasMulti {
		if _, err := w.exec(ctx, sqlUnfileContactActors, id); err != nil {
			return wrapWrite("filing a contact", err)
		}
	}
	for _, a := range actors {
		if _, err := w.exec(ctx, sqlFileContactActor, a, bucket, seq, id, closed); err != nil {
			return wrapWrite("filing a contact", err)
		}
	}
	return nil
}

// MarkContactClosed sets whether a filed contact is closed (FiledContact.Closed), under
// its participant set and under each of its actors, and leaves its filing as it is: the
// order candidates are looked at in stays.
func (w *WriteTx) MarkContactClosed(ctx context.Context, id int64, closed bool) error {
	if _, err := w.exec(ctx, sqlMarkContactClosed, closed, id); err != nil {
		return wrapWrite("filing a contact", err)
	}
	_, err := w.exec(ctx, sqlMarkContactActorsClosed, closed, id)
	return wrapWrite("filing a contact", err)
}

// SaveContactState keeps the importer's encoded state of a contact it no longer holds.
func (w *WriteTx) SaveContactState(ctx context.Context, id int64, state []byte) error {
	_, err := w.exec(ctx, sqlSaveContactState, state, id)
	return wrapWrite("saving a contact's state", err)
}

// ContactState returns the saved state and filing of one contact (ok false when it is not
// filed).
func (w *WriteTx) ContactState(ctx context.Context, id int64) (FiledContact, bool, error) {
	f := FiledContact{ID: id}
	err := w.queryRow(ctx, sqlContactState, id).Scan(&f.Set, &f.Bucket, &f.Seq, &f.State, &f.Closed)
	if err == sql.ErrNoRows {
		return f, false, nil
	}
	return f, err == nil, wrapWrite("reading a contact's state", err)
}

// FileContactTold files a contact under the fingerprint of a sentence one of its reports
// was told in (the importer's sentencePrint) and that report's publication day (days since
// 1970-01-01, NoDay when unknown), once however often it is filed.
func (w *WriteTx) FileContactTold(ctx context.Context, told uint32, day, id int64) error {
	_, err := w.exec(ctx, sqlFileContactTold, int64(told), day, id)
	return wrapWrite("filing a contact", err)
}

// NoDay is the publication day of a report whose article gives none.
const NoDay int64 = -1

// ToldUndatedLimit bounds how many contacts filed with no publication day one lookup of a
// sentence returns (the latest filed): a government's boilerplate ("The two leaders
// discussed bilateral relations.") tells hundreds of contacts, and a lookup that read
// them all for every new report would make an import quadratic in its readouts.
const ToldUndatedLimit = 64

// FiledContactsTold returns the filed contacts (closed or not) one of whose reports was
// told in the sentence of fingerprint told and published within window days of day (or on
// no known day), in the order they were filed: where a copy of a report finds the contact
// it is a report of, whatever its date or bucket. For a report of no known day (day is
// NoDay), any day's. Contacts filed on no known day are the latest ToldUndatedLimit. Only
// contacts filed under participant set set are returned, or of any set when set is ""
// (a multilateral report, which the caller matches by overlap): a sentence that names no
// one ("The two sides discussed trade.") tells the contacts of many pairs on one day. A
// merged contact's filing goes with its row; the one it merged into is filed anew by the
// caller.
func (w *WriteTx) FiledContactsTold(ctx context.Context, told uint32, day, window int64, set string) ([]FiledContact, error) {
	query, args := sqlFiledByToldNear, []any{int64(told), day - window, day + window, NoDay, ToldUndatedLimit, set}
	if day == NoDay {
		query, args = sqlFiledByToldAny, []any{int64(told), ToldUndatedLimit, set}
	}
	rows, err := w.query(ctx, query, args...)
	if err != nil {
		return nil, wrapWrite("looking up contacts", err)
	}
	return scanFiled(rows)
}

// FiledContacts returns the contacts filed under participant set set and any of buckets
// (exactly BucketsPerLookup of them), or under any bucket when buckets is nil, in the
// order they were filed.
func (w *WriteTx) FiledContacts(ctx context.Context, set string, buckets []string) ([]FiledContact, error) {
	return w.filed(ctx, sqlFiledBySetAll, sqlFiledBySet, set, buckets)
}

// FiledOpenContacts returns the contacts filed under participant set set in any bucket
// that are not closed, in the order they were filed: what a report without a date may
// join, found by an index however many closed contacts the set has.
func (w *WriteTx) FiledOpenContacts(ctx context.Context, set string) ([]FiledContact, error) {
	return w.filed(ctx, sqlFiledOpenBySet, "", set, nil)
}

// FirstFilings returns, for each of buckets that holds a contact of participant set set
// (closed or not), the earliest filing in it: where the bucket comes in the order of
// filings when closed contacts are left out of it.
func (w *WriteTx) FirstFilings(ctx context.Context, set string, buckets []string) (map[string]int64, error) {
	out := map[string]int64{}
	for _, b := range buckets {
		var seq sql.NullInt64
		if err := w.queryRow(ctx, sqlFirstFiling, set, b).Scan(&seq); err != nil {
			return nil, wrapWrite("looking up contacts", err)
		}
		if seq.Valid {
			out[b] = seq.Int64
		}
	}
	return out, nil
}

// FiledContactsOf returns the multilateral contacts filed under actor and any of buckets
// (as for FiledContacts), in the order they were filed.
func (w *WriteTx) FiledContactsOf(ctx context.Context, actor int64, buckets []string) ([]FiledContact, error) {
	return w.filed(ctx, sqlFiledByActorAll, sqlFiledByActor, actor, buckets)
}

// FiledOpenContactsOf returns the multilateral contacts filed under actor in any bucket
// that are not closed, in the order they were filed: what a report without a date may
// join, as FiledOpenContacts is for one participant set.
func (w *WriteTx) FiledOpenContactsOf(ctx context.Context, actor int64) ([]FiledContact, error) {
	return w.filed(ctx, sqlFiledOpenByActor, "", actor, nil)
}

// filed runs all (every bucket of key) when buckets is nil, else some (key and buckets).
func (w *WriteTx) filed(ctx context.Context, all, some string, key any, buckets []string) ([]FiledContact, error) {
	query, args := all, []any{key}
	if buckets != nil {
		query = some
		for _, b := range buckets {
			args = append(args, b)
		}
	}
	rows, err := w.query(ctx, query, args...)
	if err != nil {
		return nil, wrapWrite("looking up contacts", err)
	}
	return scanFiled(rows)
}

// scanFiled reads the rows of a lookup of filed contacts.
func scanFiled(rows *sql.Rows) ([]FiledContact, error) {
	defer rows.Close()
	var out []FiledContact
	for rows.Next() {
		var f FiledContact
		if err := rows.Scan(&f.ID, &f.Set, &f.Bucket, &f.Seq, &f.State, &f.Closed); err != nil {
			return nil, wrapWrite("looking up contacts", err)
		}
		out = append(out, f)
	}
	return out, wrapWrite("looking up contacts", rows.Err())
}

const (
	sqlCreateContactIndex = `CREATE TEMP TABLE IF NOT EXISTS contact_index(contact_id INTEGER PRIMARY KEY,
		set_key TEXT NOT NULL, bucket TEXT NOT NULL, seq INTEGER NOT NULL, state BLOB,
		closed INTEGER NOT NULL DEFAULT 0)`
	sqlCreateContactIndexSet    = `CREATE INDEX IF NOT EXISTS temp.contact_index_set ON contact_index(set_key, bucket, seq)`
	sqlCreateContactIndexOpen   = `CREATE INDEX IF NOT EXISTS temp.contact_index_open ON contact_index(set_key, closed, seq)`
	sqlCreateContactIndexActors = `CREATE TEMP TABLE IF NOT EXISTS contact_index_actors(actor_id INTEGER NOT NULL,
		bucket TEXT NOT NULL, seq INTEGER NOT NULL, contact_id INTEGER NOT NULL, closed INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (actor_id, bucket, seq, contact_id)) WITHOUT ROWID`
	sqlCreateContactIndexActorsOpen = `CREATE INDEX IF NOT EXISTS temp.contact_index_actors_open
		ON contact_index_actors(actor_id, closed, seq)`
	sqlCreateContactIndexActorsContact = `CREATE INDEX IF NOT EXISTS temp.contact_index_actors_contact
		ON contact_index_actors(contact_id)`
	sqlCreateContactIndexTold = `CREATE TEMP TABLE IF NOT EXISTS contact_index_told(told INTEGER NOT NULL,
		day INTEGER NOT NULL, contact_id INTEGER NOT NULL, PRIMARY KEY (told, day, contact_id)) WITHOUT ROWID`
	// A merged contact's filings by sentence go with its row (MergeContact), found by id.
	sqlCreateContactIndexToldContact = `CREATE INDEX IF NOT EXISTS temp.contact_index_told_contact
		ON contact_index_told(contact_id)`
	sqlEmptyContactIndexTold = `DELETE FROM temp.contact_index_told`
	sqlDropContactIndexTold  = `DROP TABLE IF EXISTS temp.contact_index_told`
	sqlFileContactTold       = `INSERT OR IGNORE INTO temp.contact_index_told(told, day, contact_id) VALUES (?, ?, ?)`
	// Each part reads a range of the primary key: the days near the report's, and the
	// latest contacts filed on no day.
	sqlFiledByToldNear = `SELECT i.contact_id, i.set_key, i.bucket, i.seq, i.state, i.closed
		FROM (SELECT contact_id FROM temp.contact_index_told WHERE told = ?1 AND day BETWEEN ?2 AND ?3
			UNION SELECT contact_id FROM (SELECT contact_id FROM temp.contact_index_told
				WHERE told = ?1 AND day = ?4 ORDER BY contact_id DESC LIMIT ?5)) t
		JOIN temp.contact_index i ON i.contact_id = t.contact_id
		WHERE ?6 = '' OR i.set_key = ?6 ORDER BY i.seq`
	sqlFiledByToldAny = `SELECT i.contact_id, i.set_key, i.bucket, i.seq, i.state, i.closed
		FROM (SELECT DISTINCT contact_id FROM temp.contact_index_told WHERE told = ?1
			ORDER BY contact_id DESC LIMIT ?2) t
		JOIN temp.contact_index i ON i.contact_id = t.contact_id
		WHERE ?3 = '' OR i.set_key = ?3 ORDER BY i.seq`
	sqlEmptyContactIndex       = `DELETE FROM temp.contact_index`
	sqlEmptyContactIndexActors = `DELETE FROM temp.contact_index_actors`
	sqlDropContactIndex        = `DROP TABLE IF EXISTS temp.contact_index`
	sqlDropContactIndexActors  = `DROP TABLE IF EXISTS temp.contact_index_actors`
	sqlFileContact             = `INSERT INTO temp.contact_index(contact_id, set_key, bucket, seq, closed) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(contact_id) DO UPDATE SET set_key = excluded.set_key, bucket = excluded.bucket, seq = excluded.seq,
		closed = excluded.closed`
	sqlMarkContactClosed       = `UPDATE temp.contact_index SET closed = ? WHERE contact_id = ?`
	sqlUnfileContactActors     = `DELETE FROM temp.contact_index_actors WHERE contact_id = ?`
	sqlFileContactActor        = `INSERT INTO temp.contact_index_actors(actor_id, bucket, seq, contact_id, closed) VALUES (?, ?, ?, ?, ?)`
	sqlMarkContactActorsClosed = `UPDATE temp.contact_index_actors SET closed = ? WHERE contact_id = ?`
	sqlSaveContactState        = `UPDATE temp.contact_index SET state = ? WHERE contact_id = ?`
	sqlContactState            = `SELECT set_key, bucket, seq, state, closed FROM temp.contact_index WHERE contact_id = ?`
	sqlFirstFiling             = `SELECT MIN(seq) FROM temp.contact_index WHERE set_key = ? AND bucket = ?`
	sqlFiledOpenBySet          = `SELECT contact_id, set_key, bucket, seq, state, closed FROM temp.contact_index
		WHERE set_key = ? AND closed = 0 ORDER BY seq`
	sqlFiledBySet = `SELECT contact_id, set_key, bucket, seq, state, closed FROM temp.contact_index
		WHERE set_key = ? AND bucket IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ORDER BY seq`
	sqlFiledBySetAll = `SELECT contact_id, set_key, bucket, seq, state, closed FROM temp.contact_index
		WHERE set_key = ? ORDER BY seq`
	sqlFiledByActor = `SELECT i.contact_id, i.set_key, i.bucket, i.seq, i.state, i.closed
		FROM temp.contact_index_actors a JOIN temp.contact_index i ON i.contact_id = a.contact_id
		WHERE a.actor_id = ? AND a.bucket IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ORDER BY a.seq`
	sqlFiledByActorAll = `SELECT i.contact_id, i.set_key, i.bucket, i.seq, i.state, i.closed
		FROM temp.contact_index_actors a JOIN temp.contact_index i ON i.contact_id = a.contact_id
		WHERE a.actor_id = ? ORDER BY a.seq`
	sqlFiledOpenByActor = `SELECT i.contact_id, i.set_key, i.bucket, i.seq, i.state, i.closed
		FROM temp.contact_index_actors a JOIN temp.contact_index i ON i.contact_id = a.contact_id
		WHERE a.actor_id = ? AND a.closed = 0 ORDER BY a.seq`
)

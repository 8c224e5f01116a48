package db

import (
	"context"
	"database/sql"
	"errors"
)

// WriteTx is one import's transaction: everything an import writes goes through it, and
// nothing is visible to readers (or left in the file) until Commit.
type WriteTx struct {
	tx    *sql.Tx
	conn  *sql.DB              // the store's connection, for what must wait until tx ends
	stmts map[string]*sql.Stmt // prepared hot statements, by SQL text
	// triggers holds the SQL of the full-text triggers while SuspendFullText has them
	// dropped; nil when they are in place.
	triggers []string
	// indexes holds the SQL of the indexes SuspendIndexes dropped; nil when in place.
	indexes []string
	batches rowBatches // rows queued for batched INSERTs
	// nextContact is the id of the next contact AddContact queues, 0 until read.
	nextContact int64
	// counts are the mentions of a first import by actor and surface (write_alias_counts.go);
	// nil when Refresh must count them in SQL.
	counts aliasCounts
	// attached is true while a FullTextBuilder's database is attached (CopyFullText);
	// builtArticles once the articles' full-text index was copied from it.
	attached, builtArticles bool
	// importID is the run's imports row (StartImport).
	importID int64
	// mayOrphan is false while no contact or actor can be without the rows that keep it
	// (a report, an article's link): the transaction began on a database without
	// articles, actors and contacts, and has deleted no article's rows since. Every
	// contact the import adds gets its report and every actor its link at once, and a
	// merged contact's emptied row is deleted by the merge, so PruneOrphans has nothing to
	// find and skips its two scans (a first import's).
	mayOrphan bool
	// unchecked is true while the transaction runs with foreign keys unchecked (Begin):
	// whatever it deletes, it deletes the rows that point at it too, as the schema's ON
	// DELETE clauses would (MergeContact, PruneOrphans).
	unchecked bool
}

// Begin starts the write transaction of an import. It takes the write lock at once, so a
// second import waits for the first instead of failing half-way.
//
// A first import (the database holds no article, actor or contact) runs with foreign keys
// unchecked (WriteTx.unchecked): checking them was a tenth of the writer's CPU, a parent
// lookup for every reference of every row, for references the import makes itself to
// rows it wrote before (an article before its rows, actors before their links, queued
// contacts before their participants and reports), and nothing it writes can point at a
// row it did not. The pragma cannot change inside a transaction, so the database is
// looked at before and, to be sure no other writer came in between, again inside.
func (s *Store) Begin(ctx context.Context) (*WriteTx, error) {
	var empty bool
	if err := s.db.QueryRowContext(ctx, sqlEmptyDataset).Scan(&empty); err != nil {
		return nil, wrapWrite("starting the import transaction", err)
	}
	w, err := s.begin(ctx, empty)
	if err != nil || !w.unchecked || !w.mayOrphan {
		return w, err
	}
	w.Rollback() // rows came in between the two looks: begin again, checking
	return s.begin(ctx, false)
}

// begin starts the transaction with foreign keys checked unless unchecked.
func (s *Store) begin(ctx context.Context, unchecked bool) (*WriteTx, error) {
	keys := sqlForeignKeysOn
	if unchecked {
		keys = sqlForeignKeysOff
	}
	if _, err := s.db.ExecContext(ctx, keys); err != nil {
		return nil, wrapWrite("starting the import transaction", err)
	}
	w := &WriteTx{conn: s.db, stmts: map[string]*sql.Stmt{}, batches: newRowBatches(), unchecked: unchecked}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		w.checkKeys() // the error that matters is BEGIN's
		return nil, wrapWrite("starting the import transaction", err)
	}
	w.tx = tx
	var empty bool
	if err := tx.QueryRowContext(ctx, sqlEmptyDataset).Scan(&empty); err != nil {
		w.Rollback()
		return nil, wrapWrite("starting the import transaction", err)
	}
	w.mayOrphan = !empty
	return w, nil
}

// checkKeys turns the connection's foreign-key checks back on after an unchecked
// transaction ended.
func (w *WriteTx) checkKeys() error {
	if !w.unchecked {
		return nil
	}
	w.unchecked = false
	_, err := w.conn.ExecContext(context.Background(), sqlForeignKeysOn)
	return wrapWrite("checking foreign keys again", err)
}

const (
	// sqlEmptyDataset says whether the database holds no article, actor or contact.
	sqlEmptyDataset = `SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM actors)
	AND NOT EXISTS (SELECT 1 FROM contacts)`
	sqlForeignKeysOn  = `PRAGMA foreign_keys = ON`
	sqlForeignKeysOff = `PRAGMA foreign_keys = OFF`
)

// Commit makes the import's writes durable.
func (w *WriteTx) Commit() error {
	if err := w.flushRows(context.Background()); err != nil {
		w.closeStmts()
		return err
	}
	w.closeStmts()
	if err := w.tx.Commit(); err != nil {
		w.checkKeys() // the error that matters is COMMIT's
		return wrapWrite("saving the import", err)
	}
	w.detach()
	return w.checkKeys()
}

// Rollback discards the import's writes; it is safe to call after Commit.
func (w *WriteTx) Rollback() error {
	w.closeStmts()
	err := w.tx.Rollback()
	w.detach()
	keys := w.checkKeys()
	if err == nil || errors.Is(err, sql.ErrTxDone) {
		return keys
	}
	return err
}

func (w *WriteTx) closeStmts() {
	for q, st := range w.stmts {
		st.Close()
		delete(w.stmts, q)
	}
}

// exec runs a hot statement, prepared once per transaction.
func (w *WriteTx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	if ctx, err = rowContext(ctx); err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// rowContext is the context a hot statement runs under: ctx, checked first, without its
// cancellation. Hot statements write or read a few rows and end in microseconds, while
// the driver watches a cancellable context with a goroutine per statement, started and
// woken for each: an import's tens of thousands of statements spent more CPU on those
// goroutines than on some of its phases. A cancelled import stops at its next statement;
// the long statements of its end (indexes, derived columns) stay cancellable. On an
// ended ctx it returns ctx itself with the error, never nil: queryRow hands it on to build
// the Row that reports the error, and a nil context there panicked (an import stopped by
// SIGTERM while it looked up contacts exited 2 with a stack instead of 143).
func rowContext(ctx context.Context) (context.Context, error) {
	if err := ctx.Err(); err != nil {
		return ctx, err
	}
	return context.WithoutCancel(ctx), nil
}

// prepared returns the transaction's prepared statement of a hot query.
func (w *WriteTx) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	st, ok := w.stmts[query]
	if !ok {
		var err error
		if st, err = w.tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		w.stmts[query] = st
	}
	return st, nil
}

// query runs a hot SELECT, prepared once per transaction.
func (w *WriteTx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := w.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	if ctx, err = rowContext(ctx); err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow runs a hot one-row SELECT, prepared once per transaction.
func (w *WriteTx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := w.prepared(ctx, query)
	if err == nil {
		ctx, err = rowContext(ctx)
	}
	if err != nil {
		return w.tx.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

// insert runs a hot INSERT and returns the new row's id.
func (w *WriteTx) insert(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := w.exec(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// wrapWrite turns a driver error into an internal *Error that says what was being done;
// a cancelled context is passed through so callers can tell it apart.
func wrapWrite(what string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &Error{Code: EINTERNAL, Message: what, Err: err}
}

package db

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// FullTextBuilder builds the articles' full-text index of a first import off the writer's
// thread: in a private temporary database, on a connection of its own, with the file's own
// definition of articles_fts (same columns, same tokenizer), while the analysers run.
// CopyFullText then copies its shadow tables into the file's, inside the run's transaction.
// FTS5's tokenizer was the largest single part of an import's serial end.
type FullTextBuilder struct {
	db   *sql.DB
	tx   *sql.Tx
	ins  *sql.Stmt
	dir  string // the temporary folder that holds the private database
	path string
	def  string // the CREATE VIRTUAL TABLE statement, for CopyFullText
	// config is the file's settings (FullTextDef.Config): Finish puts back those that
	// buildSettings changed for the build.
	config [][2]any
	done   bool // committed: the private database is complete and closed
}

// FullTextDef is how the file defines its articles' full-text table: the CREATE VIRTUAL
// TABLE statement and the settings stored in its config table (such as 'hashsize'), which
// decide when FTS5 writes a segment and so the bytes of the index.
type FullTextDef struct {
	SQL    string
	Config [][2]any // key, value; without 'version', which FTS5 writes itself
}

// ArticlesFullText returns the definition of the articles' full-text table when both the
// articles and their full-text index are empty (a first import may then build the index
// apart); ok is false otherwise.
func (w *WriteTx) ArticlesFullText(ctx context.Context) (def FullTextDef, ok bool, err error) {
	err = w.tx.QueryRowContext(ctx, sqlArticlesFullTextEmpty).Scan(&def.SQL)
	if err == sql.ErrNoRows {
		return def, false, nil
	}
	if err != nil {
		return def, false, wrapWrite("reading the full-text definition", err)
	}
	err = w.scanAll(ctx, sqlArticlesFullTextConfig, func(rows *sql.Rows) error {
		var kv [2]any
		if err := rows.Scan(&kv[0], &kv[1]); err != nil {
			return err
		}
		def.Config = append(def.Config, kv)
		return nil
	})
	return def, err == nil, wrapWrite("reading the full-text settings", err)
}

// NewFullTextBuilder creates the private database and its articles_fts table from def (the
// definition and settings ArticlesFullText returned) and starts its transaction. Close
// removes it.
func NewFullTextBuilder(ctx context.Context, def FullTextDef) (_ *FullTextBuilder, err error) {
	if !strings.HasPrefix(def.SQL, "CREATE VIRTUAL TABLE articles_fts ") {
		return nil, Errorf(EINTERNAL, "unexpected full-text definition: %.60s", def.SQL)
	}
	dir, err := os.MkdirTemp("", "hotline-fulltext-")
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: "creating the full-text builder's folder", Err: err}
	}
	b := &FullTextBuilder{dir: dir, path: filepath.Join(dir, "articles_fts.db"), def: def.SQL, config: def.Config}
	defer func() {
		if err != nil {
			b.Close()
		}
	}()
	// The private database is thrown away after the copy: no journal, no syncs.
	b.db, err = sql.Open("sqlite", "file:"+escapeURIPath(b.path)+"?"+builderPragmas)
	if err != nil {
		return nil, wrapWrite("opening the full-text builder", err)
	}
	b.db.SetMaxOpenConns(1)
	if _, err = b.db.ExecContext(ctx, def.SQL); err != nil {
		return nil, wrapWrite("creating the full-text builder's table", err)
	}
	for _, kv := range slices.Concat(def.Config, buildSettings()) {
		if _, err = b.db.ExecContext(ctx, sqlBuilderConfig, kv[0], kv[1]); err != nil {
			return nil, wrapWrite("configuring the full-text builder", err)
		}
	}
	if b.tx, err = b.db.BeginTx(ctx, nil); err != nil {
		return nil, wrapWrite("starting the full-text builder", err)
	}
	// One statement per article inside one transaction: a single-row INSERT opens no
	// statement savepoint, so FTS5 flushes its pending terms only when they fill its
	// buffer, as it does for the one INSERT ... SELECT of IndexImport.
	if b.ins, err = b.tx.PrepareContext(ctx, sqlBuildArticleText); err != nil {
		return nil, wrapWrite("preparing the full-text builder", err)
	}
	return b, nil
}

// Add indexes one article under its final id, with the title and text the articles table
// holds for it. Articles are added in increasing id order.
func (b *FullTextBuilder) Add(ctx context.Context, id int64, title, text string) error {
	ctx, err := rowContext(ctx)
	if err != nil {
		return err
	}
	_, err = b.ins.ExecContext(ctx, id, nullString(title), text)
	return wrapWrite("building the full-text index", err)
}

// buildSettings returns the FTS5 settings of the private database while it builds, after the
// file's own: Finish puts the file's back, so the copied config table is the file's.
// With the file's 16 MiB 'hashsize', FTS5 grows each term's entry in its buffer by
// reallocation up to megabytes, and SQLite's allocator handed those pages back to the
// system and took them again (madvise, page faults): a fifth of the build's CPU at
// 60,000 articles was system time. A 1 MiB buffer (FTS5's default) stays within what the
// allocator keeps; it writes more, smaller segments, which 'automerge' 8 (instead of 4)
// merges less often. The index holds the same terms, positions and sizes, in more
// segments (8 instead of 2 at 20,000 generated articles): queries return the same rows.
func buildSettings() [][2]any { return [][2]any{{"hashsize", 1 << 20}, {"automerge", 8}} }

// Finish puts back the file's settings, commits the private database and closes its
// connection, so that the run's connection can attach it.
func (b *FullTextBuilder) Finish(ctx context.Context) error {
	b.ins.Close()
	if err := b.restoreSettings(ctx); err != nil {
		return err
	}
	if err := b.tx.Commit(); err != nil {
		return wrapWrite("saving the full-text builder", err)
	}
	b.done = true
	return wrapWrite("closing the full-text builder", b.db.Close())
}

// restoreSettings gives each setting buildSettings changed the file's value, or removes
// it from the config table when the file has none (FTS5 then uses its default).
func (b *FullTextBuilder) restoreSettings(ctx context.Context) error {
	for _, set := range buildSettings() {
		q, args := sqlBuilderUnset, []any{set[0]}
		for _, kv := range b.config {
			if kv[0] == set[0] {
				q, args = sqlBuilderConfig, kv[:]
			}
		}
		if _, err := b.tx.ExecContext(ctx, q, args...); err != nil {
			return wrapWrite("restoring the full-text settings", err)
		}
	}
	return nil
}

// Close discards the private database; it is safe to call more than once.
func (b *FullTextBuilder) Close() error {
	if b.db != nil {
		if b.tx != nil && !b.done {
			b.tx.Rollback()
		}
		b.db.Close()
	}
	return os.RemoveAll(b.dir)
}

// CopyFullText replaces the articles' full-text index (empty: ArticlesFullText said so)
// with the one b built, by copying its shadow tables with INSERT ... SELECT (the config
// table too: the builder took the file's settings). The private database stays attached
// until the transaction ends.
func (w *WriteTx) CopyFullText(ctx context.Context, b *FullTextBuilder) error {
	if !b.done {
		return Errorf(EINTERNAL, "the full-text builder is not finished")
	}
	if err := w.flushRows(ctx); err != nil {
		return err
	}
	// The table is dropped and created again, from the same statement, before the copy:
	// FTS5 caches an index's structure per connection and table object, and only another
	// connection's commit tells it the structure changed. After an in-place copy (even
	// after a 'delete-all'), this connection's next import wrote segments the copy already
	// held. A new table object starts with no cache.
	for _, q := range []string{sqlDropArticlesText, b.def} {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return wrapWrite("emptying the full-text index", err)
		}
	}
	w.closeStmts() // the schema changed under them
	if _, err := w.tx.ExecContext(ctx, sqlAttachBuilder, b.path); err != nil {
		return wrapWrite("attaching the full-text builder", err)
	}
	w.attached = true
	var tables []string
	err := w.scanAll(ctx, sqlBuilderShadowTables, func(rows *sql.Rows) error {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		tables = append(tables, name)
		return nil
	})
	if err != nil {
		return wrapWrite("listing the full-text tables", err)
	}
	for _, t := range tables {
		// t comes from sqlite_schema (articles_fts_...) and is quoted as an identifier.
		for _, q := range []string{`DELETE FROM main."` + t + `"`,
			`INSERT INTO main."` + t + `" SELECT * FROM fulltext_build."` + t + `"`} {
			if _, err := w.tx.ExecContext(ctx, q); err != nil {
				return wrapWrite("copying the full-text index", err)
			}
		}
	}
	w.builtArticles = true
	return nil
}

// detach detaches the builder's database once the transaction is over (SQLite refuses
// while the transaction reads it).
func (w *WriteTx) detach() {
	if w.attached {
		w.conn.ExecContext(context.Background(), sqlDetachBuilder)
		w.attached = false
	}
}

const (
	builderPragmas = "_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)"

	sqlArticlesFullTextEmpty = `SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'articles_fts'
		AND NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM articles_fts_docsize)`
	sqlBuildArticleText    = `INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`
	sqlDropArticlesText    = `DROP TABLE articles_fts`
	sqlAttachBuilder       = `ATTACH DATABASE ? AS fulltext_build`
	sqlDetachBuilder       = `DETACH DATABASE fulltext_build`
	sqlBuilderShadowTables = `SELECT name FROM fulltext_build.sqlite_schema WHERE type = 'table'
		AND name LIKE 'articles\_fts\_%' ESCAPE '\' ORDER BY name`
	sqlArticlesFullTextConfig = `SELECT k, v FROM articles_fts_config WHERE k <> 'version' ORDER BY k`
	sqlBuilderConfig          = `INSERT INTO articles_fts(articles_fts, rank) VALUES (?, ?)`
	sqlBuilderUnset           = `DELETE FROM articles_fts_config WHERE k = ?`
)

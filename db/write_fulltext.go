package db

import (
	"context"
	"database/sql"
)

// SuspendFullText stops the full-text triggers for the rest of the transaction, so that
// an import indexes its articles and quotes in one statement each at the end (IndexImport)
// instead of one FTS5 flush per written row, which cost a fifth of an import. The triggers
// are dropped inside the transaction and created again, from the SQL the file itself
// holds, by IndexImport: a reader never sees the file without them, and a failed import
// rolls back to them. Between the two calls, whoever deletes or changes articles or quotes
// through this transaction keeps the indexes in step (ReplaceArticle does).
func (w *WriteTx) SuspendFullText(ctx context.Context) error {
	if w.triggers != nil {
		return nil
	}
	triggers, err := w.dropSchema(ctx, "TRIGGER", sqlFullTextTriggers, "the full-text triggers")
	if err != nil {
		return err
	}
	w.triggers = triggers
	w.closeStmts() // the schema changed under them
	return nil
}

// dropSchema drops the schema objects (of kind, such as TRIGGER) that query lists by name
// and SQL, and returns their SQL so that they can be created again.
func (w *WriteTx) dropSchema(ctx context.Context, kind, query, what string) ([]string, error) {
	var names, defs []string
	err := w.scanAll(ctx, query, func(rows *sql.Rows) error {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			return err
		}
		names, defs = append(names, name), append(defs, def)
		return nil
	})
	if err != nil {
		return nil, wrapWrite("reading "+what, err)
	}
	for _, name := range names {
		// name comes from sqlite_schema and is quoted as an identifier.
		if _, err := w.tx.ExecContext(ctx, "DROP "+kind+` "`+name+`"`); err != nil {
			return nil, wrapWrite("suspending "+what, err)
		}
	}
	return defs, nil
}

// IndexImport adds the articles and quotes an import wrote (or rewrote) to the full-text
// indexes, in bulk, rebuilds the contacts' index, and restores the triggers
// SuspendFullText dropped.
func (w *WriteTx) IndexImport(ctx context.Context, importID int64) error {
	if w.triggers == nil {
		return nil
	}
	if err := w.flushRows(ctx); err != nil {
		return err
	}
	index := []string{sqlIndexImportArticles, sqlIndexImportQuotes}
	if w.builtArticles { // CopyFullText brought the articles' index
		index = index[1:]
	}
	for _, q := range index {
		if _, err := w.tx.ExecContext(ctx, q, importID); err != nil {
			return wrapWrite("indexing the imported text", err)
		}
	}
	if _, err := w.tx.ExecContext(ctx, sqlIndexContacts); err != nil {
		return wrapWrite("indexing the contacts' titles", err)
	}
	for _, t := range w.triggers {
		if _, err := w.tx.ExecContext(ctx, t); err != nil {
			return wrapWrite("restoring the full-text triggers", err)
		}
	}
	w.triggers = nil
	w.closeStmts()
	return nil
}

// unindexArticle removes an article and its quotes from the full-text indexes before they
// are rewritten, while the triggers that would do it are suspended. An article this run
// wrote (the same source twice in its inputs) is not indexed yet: IndexImport will index
// its last version, and FTS5 takes the 'delete' of a row it never indexed for corruption.
func (w *WriteTx) unindexArticle(ctx context.Context, id int64) error {
	if w.triggers == nil {
		return nil
	}
	for _, q := range []string{sqlUnindexArticle, sqlUnindexQuotes} {
		if _, err := w.exec(ctx, q, id, w.importID); err != nil {
			return err
		}
	}
	return nil
}

const (
	sqlFullTextTriggers = `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'
		AND name IN ('articles_fts_insert', 'articles_fts_delete', 'articles_fts_update',
		             'quotes_fts_insert', 'quotes_fts_delete', 'quotes_fts_update',
		             'contacts_fts_insert', 'contacts_fts_delete', 'contacts_fts_update') ORDER BY name`
	// sqlIndexContacts rebuilds the contacts' index from their titles: an import adds,
	// merges, deletes and retitles contacts all over the file, and one pass over the
	// titles (a few hundred milliseconds a million) beats following each change.
	sqlIndexContacts       = `INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')`
	sqlIndexImportArticles = `INSERT INTO articles_fts(rowid, title, text)
		SELECT id, title, text FROM articles WHERE import_id = ? ORDER BY id`
	sqlIndexImportQuotes = `INSERT INTO quotes_fts(rowid, text)
		SELECT q.id, q.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.import_id = ? ORDER BY q.id`
	sqlUnindexArticle = `INSERT INTO articles_fts(articles_fts, rowid, title, text)
		SELECT 'delete', id, title, text FROM articles WHERE id = ? AND import_id IS NOT ?`
	sqlUnindexQuotes = `INSERT INTO quotes_fts(quotes_fts, rowid, text)
		SELECT 'delete', q.id, q.text FROM quotes q JOIN articles a ON a.id = q.article_id
		 WHERE q.article_id = ? AND a.import_id IS NOT ?`
)

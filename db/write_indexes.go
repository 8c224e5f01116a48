package db

import "context"

// SuspendIndexes drops the secondary indexes of a database that holds no article yet, so
// that a first import writes its rows without keeping a dozen B-trees in step row by row
// (random page reads and writes that cost as much as the rows themselves); RestoreIndexes
// builds them again in one sorted pass each. Like SuspendFullText, it happens inside the
// transaction: no reader sees the file without its indexes, and a failed import rolls back
// to them. The indexes the import itself looks up by (articles.content_hash, for
// duplicates) and the ones behind UNIQUE and PRIMARY KEY constraints are kept. It does
// nothing on a database that already holds articles, where rebuilding would cost more
// than it saves.
func (w *WriteTx) SuspendIndexes(ctx context.Context) error {
	if w.indexes != nil {
		return nil
	}
	var articles int
	if err := w.tx.QueryRowContext(ctx, sqlAnyArticle).Scan(&articles); err != nil {
		return wrapWrite("counting articles", err)
	}
	if articles > 0 {
		return nil
	}
	defs, err := w.dropSchema(ctx, "INDEX", sqlSecondaryIndexes, "the indexes")
	if err != nil {
		return err
	}
	w.indexes = defs
	w.counts = aliasCounts{} // every mention will be the transaction's
	w.closeStmts()           // the schema changed under them
	return nil
}

// RestoreIndexes builds the indexes SuspendIndexes dropped, after writing the rows still
// queued. The run's last steps (pruning, derived columns) need them.
func (w *WriteTx) RestoreIndexes(ctx context.Context) error {
	if w.indexes == nil {
		return nil
	}
	if err := w.flushRows(ctx); err != nil {
		return err
	}
	for _, def := range w.indexes {
		if _, err := w.tx.ExecContext(ctx, def); err != nil {
			return wrapWrite("building the indexes", err)
		}
	}
	w.indexes = nil
	w.closeStmts()
	return nil
}

const (
	sqlAnyArticle = `SELECT EXISTS (SELECT 1 FROM articles)`
	// The indexes written with CREATE INDEX (sql is NULL for those of constraints) on the
	// tables an import fills, but the one it reads while writing.
	sqlSecondaryIndexes = `SELECT name, sql FROM sqlite_schema
		WHERE type = 'index' AND sql IS NOT NULL AND name <> 'articles_content_hash'
		  AND tbl_name IN ('articles', 'actors', 'actor_aliases', 'article_actors', 'actor_mentions',
		                   'contacts', 'contact_participants', 'contact_mentions', 'quotes')
		ORDER BY name`
)

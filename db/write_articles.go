package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
)

// StartImport records a run in the imports table (inside the run's transaction, so a run
// that fails leaves no trace) and returns its id.
func (w *WriteTx) StartImport(ctx context.Context, r ImportRow) (int64, error) {
	inputs, err := json.Marshal(nonNil(r.Inputs))
	if err != nil {
		return 0, wrapWrite("recording the import's inputs", err)
	}
	id, err := w.insert(ctx, sqlInsertImport, r.Started, string(inputs), r.Version, nullString(r.Root))
	w.importID = id
	return id, wrapWrite("recording the import", err)
}

// FinishImport stores a run's outcome in its imports row.
func (w *WriteTx) FinishImport(ctx context.Context, r ImportRow) error {
	errs, err := json.Marshal(nonNil(r.Errors))
	if err != nil {
		return wrapWrite("recording the import's errors", err)
	}
	_, err = w.exec(ctx, sqlFinishImport, r.Finished, r.New, r.Updated, r.Unchanged, r.Skipped,
		r.Actors, r.Contacts, r.Quotes, string(errs), r.ID)
	return wrapWrite("recording the import's outcome", err)
}

// SetMeta sets a meta value; with onlyIfMissing it keeps a value already there (defaults
// must not overwrite what a user set).
func (w *WriteTx) SetMeta(ctx context.Context, key, value string, onlyIfMissing bool) error {
	q := sqlSetMeta
	if onlyIfMissing {
		q = sqlSetMetaDefault
	}
	_, err := w.exec(ctx, q, key, value)
	return wrapWrite("setting "+key, err)
}

// ArticleBySource returns the id and content hash of the article imported from source;
// id is 0 when there is none.
func (w *WriteTx) ArticleBySource(ctx context.Context, source string) (id int64, hash string, err error) {
	err = w.tx.QueryRowContext(ctx, sqlArticleBySource, source).Scan(&id, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return id, hash, wrapWrite("looking up "+source, err)
}

// ArticleHashes returns the content hash of every article by its source. An import loads
// it once so that unchanged articles are recognised before any work is spent on them.
func (w *WriteTx) ArticleHashes(ctx context.Context) (map[string]string, error) {
	rows, err := w.tx.QueryContext(ctx, sqlArticleHashes)
	if err != nil {
		return nil, wrapWrite("loading article hashes", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var source, hash string
		if err := rows.Scan(&source, &hash); err != nil {
			return nil, wrapWrite("loading article hashes", err)
		}
		out[source] = hash
	}
	return out, wrapWrite("loading article hashes", rows.Err())
}

// SourceByHash returns the source of an article with this content hash, "" when none.
func (w *WriteTx) SourceByHash(ctx context.Context, hash string) (string, error) {
	var source string
	err := w.tx.QueryRowContext(ctx, sqlSourceByHash, hash).Scan(&source)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return source, wrapWrite("looking up a content hash", err)
}

// InsertArticle adds an article and returns its id.
func (w *WriteTx) InsertArticle(ctx context.Context, a ArticleRow) (int64, error) {
	id, err := w.insert(ctx, sqlInsertArticle, articleArgs(a)...)
	return id, wrapWrite("adding "+a.Source, err)
}

// ReplaceArticle overwrites article a.ID with a new version and deletes every row that was
// extracted from the old one. Contacts and actors this leaves without any report are
// removed by PruneOrphans at the end of the run, once the new rows had their chance to
// reuse them.
func (w *WriteTx) ReplaceArticle(ctx context.Context, a ArticleRow) error {
	if err := w.flushRows(ctx); err != nil {
		return err
	}
	w.counts = nil // the old version's mentions go: Refresh counts what remains in SQL
	w.mayOrphan = true
	if err := w.unindexArticle(ctx, a.ID); err != nil {
		return wrapWrite("clearing the old version of "+a.Source, err)
	}
	for _, q := range []string{sqlDeleteArticleQuotes, sqlDeleteArticleContactMentions,
		sqlDeleteArticleMentions, sqlDeleteArticleActors} {
		if _, err := w.exec(ctx, q, a.ID); err != nil {
			return wrapWrite("clearing the old version of "+a.Source, err)
		}
	}
	_, err := w.exec(ctx, sqlUpdateArticle, append(articleArgs(a), a.ID)...)
	return wrapWrite("updating "+a.Source, err)
}

func articleArgs(a ArticleRow) []any {
	return []any{a.Source, nullString(a.Title), nullString(a.Published), nullString(a.URL),
		nullString(a.Publisher), nullString(a.Author), nullString(a.Byline), nullString(a.Dateline),
		a.RawText, a.Text, a.ContentHash, a.ImportID, storyDayArg(a)}
}

// storyDayArg is articles.story_day of a: NULL when the story's day is its publication
// date, so that the column marks only the copies whose days are told from another day.
func storyDayArg(a ArticleRow) any {
	if a.StoryDay == a.Published {
		return nil
	}
	return nullString(a.StoryDay)
}

// nonNil makes JSON say [] rather than null for an empty list.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

const (
	sqlInsertImport = `INSERT INTO imports(started, inputs, hotline_version, root, status)
		VALUES (?, ?, ?, ?, 'running')`
	sqlFinishImport = `UPDATE imports SET finished = ?, articles_new = ?, articles_updated = ?,
		articles_unchanged = ?, articles_skipped = ?, actors = ?, contacts = ?, quotes = ?,
		errors = ?, status = 'completed' WHERE id = ?`
	sqlArticleBySource = `SELECT id, content_hash FROM articles WHERE source = ?`
	sqlArticleHashes   = `SELECT source, content_hash FROM articles`
	// articles_content_hash indexes the hash's first 16 hex digits (64 bits; see
	// migrate_compact.sql): the prefix finds the candidates, the whole hash decides. The
	// unary + keeps SQLite from propagating content_hash = ?1 into the prefix term, which
	// would turn it into a constant and the search into a scan of the table.
	sqlSourceByHash = `SELECT source FROM articles WHERE substr(content_hash, 1, 16) = substr(?1, 1, 16)
		AND +content_hash = ?1 ORDER BY id LIMIT 1`
	sqlInsertArticle = `INSERT INTO articles(source, title, published, url, publisher, author,
		byline, dateline, raw_text, text, content_hash, import_id, story_day)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlUpdateArticle = `UPDATE articles SET source = ?, title = ?, published = ?, url = ?,
		publisher = ?, author = ?, byline = ?, dateline = ?, raw_text = ?, text = ?,
		content_hash = ?, import_id = ?, story_day = ? WHERE id = ?`
	sqlDeleteArticleQuotes          = `DELETE FROM quotes WHERE article_id = ?`
	sqlDeleteArticleContactMentions = `DELETE FROM contact_mentions WHERE article_id = ?`
	sqlDeleteArticleMentions        = `DELETE FROM actor_mentions WHERE article_id = ?`
	sqlDeleteArticleActors          = `DELETE FROM article_actors WHERE article_id = ?`
)

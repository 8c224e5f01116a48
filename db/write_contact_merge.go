package db

import "context"

// MergeContact makes contact from part of contact into, in the import's transaction: from's
// participants join into's, its reports (contact_mentions, with their sentences and spans,
// the evidence of each article) become into's, and its emptied row is deleted, with its
// filing in the merge index. The importer merges two rows when a later report shows they
// are one meeting (two pairs of one trilateral, told by different articles); no article
// may have reported both (ShareArticle), as an article reports a contact once.
func (w *WriteTx) MergeContact(ctx context.Context, from, into int64) error {
	if err := w.flushRows(ctx); err != nil {
		return err
	}
	steps := []struct {
		query string
		args  []any
	}{
		{sqlMergeParticipants, []any{into, from}}, {sqlMoveMentions, []any{into, from}},
		{sqlDeleteMergedParticipants, []any{from}}, {sqlDeleteMergedContact, []any{from}}, {sqlUnfileMergedContact, []any{from}},
		{sqlUnfileMergedContactActors, []any{from}}, {sqlUnfileMergedContactTold, []any{from}},
	}
	for _, s := range steps {
		if _, err := w.exec(ctx, s.query, s.args...); err != nil {
			return wrapWrite("merging two contacts", err)
		}
	}
	return nil
}

// ShareArticle reports whether one article reported both contacts a and b.
func (w *WriteTx) ShareArticle(ctx context.Context, a, b int64) (bool, error) {
	if err := w.flushRows(ctx); err != nil {
		return false, err
	}
	var shared bool
	err := w.queryRow(ctx, sqlShareArticle, b, a).Scan(&shared)
	return shared, wrapWrite("reading which articles report two contacts", err)
}

const (
	sqlMergeParticipants = `INSERT OR IGNORE INTO contact_participants(contact_id, actor_id)
		SELECT ?, actor_id FROM contact_participants WHERE contact_id = ?`
	sqlMoveMentions = `UPDATE contact_mentions SET contact_id = ? WHERE contact_id = ?`
	// What ON DELETE CASCADE does when foreign keys are checked, done also when they are
	// not (WriteTx.unchecked).
	sqlDeleteMergedParticipants  = `DELETE FROM contact_participants WHERE contact_id = ?`
	sqlDeleteMergedContact       = `DELETE FROM contacts WHERE id = ?`
	sqlUnfileMergedContact       = `DELETE FROM temp.contact_index WHERE contact_id = ?`
	sqlUnfileMergedContactActors = `DELETE FROM temp.contact_index_actors WHERE contact_id = ?`
	sqlUnfileMergedContactTold   = `DELETE FROM temp.contact_index_told WHERE contact_id = ?`
	sqlShareArticle              = `SELECT EXISTS (SELECT 1 FROM contact_mentions m
		JOIN contact_mentions n ON n.contact_id = ? AND n.article_id = m.article_id WHERE m.contact_id = ?)`
)

package db

import (
	"cmp"
	"context"
	"maps"
	"slices"
)

// aliasCounts counts a first import's actor mentions by actor and surface as they are
// queued, so that Refresh sets the aliases' counts from memory: the statement that counts
// them instead groups every mention of the database, a sort of all of them that was a
// third of a second of the serial end of a 20,000-article import, against a few
// thousand one-row UPDATEs. It only holds while the mentions the transaction wrote are all
// there are: a database that held articles before the run, or an article the run rewrote
// (ReplaceArticle deletes the mentions of its old version), falls back to the statement.
// It grows with distinct surfaces of actors, not with articles.
type aliasCounts map[aliasKey]int

// aliasKey is an actor and a surface form of it.
type aliasKey struct {
	actor   int64
	surface string
}

// writeAliasCounts sets each alias's count to its mentions in counts, and the others' to 0
// (a file without articles may still hold aliases counted before).
func (w *WriteTx) writeAliasCounts(ctx context.Context, counts aliasCounts) error {
	if _, err := w.tx.ExecContext(ctx, sqlClearAliasCounts); err != nil {
		return wrapWrite("refreshing derived columns", err)
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b aliasKey) int { // the same writes, in the same order, every run
		return cmp.Or(cmp.Compare(a.actor, b.actor), cmp.Compare(a.surface, b.surface))
	})
	for _, k := range keys {
		if _, err := w.exec(ctx, sqlSetAliasCount, counts[k], k.actor, k.surface); err != nil {
			return wrapWrite("refreshing derived columns", err)
		}
	}
	return nil
}

const (
	sqlClearAliasCounts = `UPDATE actor_aliases SET count = 0 WHERE count <> 0`
	// The surface is compared as the counting statement compares it (BINARY), on the
	// primary key.
	sqlSetAliasCount = `UPDATE actor_aliases SET count = ?1 WHERE actor_id = ?2 AND alias = ?3 AND count <> ?1`
)

package db

import "context"

// PruneOrphans deletes what replaced articles left behind: contacts no article reports any
// more, then actors no article mentions. It returns how many of each it removed. When
// none can be orphaned (WriteTx.mayOrphan), it reads nothing.
func (w *WriteTx) PruneOrphans(ctx context.Context) (contacts, actors int64, err error) {
	if !w.mayOrphan {
		return 0, 0, nil
	}
	if err := w.flushRows(ctx); err != nil {
		return 0, 0, err
	}
	w.nextContact = 0 // the largest id may go
	if err := w.cascade(ctx, sqlCascadeContactParticipants); err != nil {
		return 0, 0, err
	}
	res, err := w.tx.ExecContext(ctx, sqlPruneContacts) // long: cancellable, unlike exec
	if err != nil {
		return 0, 0, wrapWrite("removing contacts no article reports", err)
	}
	contacts, _ = res.RowsAffected()
	if err := w.cascade(ctx, sqlCascadeActorMentions, sqlCascadeActorParticipants,
		sqlCascadeActorAliases, sqlCascadeInitiators, sqlCascadeSpeakers); err != nil {
		return contacts, 0, err
	}
	res, err = w.tx.ExecContext(ctx, sqlPruneActors)
	if err != nil {
		return contacts, 0, wrapWrite("removing actors no article mentions", err)
	}
	actors, _ = res.RowsAffected()
	return contacts, actors, nil
}

// cascade does, when foreign keys are unchecked (WriteTx.unchecked), what the schema's ON
// DELETE clauses do when they are: it deletes (or sets to NULL) what points at the rows a
// prune is about to delete.
func (w *WriteTx) cascade(ctx context.Context, queries ...string) error {
	if !w.unchecked {
		return nil
	}
	for _, q := range queries {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return wrapWrite("removing what pointed at orphaned rows", err)
		}
	}
	return nil
}

// Refresh recomputes the derived columns that depend on many rows: alias counts (mentions
// with that surface form) and contact titles (participants, mode and date, the label an
// explorer shows). Only rows whose value changes are written, so a run that changes
// nothing writes nothing.
func (w *WriteTx) Refresh(ctx context.Context) error {
	if err := w.flushRows(ctx); err != nil {
		return err
	}
	refresh := []string{sqlRefreshAliasCounts, sqlRefreshContactTitles}
	if w.counts != nil { // a first import counted its mentions as it wrote them
		if err := w.writeAliasCounts(ctx, w.counts); err != nil {
			return err
		}
		w.counts, refresh = nil, refresh[1:]
	}
	for _, q := range refresh {
		if _, err := w.tx.ExecContext(ctx, q); err != nil { // long: cancellable, unlike exec
			return wrapWrite("refreshing derived columns", err)
		}
	}
	return nil
}

// Totals counts the rows of the main tables.
func (w *WriteTx) Totals(ctx context.Context) (Totals, error) {
	var t Totals
	if err := w.flushRows(ctx); err != nil {
		return t, err
	}
	err := w.tx.QueryRowContext(ctx, sqlTotals).Scan(&t.Articles, &t.Actors, &t.Contacts, &t.Quotes)
	return t, wrapWrite("counting rows", err)
}

const (
	sqlPruneContacts = `DELETE FROM contacts WHERE NOT EXISTS
		(SELECT 1 FROM contact_mentions m WHERE m.contact_id = contacts.id)`
	sqlPruneActors = `DELETE FROM actors WHERE NOT EXISTS
		(SELECT 1 FROM article_actors l WHERE l.actor_id = actors.id)`
	// The orphans of sqlPruneContacts and sqlPruneActors, for cascade.
	sqlOrphanContacts = `SELECT id FROM contacts WHERE NOT EXISTS
		(SELECT 1 FROM contact_mentions m WHERE m.contact_id = contacts.id)`
	sqlOrphanActors = `SELECT id FROM actors WHERE NOT EXISTS
		(SELECT 1 FROM article_actors l WHERE l.actor_id = actors.id)`
	// The ON DELETE clauses of the tables that point at contacts and at actors (but for
	// those no orphan has rows in: contact_mentions, article_actors), for cascade.
	sqlCascadeContactParticipants = `DELETE FROM contact_participants WHERE contact_id IN (` + sqlOrphanContacts + `)`
	sqlCascadeActorMentions       = `DELETE FROM actor_mentions WHERE actor_id IN (` + sqlOrphanActors + `)`
	sqlCascadeActorParticipants   = `DELETE FROM contact_participants WHERE actor_id IN (` + sqlOrphanActors + `)`
	sqlCascadeActorAliases        = `DELETE FROM actor_aliases WHERE actor_id IN (` + sqlOrphanActors + `)`
	sqlCascadeInitiators          = `UPDATE contacts SET initiator_id = NULL WHERE initiator_id IN (` + sqlOrphanActors + `)`
	sqlCascadeSpeakers            = `UPDATE quotes SET speaker_id = NULL WHERE speaker_id IN (` + sqlOrphanActors + `)`
	// The mentions are counted in one pass over the table (NOT INDEXED: walking the
	// actor_id index would read the rows in random order) and sorted once; the index on
	// actor_id alone does not hold the surface, so counting alias by alias through it would
	// read every mention of an actor once per alias.
	sqlRefreshAliasCounts = `UPDATE actor_aliases SET count = n FROM (
		SELECT l.actor_id AS id, l.alias AS alias, coalesce(m.n, 0) AS n
		  FROM actor_aliases l LEFT JOIN (SELECT actor_id, surface, count(*) AS n
		         FROM actor_mentions NOT INDEXED GROUP BY actor_id, surface) AS m
		    ON m.actor_id = l.actor_id AND m.surface = l.alias) AS c
		WHERE actor_aliases.actor_id = c.id AND actor_aliases.alias = c.alias AND actor_aliases.count <> c.n`
	// A contact's title is its participants, mode and date, or the words its date was read
	// from when it has no date ("Friday"); two contacts that would still read the same
	// add the article that first reported each, so no two labels look alike by accident.
	// The base label is materialized: used twice (the repeats and the title), it was
	// otherwise built twice, its participants' names read and sorted twice per contact.
	// The first article is looked up only for labels that repeat (a few in a hundred):
	// looked up for every contact, it was a fifth of the statement. The repeated labels
	// are a set of their own (d) rather than a count over a window of the labels: the
	// window handed the rows on in label order, and the UPDATE then sought each contact by
	// id in that random order, a page read for most of them once the table outgrew the page
	// cache; in id order the seeks walk the table once (2.5x less CPU at 100,000 articles
	// in the sqlite3 shell, 4.8 -> 1.8 s, the same titles).
	sqlRefreshContactTitles = `WITH b AS MATERIALIZED (SELECT c.id AS id,
		       coalesce((SELECT group_concat(name, ' & ') FROM
		                   (SELECT a.name AS name FROM contact_participants p JOIN actors a ON a.id = p.actor_id
		                     WHERE p.contact_id = c.id ORDER BY a.name)), '?')
		       || ' (' || c.mode || coalesce(', ' || c.date, ', "' || c.date_text || '"', '') || ')' AS base
		  FROM contacts c),
		d AS MATERIALIZED (SELECT base FROM b GROUP BY base HAVING count(*) > 1)
		UPDATE contacts SET title = t FROM (
		SELECT id, CASE WHEN base IN d THEN coalesce(base || ', in ' ||
		       (SELECT coalesce(nullif(ar.title, ''), ar.source) FROM contact_mentions m JOIN articles ar ON ar.id = m.article_id
		         WHERE m.contact_id = b.id ORDER BY ar.published IS NULL, ar.published, ar.id LIMIT 1), base) ELSE base END AS t
		  FROM b) AS n
		WHERE contacts.id = n.id AND contacts.title <> n.t`
	sqlTotals = `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors),
		(SELECT count(*) FROM contacts), (SELECT count(*) FROM quotes)`
)

package db

import (
	"context"
	"database/sql"
)

// LoadActors returns every actor with its aliases, for the importer's resolver: actors are
// resolved against the whole database, not just the current run.
func (w *WriteTx) LoadActors(ctx context.Context) ([]ActorRow, error) {
	rows, err := w.tx.QueryContext(ctx, sqlLoadActors)
	if err != nil {
		return nil, wrapWrite("loading actors", err)
	}
	out, err := scanActors(rows)
	return out, wrapWrite("loading actors", err)
}

// scanActors reads the rows of sqlLoadActors (an actor's row once per alias) into one
// ActorRow an actor, and closes them.
func scanActors(rows *sql.Rows) ([]ActorRow, error) {
	defer rows.Close()
	var out []ActorRow
	byID := map[int64]int{}
	for rows.Next() {
		var a ActorRow
		var role, country, alias *string
		if err := rows.Scan(&a.ID, &a.Name, &a.Kind, &role, &country, &a.Key, &alias); err != nil {
			return nil, err
		}
		i, seen := byID[a.ID]
		if !seen {
			a.Role, a.Country = deref(role), deref(country)
			out = append(out, a)
			i = len(out) - 1
			byID[a.ID] = i
		}
		if alias != nil {
			out[i].Aliases = append(out[i].Aliases, *alias)
		}
	}
	return out, rows.Err()
}

// InsertActor adds an actor and returns its id.
func (w *WriteTx) InsertActor(ctx context.Context, a ActorRow) (int64, error) {
	id, err := w.insert(ctx, sqlInsertActor, a.Name, a.Kind, nullString(a.Role), nullString(a.Country), a.Key)
	return id, wrapWrite("adding actor "+a.Name, err)
}

// UpdateActor overwrites an actor's name, kind, role, country and key (the importer
// enriches actors as articles tell more about them).
func (w *WriteTx) UpdateActor(ctx context.Context, a ActorRow) error {
	_, err := w.exec(ctx, sqlUpdateActor, a.Name, a.Kind, nullString(a.Role), nullString(a.Country), a.Key, a.ID)
	return wrapWrite("updating actor "+a.Name, err)
}

// AddAlias records a surface form of an actor; its count is recomputed by Refresh. The
// row is queued and written with others (as are links and mentions).
func (w *WriteTx) AddAlias(ctx context.Context, actorID int64, alias, key string) error {
	return w.queue(ctx, w.batches.aliases, actorID, alias, key)
}

// LinkActor records that an article mentions an actor; linking twice adds the mentions
// (two extracted actors of one article may resolve to the same actor).
func (w *WriteTx) LinkActor(ctx context.Context, articleID, actorID int64, role string, mentions int) error {
	return w.queue(ctx, w.batches.links, articleID, actorID, nullString(role), int64(mentions))
}

// InsertMention stores the evidence of one actor mention.
func (w *WriteTx) InsertMention(ctx context.Context, m MentionRow) error {
	if w.counts != nil {
		w.counts[aliasKey{m.ActorID, m.Surface}]++
	}
	sentence, from, to := sentenceArgs(m.Sentence, m.SentenceSpan)
	return w.queue(ctx, w.batches.mentions, m.ArticleID, m.ActorID, m.Surface, sentence, from, to,
		int64(m.Span.Start), int64(m.Span.End), m.Rule)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

const (
	sqlLoadActors = `SELECT a.id, a.name, a.kind, a.role, a.country, a.key, l.alias
		FROM actors a LEFT JOIN actor_aliases l ON l.actor_id = a.id ORDER BY a.id, l.count DESC, l.alias`
	sqlInsertActor = `INSERT INTO actors(name, kind, role, country, key) VALUES (?, ?, ?, ?, ?)`
	sqlUpdateActor = `UPDATE actors SET name = ?, kind = ?, role = ?, country = ?, key = ? WHERE id = ?`
)

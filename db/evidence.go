package db

import (
	"context"
	"database/sql"
	"strings"
)

// evidenceParts are the SELECTs of Evidence, one per table of extracted rows, each with
// the tables it needs. Each yields (table, row id, rule, label, start, end) for one
// article, the spans only (rows without offsets are skipped).
func evidenceParts() []struct {
	needs []string
	sql   string
} {
	return []struct {
		needs []string
		sql   string
	}{
		{[]string{"actor_mentions", "actors"}, `SELECT 'actor_mentions', m.id, m.rule, coalesce(a.name, m.surface, ''),
			m.start, m."end" FROM actor_mentions m LEFT JOIN actors a ON a.id = m.actor_id
			WHERE m.article_id = :article AND m.start IS NOT NULL`},
		{[]string{"contact_mentions", "contact_participants", "actors"}, `SELECT 'contact_mentions', m.id, m.rule,
			coalesce((SELECT group_concat(name, ', ') FROM (SELECT a.name FROM contact_participants p
				JOIN actors a ON a.id = p.actor_id WHERE p.contact_id = m.contact_id ORDER BY a.name)), '')
				|| ' (' || m.mode || ')',
			m.start, m."end" FROM contact_mentions m WHERE m.article_id = :article AND m.start IS NOT NULL`},
		{[]string{"quotes", "actors"}, `SELECT 'quotes', q.id, q.rule, coalesce(a.name, q.speaker_text, 'unknown speaker'),
			q.start, q."end" FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id
			WHERE q.article_id = :article AND q.start IS NOT NULL`},
	}
}

// Evidence returns the spans of every row extracted from one article, in text order: the
// actors mentioned (labelled with the actor's name), the contacts reported (participants
// and mode) and the quotes (speaker). A file that is not a Hotline database has none of
// these tables and gets nil, nil.
func (r *Reader) Evidence(ctx context.Context, articleID int64) ([]Evidence, error) {
	s, err := r.Schema(ctx)
	if err != nil {
		return nil, err
	}
	var parts []string
	for _, p := range evidenceParts() {
		if hasTables(s, p.needs) {
			parts = append(parts, p.sql)
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return nil, err
	}
	defer done()
	rows, err := c.QueryContext(ctx, strings.Join(parts, "\nUNION ALL\n")+"\nORDER BY 5, 6, 1, 2",
		sql.Named("article", articleID))
	if err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	defer rows.Close()
	var out []Evidence
	for rows.Next() {
		var e Evidence
		if err := rows.Scan(&e.Table, &e.RowID, &e.Rule, &e.Label, &e.Start, &e.End); err != nil {
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		out = append(out, e)
	}
	return out, sqlError(rows.Err(), r.opt.SQLTimeLimit)
}

func hasTables(s *Schema, names []string) bool {
	for _, n := range names {
		if t := s.Table(n); t == nil || t.View {
			return false
		}
	}
	return true
}

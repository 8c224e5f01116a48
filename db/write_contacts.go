package db

import (
	"context"
	"database/sql"
)

// LoadContacts returns at most n contacts with ids above after, in id order, with their
// participants and their reports (each with the reporting article's publication date), for
// the importer's cross-article merge: it reads the database's contacts a chunk at a time,
// so that memory does not grow with them.
func (w *WriteTx) LoadContacts(ctx context.Context, after int64, n int) ([]ContactRow, error) {
	if err := w.flushRows(ctx); err != nil {
		return nil, err
	}
	var out []ContactRow
	byID := map[int64]int{}
	err := w.scanAll(ctx, sqlLoadContacts, func(rows *sql.Rows) error {
		var c ContactRow
		var date, dateText, location, first, last sql.NullString
		var initiator, duration sql.NullInt64
		if err := rows.Scan(&c.ID, &c.Mode, &c.Status, &date, &dateText, &initiator, &location,
			&duration, &first, &last); err != nil {
			return err
		}
		c.Date, c.DateText, c.Location = date.String, dateText.String, location.String
		c.FirstReported, c.LastReported = first.String, last.String
		c.InitiatorID, c.DurationMinutes = initiator.Int64, int(duration.Int64)
		byID[c.ID] = len(out)
		out = append(out, c)
		return nil
	}, after, n)
	if err != nil || len(out) == 0 {
		return nil, wrapWrite("loading contacts", err)
	}
	first, last := out[0].ID, out[len(out)-1].ID
	err = w.scanAll(ctx, sqlLoadParticipants, func(rows *sql.Rows) error {
		var contactID, actorID int64
		if err := rows.Scan(&contactID, &actorID); err != nil {
			return err
		}
		c := &out[byID[contactID]]
		c.Participants = append(c.Participants, actorID)
		return nil
	}, first, last)
	if err == nil {
		err = w.scanAll(ctx, sqlLoadContactMentions, func(rows *sql.Rows) error {
			m, err := scanReport(rows)
			if err != nil {
				return err
			}
			c := &out[byID[m.ContactID]]
			c.Mentions = append(c.Mentions, m)
			return nil
		}, first, last)
	}
	return out, wrapWrite("loading contacts", err)
}

// ArticleReports returns an article's reports of contacts as LoadContacts gives them, so
// that an import replacing the article can take them back from the contacts it merged them
// into without keeping every report of the database in memory.
func (w *WriteTx) ArticleReports(ctx context.Context, articleID int64) ([]ContactMentionRow, error) {
	if err := w.flushRows(ctx); err != nil {
		return nil, err
	}
	var out []ContactMentionRow
	err := w.scanAll(ctx, sqlArticleReports, func(rows *sql.Rows) error {
		m, err := scanReport(rows)
		out = append(out, m)
		return err
	}, articleID)
	return out, wrapWrite("reading an article's reports", err)
}

// ReportersName reports whether every article that reported a contact names an actor,
// so that the importer may add the actor to a contact those articles told through some of
// its participants only.
func (w *WriteTx) ReportersName(ctx context.Context, contactID, actorID int64) (bool, error) {
	if err := w.flushRows(ctx); err != nil {
		return false, err
	}
	var all int64
	err := w.queryRow(ctx, sqlReportersName, contactID, actorID).Scan(&all)
	return all == 1, wrapWrite("reading whom a contact's articles name", err)
}

// scanReport reads a row of sqlLoadContactMentions or sqlArticleReports.
func scanReport(rows *sql.Rows) (ContactMentionRow, error) {
	var m ContactMentionRow
	var day, publisher, date, dateText, sentence sql.NullString
	if err := rows.Scan(&m.ContactID, &m.ArticleID, &day, &publisher, &m.Status, &m.Mode, &date, &dateText, &m.Rule, &sentence); err != nil {
		return m, err
	}
	m.Day, m.Publisher, m.Date, m.DateText = day.String, publisher.String, date.String, dateText.String
	m.Sentence = sentence.String
	return m, nil
}

// scanAll runs a query in the transaction and calls fn on every row.
func (w *WriteTx) scanAll(ctx context.Context, query string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := w.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// InsertContact adds a contact (without participants or reports) and returns its id.
func (w *WriteTx) InsertContact(ctx context.Context, c ContactRow) (int64, error) {
	if err := w.flushBatch(ctx, w.batches.contacts); err != nil {
		return 0, err
	}
	id, err := w.insert(ctx, sqlInsertContact, contactArgs(c)...)
	w.nextContact = id + 1
	return id, wrapWrite("adding a contact", err)
}

// AddContact adds a contact (without participants or reports), queued with others, and
// returns the id it will have: the one InsertContact would give, the largest id of the
// table plus one (contacts.id is a rowid without AUTOINCREMENT, and no contact is deleted
// before PruneOrphans, which forgets the count). Its participants and reports may be
// queued at once: their queues write the queued contacts first.
func (w *WriteTx) AddContact(ctx context.Context, c ContactRow) (int64, error) {
	if w.nextContact == 0 {
		if err := w.queryRow(ctx, sqlNextContactID).Scan(&w.nextContact); err != nil {
			return 0, wrapWrite("adding a contact", err)
		}
	}
	id := w.nextContact
	w.nextContact++
	return id, w.queue(ctx, w.batches.contacts, append([]any{id}, contactArgs(c)...)...)
}

// UpdateContact overwrites a contact's merged facts; a contact still queued is changed in
// its queue.
func (w *WriteTx) UpdateContact(ctx context.Context, c ContactRow) error {
	b := w.batches.contacts
	if queued := int64(len(b.args) / b.cols); w.nextContact > 0 && c.ID >= w.nextContact-queued && c.ID < w.nextContact {
		row := b.args[(c.ID-(w.nextContact-queued))*int64(b.cols):]
		copy(row[1:b.cols], contactArgs(c))
		return nil
	}
	_, err := w.exec(ctx, sqlUpdateContact, append(contactArgs(c), c.ID)...)
	return wrapWrite("updating a contact", err)
}

func contactArgs(c ContactRow) []any {
	return []any{c.Mode, c.Status, nullString(c.Date), nullString(c.DateText), nullID(c.InitiatorID),
		nullString(c.Location), nullInt(c.DurationMinutes), nullString(c.FirstReported), nullString(c.LastReported)}
}

// AddParticipant records that an actor took part in a contact.
func (w *WriteTx) AddParticipant(ctx context.Context, contactID, actorID int64) error {
	return w.queue(ctx, w.batches.participants, contactID, actorID)
}

// InsertContactMention records one article's report of a contact.
func (w *WriteTx) InsertContactMention(ctx context.Context, m ContactMentionRow) error {
	start, end := spanArgs(m.Span)
	sentence, from, to := sentenceArgs(m.Sentence, m.SentenceSpan)
	return w.queue(ctx, w.batches.reports, m.ContactID, m.ArticleID, m.Status, m.Mode,
		nullString(m.Date), nullString(m.DateText), sentence, from, to, start, end, m.Rule)
}

// AddQuote adds a quotation, queued with others (its id is the one InsertQuote would give:
// rows keep their order).
func (w *WriteTx) AddQuote(ctx context.Context, q QuoteRow) error {
	start, end := spanArgs(q.Span)
	sentence, from, to := sentenceArgs(q.Sentence, q.SentenceSpan)
	return w.queue(ctx, w.batches.quotes, q.ArticleID, nullID(q.SpeakerID), q.Text,
		nullString(q.SpeakerText), sentence, from, to, start, end, q.Rule)
}

// InsertQuote adds a quotation and returns its id.
func (w *WriteTx) InsertQuote(ctx context.Context, q QuoteRow) (int64, error) {
	start, end := spanArgs(q.Span)
	sentence, from, to := sentenceArgs(q.Sentence, q.SentenceSpan)
	id, err := w.insert(ctx, sqlInsertQuote, q.ArticleID, nullID(q.SpeakerID), q.Text,
		nullString(q.SpeakerText), sentence, from, to, start, end, q.Rule)
	return id, wrapWrite("adding a quote", err)
}

const (
	sqlLoadContacts = `SELECT id, mode, status, date, date_text, initiator_id, location,
		duration_minutes, first_reported, last_reported FROM contacts WHERE id > ? ORDER BY id LIMIT ?`
	sqlLoadParticipants = `SELECT contact_id, actor_id FROM contact_participants
		WHERE contact_id BETWEEN ? AND ? ORDER BY contact_id, actor_id`
	sqlLoadContactMentions = `SELECT m.contact_id, m.article_id, ` + sqlReportDay + `, a.publisher, m.status, m.mode, m.date, m.date_text, m.rule,
		` + sqlReportSentence + `
		FROM contact_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.contact_id BETWEEN ? AND ? ORDER BY m.contact_id, m.id`
	// sqlReportDay is the day a report's article tells of (migrate_story_day.sql): the
	// importer's merge compares reports by the day their dates were read from.
	sqlReportDay = `coalesce(a.story_day, a.published)`
	// sqlReportSentence is a report's sentence, from its offsets into the article's text
	// when only they are stored: the importer's merge tells a republished report by it.
	sqlReportSentence = `coalesce(m.sentence, substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start))`
	sqlArticleReports = `SELECT m.contact_id, m.article_id, ` + sqlReportDay + `, a.publisher, m.status, m.mode, m.date, m.date_text, m.rule,
		` + sqlReportSentence + `
		FROM contact_mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_id = ? ORDER BY m.id`
	sqlReportersName = `SELECT NOT EXISTS (SELECT 1 FROM contact_mentions m WHERE m.contact_id = ?1
		AND NOT EXISTS (SELECT 1 FROM article_actors l WHERE l.article_id = m.article_id AND l.actor_id = ?2))`
	sqlInsertContact = `INSERT INTO contacts(mode, status, date, date_text, initiator_id, location,
		duration_minutes, first_reported, last_reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlNextContactID = `SELECT coalesce(max(id), 0) + 1 FROM contacts`
	sqlUpdateContact = `UPDATE contacts SET mode = ?, status = ?, date = ?, date_text = ?, initiator_id = ?,
		location = ?, duration_minutes = ?, first_reported = ?, last_reported = ? WHERE id = ?`
	sqlInsertQuote = `INSERT INTO quotes(article_id, speaker_id, text, speaker_text, sentence,
		sentence_start, sentence_end, start, "end", rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

package db

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"
)

// ContactReport is one article's report of a contact: what the article said (status,
// mode, date), the sentence it said it in, and which article that is.
type ContactReport struct {
	MentionID                     int64
	Status, Mode, Date, DateText  string
	Rule                          string
	Sentence                      string // the sentence, or the text around the report when none was kept
	Spans                         []ReportSpan
	ArticleID                     int64
	Title, Source, Publisher, URL string
	Published                     string
}

// ReportSpan marks part of a report's sentence, in runes from the sentence's start:
// Kind is "contact" for the words that report the contact (the rule's span), "participant"
// for a mention of one of its participants.
type ReportSpan struct {
	Start, End int
	Kind       string
	Label      string // the participant's name, or the rule
}

// contextRunes is how much text around a report stands in for a sentence that was not kept.
const contextRunes = 160

// ContactReports returns every report of contact id, in publication order, each with its
// sentence and the spans to highlight in it. A database without the evidence tables has
// no reports.
func (r *Reader) ContactReports(ctx context.Context, id int64) ([]ContactReport, error) {
	s, err := r.Schema(ctx)
	if err != nil {
		return nil, err
	}
	if !hasTables(s, []string{"contact_mentions", "articles", "contact_participants", "actor_mentions", "actors"}) {
		return nil, nil
	}
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return nil, err
	}
	defer done()
	rows, err := c.QueryContext(ctx, contactReportsSQL(s), sql.Named("contact", id))
	if err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	type raw struct {
		rep        ContactReport
		text       sql.NullString
		start, end sql.NullInt64
	}
	var reps []raw
	for rows.Next() {
		var x raw
		var status, mode, date, dateText, rule, sentence, title, source, publisher, url, published sql.NullString
		if err := rows.Scan(&x.rep.MentionID, &status, &mode, &date, &dateText, &rule, &sentence, &x.start, &x.end,
			&x.rep.ArticleID, &title, &source, &publisher, &url, &published, &x.text); err != nil {
			rows.Close()
			return nil, sqlError(err, r.opt.SQLTimeLimit)
		}
		x.rep.Status, x.rep.Mode, x.rep.Date, x.rep.DateText, x.rep.Rule = status.String, mode.String, date.String, dateText.String, rule.String
		x.rep.Sentence, x.rep.Title, x.rep.Source, x.rep.Publisher = sentence.String, title.String, source.String, publisher.String
		x.rep.URL, x.rep.Published = url.String, published.String
		reps = append(reps, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	}
	out := make([]ContactReport, 0, len(reps))
	for _, x := range reps {
		rep := x.rep
		text := []rune(x.text.String)
		start, end := -1, -1
		if x.start.Valid && x.end.Valid {
			start, end = min(max(int(x.start.Int64), 0), len(text)), min(max(int(x.end.Int64), 0), len(text))
		}
		from := sentenceStart(text, []rune(rep.Sentence), start)
		if from < 0 && start >= 0 { // no sentence kept, or it is not in the text: show the text around the span
			from = max(0, start-contextRunes)
			rep.Sentence = string(text[from:min(len(text), end+contextRunes)])
		}
		if from >= 0 {
			to := from + len([]rune(rep.Sentence))
			if start >= from && end <= to && start < end {
				rep.Spans = append(rep.Spans, ReportSpan{Start: start - from, End: end - from, Kind: "contact", Label: rep.Rule})
			}
			err := eachRow(ctx, c, sqlReportParticipants, []any{id, rep.ArticleID, from, to}, func(row []any) error {
				s, _ := row[0].(int64)
				e, _ := row[1].(int64)
				name, _ := row[2].(string)
				rep.Spans = append(rep.Spans, ReportSpan{Start: int(s) - from, End: int(e) - from, Kind: "participant", Label: name})
				return nil
			})
			if err != nil {
				return nil, sqlError(err, r.opt.SQLTimeLimit)
			}
		}
		out = append(out, rep)
	}
	return out, nil
}

// contactReportsSQL reads the reports of :contact with their articles. Columns a file
// lacks (it may be an older or hand-made database) read as NULL rather than failing.
func contactReportsSQL(s *Schema) string {
	col := func(table, alias, name string) string {
		if t := s.Table(table); t != nil {
			if _, ok := t.column(name); ok {
				return alias + "." + quoteIdent(name)
			}
		}
		return "NULL"
	}
	m := func(name string) string { return col("contact_mentions", "m", name) }
	a := func(name string) string { return col("articles", "a", name) }
	sentence := m("sentence")
	if from, to := m("sentence_start"), m("sentence_end"); from != "NULL" && to != "NULL" {
		sentence = sentenceExpr(sentence, a("text"), from, to)
	}
	return "SELECT m.id, " + strings.Join([]string{m("status"), m("mode"), m("date"), m("date_text"), m("rule"), sentence,
		m("start"), m("end"), "a.id", a("title"), a("source"), a("publisher"), a("url"), a("published"), a("text")}, ", ") +
		"\n  FROM contact_mentions m JOIN articles a ON a.id = m.article_id\n WHERE m.contact_id = :contact\n" +
		" ORDER BY " + a("published") + " IS NULL, " + a("published") + ", a.id"
}

// sentenceExpr is the SQL of an evidence row's sentence: the stored copy, else the part of
// the article text its sentence offsets mark (migrate_evidence_offsets.sql).
func sentenceExpr(sentence, text, from, to string) string {
	return "coalesce(" + sentence + ", substr(" + text + ", " + from + " + 1, " + to + " - " + from + "))"
}

// sentenceStart finds where sentence stands in text, in runes: the occurrence that holds
// the report's span (at), else the first; -1 when it is empty or absent.
func sentenceStart(text, sentence []rune, at int) int {
	if len(sentence) == 0 {
		return -1
	}
	t, s := string(text), string(sentence)
	first, pos, off := -1, 0, 0 // pos: bytes into t; off: the same in runes
	for {
		i := strings.Index(t[pos:], s)
		if i < 0 {
			return first
		}
		off += utf8.RuneCountInString(t[pos : pos+i])
		if first < 0 {
			first = off
		}
		if at >= off && at < off+len(sentence) {
			return off
		}
		_, size := utf8.DecodeRuneInString(t[pos+i:])
		pos, off = pos+i+size, off+1
	}
}

const (
	// The mentions of the contact's participants inside one report's sentence.
	sqlReportParticipants = `SELECT am.start, am."end", ac.name
  FROM actor_mentions am JOIN actors ac ON ac.id = am.actor_id
 WHERE am.actor_id IN (SELECT actor_id FROM contact_participants WHERE contact_id = ?)
   AND am.article_id = ? AND am.start >= ? AND am."end" <= ?
 ORDER BY am.start`
)

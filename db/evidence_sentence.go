package db

import (
	"context"
	"database/sql"
)

// evidenceKind is the kind of span a row of table marks in its sentence: "quote" for
// quotes, "actor" for actor_mentions, "" for a table EvidenceSentence does not read.
func evidenceKind(table string) string {
	switch table {
	case "quotes":
		return "quote"
	case "actor_mentions":
		return "actor"
	}
	return ""
}

// EvidenceSentence is the sentence a row of quotes or actor_mentions was read from, with
// the row's own words marked (Kind "quote" or "actor"), and the article it is in: such a
// row keeps rune offsets into its article, not the words, so its page showed none. nil
// for another table, a row without offsets or a file without the evidence columns.
func (r *Reader) EvidenceSentence(ctx context.Context, table string, id int64) (*ContactReport, error) {
	kind := evidenceKind(table)
	if kind == "" {
		return nil, nil
	}
	s, err := r.Schema(ctx)
	if err != nil {
		return nil, err
	}
	t := s.Table(table)
	if t == nil || t.View || !hasTables(s, []string{"articles"}) {
		return nil, nil
	}
	for _, c := range []string{"article_id", "start", "end", "rule"} {
		if _, ok := t.column(c); !ok {
			return nil, nil
		}
	}
	col := func(table, alias, name string) string {
		if _, ok := s.Table(table).column(name); ok {
			return alias + "." + quoteIdent(name)
		}
		return "NULL"
	}
	sentence := col(table, "m", "sentence")
	if from, to := col(table, "m", "sentence_start"), col(table, "m", "sentence_end"); from != "NULL" && to != "NULL" {
		sentence = sentenceExpr(sentence, col("articles", "a", "text"), from, to)
	}
	query := "SELECT m.rule, " + sentence + ", m.start, m.\"end\", a.id, " + col("articles", "a", "title") + ", " +
		col("articles", "a", "source") + ", " + col("articles", "a", "publisher") + ", " + col("articles", "a", "url") + ", " +
		col("articles", "a", "published") + ", " + col("articles", "a", "text") +
		"\n  FROM " + quoteIdent(table) + " m JOIN articles a ON a.id = m.article_id WHERE m.rowid = ?"
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return nil, err
	}
	defer done()
	var rule, text, title, source, publisher, url, published, sent sql.NullString
	var start, end sql.NullInt64
	rep := &ContactReport{MentionID: id}
	err = c.QueryRowContext(ctx, query, id).Scan(&rule, &sent, &start, &end, &rep.ArticleID, &title, &source, &publisher, &url, &published, &text)
	switch {
	case err == sql.ErrNoRows:
		return nil, nil
	case err != nil:
		return nil, sqlError(err, r.opt.SQLTimeLimit)
	case !start.Valid || !end.Valid:
		return nil, nil
	}
	rep.Rule, rep.Sentence, rep.Title, rep.Source, rep.Publisher = rule.String, sent.String, title.String, source.String, publisher.String
	rep.URL, rep.Published = url.String, published.String
	runes := []rune(text.String)
	at, to := min(max(int(start.Int64), 0), len(runes)), min(max(int(end.Int64), 0), len(runes))
	from := sentenceStart(runes, []rune(rep.Sentence), at)
	if from < 0 { // no sentence kept, or not in the text: the text around the span
		from = max(0, at-contextRunes)
		rep.Sentence = string(runes[from:min(len(runes), to+contextRunes)])
	}
	if at >= from && to <= from+len([]rune(rep.Sentence)) && at < to {
		rep.Spans = []ReportSpan{{Start: at - from, End: to - from, Kind: kind, Label: rep.Rule}}
	}
	return rep, nil
}

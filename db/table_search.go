package db

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"unicode"
)

// Searchable reports whether _search works on the table: it has a full-text index, or
// is one.
func (t *Table) Searchable() bool {
	return t.FTS != "" || strings.HasPrefix(t.Module, "fts")
}

// addSearch restricts the rows to those the table's FTS index matches (or, for an FTS
// table itself, its own matches).
func (p *tablePlan) addSearch(q TableQuery) error {
	search := q.Search
	if !q.SearchRaw {
		search = ftsQuote(search)
	}
	if strings.TrimSpace(search) == "" {
		return nil
	}
	fts, key := p.t.FTS, p.t.ftsKey
	if strings.HasPrefix(p.t.Module, "fts") {
		fts, key = p.t.Name, "rowid"
	}
	if fts == "" {
		return Errorf(EINVALID, "table '%s' has no full-text index to search", p.t.Name)
	}
	if q.SearchColumn != "" {
		// FTS5's column filter: "text" : ( ...the search... ).
		search = `"` + strings.ReplaceAll(q.SearchColumn, `"`, `""`) + `" : (` + search + ")"
	}
	p.where = append(p.where, quoteIdent(key)+" IN (SELECT rowid FROM "+quoteIdent(fts)+
		" WHERE "+quoteIdent(fts)+" MATCH ?)")
	p.args = append(p.args, search)
	if fts != p.t.Name {
		p.match = &ftsMatch{table: fts, key: key, query: search}
	}
	return nil
}

// ftsMatch is a search of a table through its full-text index, kept to make snippets.
type ftsMatch struct {
	table, key, query string
}

// Snippet markers: snippet() puts SnippetOpen before and SnippetClose after each match;
// they are control characters that article text does not hold, so a page can turn them
// into highlighting without trusting any markup.
const (
	SnippetOpen  = "\x02"
	SnippetClose = "\x03"
)

// snippetWords is how many words (tokens) a snippet shows around the matches.
const snippetWords = 20

// snippets returns, for each row of a searched page, the best-matching passage of the
// row's indexed text with the matches marked, or "" when the key is not among the columns.
func (r *Reader) snippets(ctx context.Context, c *sql.Conn, p *tablePlan, res *Result) ([]string, error) {
	m := p.match
	if m == nil {
		return nil, nil
	}
	i := indexOf(res.Columns, m.key)
	if i < 0 || len(res.Rows) == 0 {
		return nil, nil
	}
	keys := make([]any, 0, len(res.Rows))
	for _, row := range res.Rows {
		keys = append(keys, row[i])
	}
	fts := quoteIdent(m.table)
	q := "SELECT rowid, snippet(" + fts + ", -1, char(2), char(3), '…', " + strconv.Itoa(snippetWords) + ") FROM " + fts +
		" WHERE " + fts + " MATCH ? AND rowid IN (" + strings.TrimSuffix(strings.Repeat("?,", len(keys)), ",") + ")"
	byKey := map[string]string{}
	err := eachRow(ctx, c, q, append([]any{m.query}, keys...), func(row []any) error {
		s, _ := row[1].(string)
		byKey[LabelKey(row[0])] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]string, len(res.Rows))
	for j, row := range res.Rows {
		out[j] = byKey[LabelKey(row[i])]
	}
	return out, nil
}

// ftsQuote makes every word of a user's search a quoted FTS5 string, as Datasette does:
// "a-b OR c" searches for the three words instead of failing on FTS syntax. A NUL byte
// separates words too: FTS5 would read it as the end of the query and fail with
// "unterminated string", and no indexed word holds one.
func ftsQuote(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == 0 || unicode.IsSpace(r) })
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(words, " ")
}

// checkSearchColumn refuses a _search_COLUMN whose column the table's full-text index
// does not hold: FTS5 would fail with "no such column" without naming the parameter.
func checkSearchColumn(s *Schema, t *Table, col string) error {
	if col == "" {
		return nil
	}
	fts := s.Table(t.FTS)
	if strings.HasPrefix(t.Module, "fts") {
		fts = t
	}
	if fts == nil {
		return Errorf(EINVALID, "table '%s' has no full-text index to search", t.Name)
	}
	var names []string
	for _, c := range fts.Columns {
		if c.Name == col {
			return nil
		}
		names = append(names, c.Name)
	}
	return Errorf(EINVALID, "_search_%s: the full-text index %s has no column '%s' (it has %s)",
		col, fts.Name, col, strings.Join(names, ", "))
}

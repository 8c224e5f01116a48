package db

import "strings"

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
	p.where = append(p.where, quoteIdent(key)+" IN (SELECT rowid FROM "+quoteIdent(fts)+
		" WHERE "+quoteIdent(fts)+" MATCH ?)")
	p.args = append(p.args, search)
	return nil
}

// ftsQuote makes every word of a user's search a quoted FTS5 string, as Datasette does:
// "a-b OR c" searches for the three words instead of failing on FTS syntax.
func ftsQuote(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(words, " ")
}

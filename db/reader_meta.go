package db

import "context"

// Meta returns the meta table (key, value) as a map, empty when the file has none: any
// SQLite file can be explored, and most have no meta table.
func (r *Reader) Meta(ctx context.Context) (map[string]string, error) {
	s, err := r.Schema(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	t := s.Table("meta")
	if t == nil || t.View {
		return out, nil
	}
	if _, ok := t.column("key"); !ok {
		return out, nil
	}
	if _, ok := t.column("value"); !ok {
		return out, nil
	}
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return nil, err
	}
	defer done()
	err = eachRow(ctx, c, `SELECT CAST(key AS TEXT), CAST(value AS TEXT) FROM `+quoteIdent(t.Name)+
		` WHERE key IS NOT NULL LIMIT ?`, []any{r.opt.MaxReturnedRows}, func(row []any) error {
		v, _ := row[1].(string)
		out[row[0].(string)] = v
		return nil
	})
	return out, sqlError(err, r.opt.SQLTimeLimit)
}

// SQLiteVersion is the version of the SQLite library serving the file, for bug reports.
func (r *Reader) SQLiteVersion(ctx context.Context) (string, error) {
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return "", err
	}
	defer done()
	var v string
	err = eachRow(ctx, c, `SELECT sqlite_version()`, nil, func(row []any) error {
		v, _ = row[0].(string)
		return nil
	})
	return v, sqlError(err, r.opt.SQLTimeLimit)
}

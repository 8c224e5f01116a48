package db

import "context"

// FirstPageSQL is the statement that reads the first region of q's first page, for tests
// that check its query plan.
func (r *Reader) FirstPageSQL(ctx context.Context, q TableQuery) (string, []any, error) {
	_, p, err := r.plan(ctx, q)
	if err != nil {
		return "", nil, err
	}
	rs, err := p.regions(nil)
	if err != nil {
		return "", nil, err
	}
	sql, args := p.regionSQL(rs[0], 10)
	return sql, args, nil
}

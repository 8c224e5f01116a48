package db

import "context"

// RunUnchecked runs SQL on a sandboxed connection without Query's own checks (first
// keyword, one statement), so that tests can prove the authorizer refuses on its own.
func (r *Reader) RunUnchecked(ctx context.Context, query string) error {
	ctx, c, done, err := r.session(ctx, r.opt.SQLTimeLimit)
	if err != nil {
		return err
	}
	defer done()
	rows, err := c.QueryContext(ctx, query)
	if err != nil {
		return sqlError(err, r.opt.SQLTimeLimit)
	}
	defer rows.Close()
	for rows.Next() {
	}
	return sqlError(rows.Err(), r.opt.SQLTimeLimit)
}

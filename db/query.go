package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"modernc.org/sqlite"
)

// Query runs ad hoc read-only SQL with :named parameters in the sandbox, under the time
// limit, returning at most MaxReturnedRows rows (Truncated is set when there were more).
//
// Exactly one statement may run. It must start with SELECT, WITH, VALUES, EXPLAIN or
// PRAGMA; that check only gives a clearer message early, the authorizer is what enforces
// read-only. A parameter missing from params is bound as "" (as Datasette does), so
// that a form with an empty field runs instead of failing; names in params that the SQL
// does not use are ignored. The answer of a statement that depends only on the file is
// shared by the requests running it at once (adhoc_flight.go) and kept for the file's
// generation (adhoc_cache.go); its rows are shared, so callers must not change them.
func (r *Reader) Query(ctx context.Context, query string, params map[string]string) (*Result, error) {
	start := time.Now()
	args, err := adhocArgs(query, params)
	if err != nil {
		return nil, err
	}
	var res *Result
	if answerCacheable(query) {
		res, err = r.queryShared(ctx, query, args)
	} else {
		res, err = r.runAdhoc(ctx, query, args)
	}
	if err != nil {
		return nil, emptySearch(err, query, params)
	}
	res.Took = time.Since(start)
	return res, nil
}

// emptySearch is err, unless FTS5 refused the query's full-text search and a parameter
// searched with MATCH was blank: FTS5 then says `syntax error near ""`, which names
// neither the field left empty nor what to put in it.
func emptySearch(err error, query string, params map[string]string) error {
	if !strings.HasPrefix(ErrorMessage(err), ftsPrefix) {
		return err
	}
	for _, p := range scanSQL(query).matched {
		if strings.TrimSpace(params[p]) == "" {
			return &Error{Code: EINVALID, Message: fmt.Sprintf("the search field %q is empty: type a word to search for", p), Err: err}
		}
	}
	return err
}

// adhocArgs checks that query is one statement that reads and binds its :named
// parameters from params.
func adhocArgs(query string, params map[string]string) ([]any, error) {
	scan := scanSQL(query)
	switch {
	case scan.first == "":
		return nil, Errorf(EINVALID, "there is no SQL to run")
	case !readStatement(scan.first) && sqlStatement(scan.first):
		return nil, Errorf(EDENIED, "%s", deniedMessage)
	case !readStatement(scan.first):
		return nil, Errorf(EINVALID, "near \"%s\": syntax error: a query starts with SELECT, WITH, VALUES, EXPLAIN or PRAGMA",
			scan.first)
	case scan.more:
		return nil, Errorf(EINVALID, "only one SQL statement can run at a time: remove what follows the first ';'")
	case scan.bad != "":
		return nil, Errorf(EINVALID, "%s", scan.bad)
	}
	args := make([]any, len(scan.params))
	for i, p := range scan.params {
		if !bindableName(p) {
			return nil, Errorf(EINVALID, "parameter names must start with a letter and hold only letters, digits and _: '%s'", p)
		}
		args[i] = sql.Named(p, params[p])
	}
	return args, nil
}

// queryShared answers a statement that depends only on the file: from the answers kept
// for the generation the request reads, or else from one run shared with the requests
// asking for it at the same time, whose answer is then kept.
func (r *Reader) queryShared(ctx context.Context, query string, args []any) (*Result, error) {
	ctx, unpin := r.Pin(ctx)
	defer unpin()
	g := ctx.Value(genKey{}).(*generation)
	key := answerKey(query, args, r.opt.MaxReturnedRows)
	if res, ok := r.kept(g, key); ok {
		return res, nil
	}
	return r.shareRun(ctx, strconv.FormatUint(g.seq, 10)+"\x00"+key, func(ctx context.Context) (*Result, error) {
		if res, ok := r.kept(g, key); ok { // kept by a run that ended since the lookup above
			return res, nil
		}
		res, err := r.runAdhoc(ctx, query, args)
		if err == nil {
			r.answers.put(g.seq, key, res)
		}
		return res, err
	})
}

// runAdhoc runs a statement on a connection of the ad hoc pool, under the time limit.
func (r *Reader) runAdhoc(ctx context.Context, query string, args []any) (*Result, error) {
	if r.hooks.run != nil {
		r.hooks.run()
	}
	ctx, c, done, err := r.adhocSession(ctx)
	if err != nil {
		return nil, err
	}
	res, err := r.runBounded(ctx, done, func() (*Result, error) { return r.readQuery(ctx, c, query, args) })
	if err != nil {
		return nil, r.adhocError(sqlError(err, r.opt.SQLTimeLimit))
	}
	return res, nil
}

// overrunGrace is how long past its time limit a statement may take to notice it.
const overrunGrace = 250 * time.Millisecond

// runBounded runs read on its own goroutine and returns its answer, or the time limit's
// error once ctx is done and read has not returned within overrunGrace. SQLite notices
// an interrupt only between the steps of a statement, so a run of function calls with no
// loop between them can overrun; the visitor is answered on time anyway, and the
// statement keeps its connection (and so its SQL worker) until it really stops, which
// bounds how many such statements can run at once. release gives the connection back.
func (r *Reader) runBounded(ctx context.Context, release func(), read func() (*Result, error)) (*Result, error) {
	type answer struct {
		res *Result
		err error
	}
	ch := make(chan answer, 1)
	go func() {
		defer release()
		res, err := read()
		ch <- answer{res, err}
	}()
	select {
	case a := <-ch:
		return a.res, a.err
	case <-ctx.Done():
	}
	select {
	case a := <-ch:
		return a.res, a.err
	case <-time.After(overrunGrace):
		return nil, ctx.Err()
	}
}

// bindError makes the driver's own complaints about parameters (a Tcl-style name the
// scanner missed, say) an EINVALID: they come from what the user typed, never a 500.
func bindError(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return err
	}
	if strings.Contains(err.Error(), "argument") {
		return &Error{Code: EINVALID, Message: "the query's parameters cannot be bound: " + err.Error(), Err: err}
	}
	return err
}

// bindableName is database/sql's rule for a named argument: a letter, then letters,
// digits and _ (a name it refuses would otherwise fail as an internal error).
func bindableName(name string) bool {
	for i, r := range name {
		if !unicode.IsLetter(r) && (i == 0 || r != '_' && !unicode.IsDigit(r)) {
			return false
		}
	}
	return name != ""
}

func readStatement(first string) bool {
	switch first {
	case "SELECT", "WITH", "VALUES", "EXPLAIN", "PRAGMA":
		return true
	}
	return false
}

// sqlStatement reports whether first starts one of SQLite's other statements, which all
// write or change the connection: those are refused, anything else is a typo.
func sqlStatement(first string) bool {
	switch first {
	case "ALTER", "ANALYZE", "ATTACH", "BEGIN", "COMMIT", "CREATE", "DELETE", "DETACH", "DROP", "END",
		"INSERT", "REINDEX", "RELEASE", "REPLACE", "ROLLBACK", "SAVEPOINT", "UPDATE", "UPSERT", "VACUUM":
		return true
	}
	return false
}

// readQuery reads up to MaxReturnedRows rows, and one more to know there were more.
func (r *Reader) readQuery(ctx context.Context, c *sql.Conn, query string, args []any) (*Result, error) {
	rows, err := c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, bindError(err)
	}
	defer rows.Close()
	res := &Result{}
	if res.Columns, err = rows.Columns(); err != nil {
		return nil, err
	}
	types, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	ptrs := make([]any, len(res.Columns))
	size := 0
	for rows.Next() {
		if len(res.Rows) == r.opt.MaxReturnedRows {
			res.Truncated = true
			break
		}
		vals := make([]any, len(ptrs))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			if t, ok := v.(time.Time); ok {
				vals[i] = timeText(t, types[i].DatabaseTypeName())
			}
			size += valueSize(v)
		}
		if size > r.opt.MaxResultBytes {
			return nil, Errorf(EINVALID, "the result is larger than the %s a query may return: ask for fewer rows or columns, or shorter values (substr)",
				byteSize(int64(r.opt.MaxResultBytes)))
		}
		res.Rows = append(res.Rows, vals)
	}
	return res, rows.Err()
}

// timeText writes back as text a value the driver turned into time.Time because its
// column is declared DATE, DATETIME or TIMESTAMP. Ad hoc SQL cannot be rewritten to
// avoid that (table pages select such columns as +col), so the text is rebuilt in
// SQLite's own formats: exact for the usual 'YYYY-MM-DD' and 'YYYY-MM-DD HH:MM:SS'.
func timeText(t time.Time, declared string) string {
	layout := "2006-01-02 15:04:05.999999999"
	if strings.EqualFold(declared, "DATE") && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		layout = "2006-01-02"
	}
	if _, off := t.Zone(); off != 0 {
		layout += "-07:00"
	}
	return t.Format(layout)
}

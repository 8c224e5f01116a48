package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// maxValueLength caps any string or blob a statement of the explorer's own pages can read
// or build: SQLite refuses bigger values with "string or blob too big" instead of letting
// one request exhaust the memory of the whole server. Ad hoc SQL has a much lower cap
// (ReadOptions.MaxValueBytes), which also bounds the time of any one function call.
const maxValueLength = 100 << 20

// newSandboxDB returns a pool over a PRIVATE sqlite driver whose connection hook installs
// the read-only authorizer on every connection it opens, and whose functions replace
// SQLite's quadratic ones (sandbox_funcs.go). A private driver keeps the policy off the
// default "sqlite" driver, which the importer uses to write. maxLen is the value cap that
// limitConn sets on its connections.
func newSandboxDB(dsn string, maxLen int) *sql.DB {
	drv := &sqlite.Driver{}
	drv.RegisterConnectionHook(func(c sqlite.ExecQuerierContext, _ string) error {
		return c.(sqlite.AuthorizerRegisterer).RegisterAuthorizer(authorizeRead)
	})
	sandboxFunctions(drv, maxLen)
	return sql.OpenDB(sandboxConnector{drv: drv, dsn: dsn})
}

// sandboxConnector opens connections of the private driver; database/sql needs a
// driver.Connector to pool connections of a driver that is not registered by name.
type sandboxConnector struct {
	drv *sqlite.Driver
	dsn string
}

func (c sandboxConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c sandboxConnector) Driver() driver.Driver                        { return c.drv }

// authorizeRead is the sandbox: SQLite asks it about every operation while compiling a
// statement. Only reading is allowed; everything that could write a file (ATTACH, VACUUM
// INTO, temp objects), change the connection (BEGIN, most pragmas) or load code is denied,
// so a denial surfaces as "authorization denied" before the statement ever runs.
func authorizeRead(action sqlite.AuthorizerActionCode, arg1, _, _, _ string) sqlite.AuthorizerReturnCode {
	switch action {
	case sqlite.AuthSelect, sqlite.AuthRead, sqlite.AuthRecursive:
		return sqlite.AuthorizerOK
	case sqlite.AuthFunction:
		if strings.EqualFold(arg1, "load_extension") {
			return sqlite.AuthorizerDeny
		}
		return sqlite.AuthorizerOK
	case sqlite.AuthPragma:
		if introspectionPragma(arg1) {
			return sqlite.AuthorizerOK
		}
	}
	return sqlite.AuthorizerDeny
}

// introspectionPragma reports whether a pragma only describes the schema. Their table-valued
// forms (pragma_table_info('t')) are how the explorer reads the schema; FTS5 reads
// data_version to know whether its cached structure is stale. database_list is
// left out on purpose: it would reveal the file's absolute path on the server.
func introspectionPragma(name string) bool {
	switch strings.ToLower(name) {
	case "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
		"foreign_key_list", "collation_list", "function_list", "module_list", "pragma_list",
		"compile_options", "data_version":
		return true
	}
	return false
}

// limitConn sets the per-connection limits that back up the authorizer: no attached
// databases at all and no value bigger than maxLen. Limits belong to a physical
// connection and the driver only exposes them through sql.Conn, so they are (re)applied
// on every checkout; sqlite3_limit is a plain field write, far cheaper than a query.
func limitConn(c *sql.Conn, maxLen int) error {
	if _, err := sqlite.Limit(c, sqlite3.SQLITE_LIMIT_ATTACHED, 0); err != nil {
		return err
	}
	_, err := sqlite.Limit(c, sqlite3.SQLITE_LIMIT_LENGTH, maxLen)
	return err
}

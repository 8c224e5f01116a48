package db

import (
	"context"
	"io"
	"time"
)

// Reader is a read-only, sandboxed handle on one database file for the explorer: every
// connection carries an authorizer that allows only reads, and every statement runs
// under the configured time limit.
type Reader struct {
	path string
	opt  ReadOptions
}

// OpenReader opens path read-only (file:...?mode=ro, immutable=1 when configured).
func OpenReader(ctx context.Context, path string, opt ReadOptions) (*Reader, error) {
	return nil, Errorf(EINTERNAL, "OpenReader: not implemented yet")
}

// Close closes every connection.
func (r *Reader) Close() error { return nil }

// Name is the file stem: "hotline" for hotline.db. It is the first segment of every URL.
func (r *Reader) Name() string { return "" }

// Path is the file's path.
func (r *Reader) Path() string { return r.path }

// Schema returns the tables and views, read once and cached.
func (r *Reader) Schema(ctx context.Context) (*Schema, error) { return nil, errNotYet }

// Meta returns the meta table as key -> value, empty when the file has none.
func (r *Reader) Meta(ctx context.Context) (map[string]string, error) { return nil, errNotYet }

// Count returns the row count of a table or view, cached per file and capped.
func (r *Reader) Count(ctx context.Context, table string) (Count, error) { return Count{}, errNotYet }

// TablePage returns one page of a table or view under q's filters, sort and search, with
// its facets and foreign-key labels.
func (r *Reader) TablePage(ctx context.Context, q TableQuery) (*Result, error) {
	return nil, errNotYet
}

// StreamTable calls header once and row for every row matching q, with no row limit and no
// page size, in keyset order, holding no more than one row in memory.
func (r *Reader) StreamTable(ctx context.Context, q TableQuery, header func([]string) error, row func([]any) error) error {
	return errNotYet
}

// Row returns one row by its primary key values (in PrimaryKey order) and the counts of
// rows in other tables that point to it.
func (r *Reader) Row(ctx context.Context, table string, pk []string) (*RowResult, error) {
	return nil, errNotYet
}

// Query runs ad hoc read-only SQL with :named parameters in the sandbox, under the time
// limit, returning at most MaxReturnedRows rows (Truncated is set when there were more).
func (r *Reader) Query(ctx context.Context, sql string, params map[string]string) (*Result, error) {
	return nil, errNotYet
}

// QueryParams lists the :named parameters of sql in order of first appearance.
func QueryParams(sql string) []string { return nil }

// Evidence returns the spans of every row extracted from one article, in text order.
func (r *Reader) Evidence(ctx context.Context, articleID int64) ([]Evidence, error) {
	return nil, errNotYet
}

// Snapshot is a consistent copy of the database file, for download.
type Snapshot struct {
	Content io.ReadSeekCloser
	Size    int64
	ModTime time.Time
	ETag    string
}

// Snapshot returns a consistent view of the whole file: no write can land half-way
// through a download of it.
func (r *Reader) Snapshot(ctx context.Context) (*Snapshot, error) { return nil, errNotYet }

var errNotYet = Errorf(EINTERNAL, "not implemented yet")

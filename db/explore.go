package db

// This file is the contract between the explorer's read path (db) and its web handlers
// (views). The types are stable; the methods' bodies live in the read-path files.

import (
	"time"
)

// ReadOptions configures a read-only handle on a database file for the explorer.
type ReadOptions struct {
	Immutable       bool          // open with immutable=1: only when nothing writes the file
	SQLTimeLimit    time.Duration // cancels ad hoc SQL and table pages (default 1s)
	MaxReturnedRows int           // cap on rows of ad hoc SQL (default 1000)
	FacetTimeLimit  time.Duration // per facet (default 200ms)
	CountLimit      int64         // counts above this are reported as "more than" (default 10,000)
	// ConnWait bounds the wait for a free connection before the time limit starts; past
	// it the request is EBUSY (default 5s).
	ConnWait time.Duration
	// MaxSQLWorkers is how many ad hoc statements run at once, on connections of their
	// own so that they never take the pages' ones (default 3, Datasette's num_sql_threads).
	MaxSQLWorkers int
	// MaxValueBytes caps any value ad hoc SQL reads or builds (SQLITE_LIMIT_LENGTH), which
	// also bounds the time of one function call (default 8 MB).
	MaxValueBytes int
	// MaxResultBytes caps the size of one ad hoc result held in memory (default 64 MB).
	MaxResultBytes int
	// AnswerCacheBytes bounds the memory of kept ad hoc answers (adhoc_cache.go; default
	// 32 MB); a negative value keeps none.
	AnswerCacheBytes int
}

// Schema describes the tables and views of a database, read once per open file.
type Schema struct {
	Tables []*Table // tables then views, in name order
}

// Table describes one table or view as the explorer needs it.
type Table struct {
	Name        string
	View        bool
	Hidden      bool // FTS shadow tables, sqlite_ internals
	Columns     []Column
	PrimaryKey  []string     // "rowid" for rowid tables without a declared key
	ForeignKeys []ForeignKey // from this table's columns
	Incoming    []ForeignKey // from other tables' columns to this table
	FTS         string       // name of the FTS5 table that indexes this table, or ""
	Label       string       // the column that names a row (name, title), or ""
	SQL         string       // CREATE statement
	Module      string       // virtual table module ("fts5" for a full-text index), "" otherwise
	Links       []ViewLink   // a view's name and country columns that link somewhere (view_links.go)

	ftsKey       string            // the column (or "rowid") that FTS's rowid matches, set with FTS
	orderIndexes map[string]string // column -> the smallest full index that starts with it
	withoutRowid bool
}

// Column is one column of a table or view.
type Column struct {
	Name    string
	Type    string
	NotNull bool
	PK      int // position in the primary key, 0 when not part of it
}

// ForeignKey links Table.Column to RefTable.RefColumn.
type ForeignKey struct {
	Table, Column, RefTable, RefColumn string
}

// Count is a row count that may be capped: Exact is false when N is a lower bound
// ("more than 10,000") or when counting timed out.
type Count struct {
	N     int64
	Exact bool
}

// Filter is one column filter from a URL: Column, an operator (exact, not, contains, notcontains,
// startswith, endswith, gt, gte, lt, lte, like, notlike, glob, in, notin, isnull, notnull, isblank,
// notblank, date, arraycontains, arraynotcontains) and its raw value.
type Filter struct {
	Column, Op, Value string
}

// TableQuery is everything a table page asks for. Column names are checked against the
// schema before any SQL is built; values are always bound parameters.
type TableQuery struct {
	Table   string
	Filters []Filter
	Search  string // FTS5 query over the table's full-text index
	// SearchRaw passes Search to FTS5 as written (operators, prefixes, NEAR); by default
	// each word is quoted, so that user text can never be an FTS syntax error.
	SearchRaw bool
	// SearchColumn, with Search, searches only this column of the full-text index, as
	// Datasette's _search_COLUMN does; "" searches them all.
	SearchColumn string
	Sort         string // column; "" means primary key order
	Desc         bool   // sort descending
	Size         int    // page size; 0 means the default
	// NoRows returns no rows, only the count and the facets (Datasette's _size=0): what a
	// script asks for when it wants how many rows match and how they spread, not them.
	NoRows  bool
	Next    string   // opaque keyset token from Result.Next; never an OFFSET
	Columns []string // columns to return; nil means all
	Facets  []string // columns to facet on
	// TypedFacets are facets of other kinds (date, year, month, array), after Facets.
	TypedFacets []FacetRequest
	// FacetSize is how many values each facet returns (default 30).
	FacetSize int
	// Where holds raw SQL conditions (Datasette's _where), ANDed with the filters. They
	// run, like everything here, on a sandboxed connection that can only read; a
	// condition may not hold parameters or a second statement.
	Where []string
	// NoCount skips counting the matching rows (Datasette's _nocount); Count is then
	// zero and not exact.
	NoCount bool
	// JSONRows asks for each row as one JSON object text ({"column": value, ...}, see
	// AppendJSONValue) written inside SQLite, which costs a fraction of fetching the
	// values one by one. It is honoured only with NoLabels and without Search (labels and
	// snippets need the values); Result.JSONRows tells whether it was.
	JSONRows bool
	// NoLabels skips the foreign-key labels of the rows (Result.Labels stays nil): an
	// export that shows raw values does not need them.
	NoLabels bool
	// Suggest asks for SuggestedFacets: columns worth faceting by, found within the facet
	// time limit.
	Suggest bool
	// Through keeps the rows that a link table connects to a given row, as Datasette's
	// _through does: the contacts whose id appears in contact_participants rows with
	// actor_id = 5. Each entry narrows further.
	Through []Through
	// Clip cuts text and blob values to their first Clip+1 characters (bytes for a
	// blob) in SQL, so that a page showing them short never holds a 50 MB value in Go;
	// a value longer than Clip comes back longer than Clip, which says it was cut.
	// 0 returns values whole (JSON, CSV).
	Clip int
}

// Through names a link table, one of its columns and that column's value; the link table
// must have a foreign key to the queried table, which is how its rows are reached.
type Through struct {
	Table, Column, Value string
}

// Result is one page of a table, view or query.
type Result struct {
	Columns   []string
	Rows      [][]any
	Next      string                       // keyset token for the next page, "" on the last
	Truncated bool                         // ad hoc SQL hit the row limit
	Cached    bool                         // ad hoc SQL answered from the kept answers (adhoc_cache.go)
	Labels    map[string]map[string]string // foreign-key column -> value -> label of the target row
	Facets    []Facet
	Count     Count // rows matching the filters (tables and views only)
	Took      time.Duration
	// ThroughLabels has, for each TableQuery.Through, the label of the row its value
	// points at ("Joe Biden" for actor_id = 5), or "" when it has none.
	ThroughLabels []string
	// Snippets has, for a page searched through a full-text index, each row's best
	// passage with matches between SnippetOpen and SnippetClose ("" when none).
	Snippets []string
	// Suggested are the facets worth offering (TableQuery.Suggest), in column order.
	Suggested []FacetRequest
	// JSONRows: each row of Rows is one string, the row as a JSON object
	// (TableQuery.JSONRows).
	JSONRows bool
}

// Facet is the value counts of one column under the current filters.
type Facet struct {
	Column   string
	Kind     FacetKind
	Values   []FacetValue
	TimedOut bool // the facet time limit cancelled it
	More     bool // more distinct values than shown
}

// FacetValue is one value of a facet with its row count.
type FacetValue struct {
	Value any
	Label string // the foreign-key target's label, when the column is a foreign key
	Count int64
}

// RowResult is one row with what points to it.
type RowResult struct {
	Table   *Table
	Columns []string
	Values  []any
	Labels  map[string]map[string]string
	Related []Related
	// Through is, for every link table pointing at the row (see Table.LinkKeys), the rows
	// of the table at its other end: an actor's contacts through contact_participants.
	Through []ThroughRelated
}

// Related is a count of the rows of another table whose foreign key points at a row.
type Related struct {
	Table, Column string
	Count         int64
	More          bool      // Count hit CountLimit: there are more rows than that
	Preview       []Preview // the first few of those rows (none for a link table: see Through)
}

// ThroughRelated counts the rows of Table that Link connects to a row: Link.Column holds
// the row's key and Link.FarColumn the key of a row of Table.
type ThroughRelated struct {
	Table             string // the far table: contacts
	Link              string // the link table: contact_participants
	Column, FarColumn string // actor_id, contact_id
	Count             int64
	More              bool // Count hit CountLimit
	Preview           []Preview
}

// Preview is one of the first rows of a related table, enough to link to it and name it.
type Preview struct {
	Key   []any // in the table's PrimaryKey order
	Label any   // its label column, or its first other text column; nil when it has none
}

// Evidence is one extracted row's proof in an article: which table and row, the rule that
// made it, and the character offsets of its span in the article's cleaned text.
type Evidence struct {
	Table      string // actor_mentions, contact_mentions, quotes
	RowID      int64
	Rule       string
	Label      string // what was extracted: the actor's name, the contact, the speaker
	Start, End int    // character (rune) offsets into articles.text, end exclusive
}

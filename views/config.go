package views

import "time"

// Config is everything the explorer needs to know that is not in the database file. The
// command line builds it from config.yaml, the environment and flags.
type Config struct {
	Title          string // shown on the index page; defaults to the file stem
	Description    string
	License        string
	LicenseURL     string
	Source         string
	SourceURL      string
	AllowSQL       bool // the ad hoc SQL editor and ?sql= queries
	AllowDownload  bool // the /NAME.db download
	DefaultSize    int  // rows per table page (default 100)
	MaxSize        int  // largest _size a client may ask for (default 1000)
	SQLTimeLimit   time.Duration
	FacetTimeLimit time.Duration
	MaxReturned    int // row limit of ad hoc SQL
	// AllowedHosts are the names the server answers for (the Host header, port ignored):
	// exact names, ".example.org" for a domain and its subdomains, "*" for any. Empty means
	// the loopback names. BaseURL's host is always allowed.
	AllowedHosts []string
	// BaseURL is the scheme and host of absolute URLs (next_url in JSON), such as
	// "http://127.0.0.1:8001": built from configuration, never from the request's Host.
	// Empty makes those URLs paths.
	BaseURL string
	// SQLWorkers statements of visitors' SQL run at once (default 3, like Datasette's
	// num_sql_threads; give the reader the same MaxSQLWorkers), SQLQueue more may wait,
	// each at most SQLQueueWait (default 64 and 5s); one client address holds at most
	// SQLPerClient places (default 8).
	// TruncateCells is the most characters of one value a page shows (default 10,000;
	// Datasette's truncate_cells_html): longer values are cut, read cut from the file,
	// and link to the row's JSON for the whole value.
	TruncateCells int
	SQLWorkers    int
	SQLQueue      int
	SQLQueueWait  time.Duration
	SQLPerClient  int
	Queries       map[string]CannedQuery
	// Tables describes tables, views and columns, over what the file says of them.
	Tables map[string]TableDoc
	// Version is the Hotline release serving the file, the one `hotline version` prints:
	// the command line passes its own constant, so there is one source of truth.
	Version string
}

// CannedQuery is a named query from config.yaml, served at /NAME/QUERYNAME like a table.
type CannedQuery struct {
	SQL         string `mapstructure:"sql"`
	Title       string `mapstructure:"title"`
	Description string `mapstructure:"description"`
}

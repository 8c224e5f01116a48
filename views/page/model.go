package page

// Layout is what every page shares: the site title, where the page sits, and the footer.
type Layout struct {
	SiteTitle   string // the dataset's title, shown in the header
	PageTitle   string // the <title> and <h1> of this page
	HomeURL     string
	Breadcrumbs []Link
	CSSURL      string // content-hashed, so browsers may cache it forever
	JSURL       string
	IconURL     string // the site icon, linked so browsers do not ask for /favicon.ico
	License     Link
	Source      Link
}

// Link is a piece of text and where it points; an empty URL renders plain text.
type Link struct {
	Text, URL string
}

// TableSummary is one table, view or canned query in a list.
type TableSummary struct {
	Name   string
	URL    string
	Count  string // "12 rows", "more than 10,000 rows", "" when unknown
	Hidden bool
	Title  string // canned query title
	// Description says in a line what the table, view or query holds.
	Description string
	Rank        int // > 0 for a main table: its place among them
}

// IndexPage is the dataset's front page.
type IndexPage struct {
	Layout
	Description  string
	DatabaseName string
	DatabaseURL  string
	Tables       []TableSummary // the main tables when the file ranks them, else all
	Views        []TableSummary
	More         []TableSummary // the other tables (links, evidence), after the views
	Queries      []TableSummary
	Pictures     []TableSummary // the network and the country matrix, when the file has contacts
	DownloadURL  string         // "" when downloads are disabled
}

// DatabasePage lists everything in the database and offers the SQL editor.
type DatabasePage struct {
	Layout
	Tables   []TableSummary
	Hidden   []TableSummary
	Views    []TableSummary
	Queries  []TableSummary
	Pictures []TableSummary // the network and the country matrix, when the file has contacts
	QueryURL string         // action of the SQL form; "" when SQL is disabled
	JSONURL  string
}

// Header is one column heading of a results table.
type Header struct {
	Name string
	// Menu is the column's menu (sort, facet, hide, non-blank): plain links in a
	// <details>, so it works without JavaScript; app.js only places and closes it.
	Menu        []MenuItem
	Description string // what the column means, from the file's documentation
	SortURL     string // "" when the column cannot be sorted from here
	Arrow       string // "▲", "▼" or ""
	TestID      string
}

// Cell is one rendered value.
type Cell struct {
	Text     string // possibly truncated
	Full     string // the untruncated value, as a tooltip, when Text is shorter
	Unfold   bool   // no row page shows Full (a view, SQL results): the cell can open to it
	Cut      bool   // even Full is cut: the value is longer than a page shows (TruncateCells)
	MoreURL  string // where the whole value is (the row as JSON), when Cut
	URL      string // a link: the row page (primary key) or the foreign-key target
	LinkKind string // "row-link" or "fk-link"
	Sub      string // small text after a label: the raw foreign-key value
	Numeric  bool
	Null     bool
	Marked   []Span // when set, the value is these pieces, the hits highlighted (search snippets)
}

// Span is a piece of text; Hit marks what a search matched.
type Span struct {
	Text string
	Hit  bool
}

// Grid is a table of results.
type Grid struct {
	Headers []Header
	Rows    [][]Cell
}

// Exports are the alternative formats of the page.
type Exports struct {
	JSON, CSV, CSVStream string
}

// IntrospectPage is one of the /-/ pages: its JSON, indented, and where the JSON is.
type IntrospectPage struct {
	Layout
	JSON    string
	JSONURL string // a fixed path such as /-/versions.json
}

// MenuItem is one entry of a column menu; ID names it for tests ("sort-asc", "facet").
type MenuItem struct {
	Text, URL, ID string
}

package page

// TablePage is one page of a table or view.
type TablePage struct {
	Layout
	Name        string
	IsView      bool
	About       string // what the table holds, from the file's documentation
	Description string // "where mode = phone sorted by date descending", after CountText
	CountText   string // "12 rows"
	Search      *SearchBox
	Form        FilterForm
	Facets      []FacetBox
	Suggested   []Link // facets worth adding: "status", "date (year)"
	Grid        Grid
	NextURL     string
	Exports     Exports
	SQLURL      string      // the query page with this page's SQL; "" when ad hoc SQL is off
	Timeline    *Timeline   // contacts per period, on tables of contacts (timeline.templ)
	Empty       *EmptyState // what to do when there are no rows; nil when there are
}

// SearchBox is the full-text search form, shown when the table has an FTS index.
type SearchBox struct {
	Action string
	Value  string
	Hidden []Field // current parameters other than _search, kept on submit
}

// Field is a form field's name and value.
type Field struct {
	Name, Value string
}

// Option is an entry of a select.
type Option struct {
	Value, Label string
	Selected     bool
}

// FilterForm builds one more filter; it works without JavaScript because the server turns
// _filter_column/_filter_op/_filter_value into col__op=value and redirects.
type FilterForm struct {
	Action  string
	Columns []Option
	Ops     []Option
	Hidden  []Field // the current parameters, so submitting keeps them
	Active  []ActiveFilter
}

// ActiveFilter is a filter in force, with the URL of the page without it.
type ActiveFilter struct {
	Column, Op, Value string
	RemoveURL         string
}

// FacetBox is the value counts of one column.
type FacetBox struct {
	Column   string
	Title    string // "date (year)"; the column for a plain facet
	Values   []FacetLink
	TimedOut bool
	More     bool
}

// FacetLink is one value of a facet: following it adds (or, when Selected, removes) the
// filter column = value.
type FacetLink struct {
	Label    string
	Count    int64
	URL      string
	Selected bool
}

// EmptyState is what a page without rows says: Text, then, when the rows were narrowed
// down, a link (AllText) to all the table's rows.
type EmptyState struct {
	Text, AllText, AllURL string
}

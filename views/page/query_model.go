package page

// QueryPage is ad hoc SQL or a canned query with its results.
type QueryPage struct {
	Layout
	Title       string // canned query title
	Description string
	SQL         string
	Editable    bool   // ad hoc SQL: the editor may change the statement
	Action      string // where the form submits
	Params      []Field
	Error       string // the query failed; the editor stays so the user can fix it
	Waiting     bool   // the query has parameters and none was given: it has not run yet
	Ran         bool   // there are results to show
	Grid        Grid
	CountText   string
	Took        string
	Truncated   bool
	Exports     Exports
}

// ErrorPage says what went wrong.
type ErrorPage struct {
	Layout
	Status  string // "404 Not Found"
	Message string
}

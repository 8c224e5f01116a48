package page

// MatrixPage is the country × country table of contacts.
type MatrixPage struct {
	Layout
	Filters   PictureFilters
	Countries []Link // row and column headings, in the same order
	Rows      []MatrixRow
	JSONURL   string
}

// MatrixRow is one country's row: its cells and its contacts with any partner.
type MatrixRow struct {
	Cells []MatrixCell
	Total int
}

// MatrixCell is the contacts between two countries; URL lists them, Class shades the
// cell by its share of the largest count (m1..m5).
type MatrixCell struct {
	Count int
	URL   string
	Class string
	Title string
}

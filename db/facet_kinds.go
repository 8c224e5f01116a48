package db

// FacetKind says how a facet groups a column's values.
type FacetKind string

// The facet kinds. Column, date and array are Datasette's (_facet, _facet_date,
// _facet_array); year and month are Hotline's, for dates that may lack a day ("2024-03").
const (
	FacetColumn FacetKind = "column" // each distinct value
	FacetDate   FacetKind = "date"   // date(value): the day
	FacetYear   FacetKind = "year"   // the first four characters of an ISO date
	FacetMonth  FacetKind = "month"  // the first seven characters of an ISO date
	FacetArray  FacetKind = "array"  // each element of a JSON array
)

// FacetRequest asks for one facet of a kind on a column.
type FacetRequest struct {
	Column string
	Kind   FacetKind
}

// FacetKinds lists every kind, for parsers.
func FacetKinds() []FacetKind {
	return []FacetKind{FacetColumn, FacetDate, FacetYear, FacetMonth, FacetArray}
}

// facetValueSQL is the expression a facet of kind k groups c by. Year and month read only
// values that start like an ISO date, so that stray text is not cut into "years".
func facetValueSQL(k FacetKind, c Column) string {
	col := quoteIdent(c.Name)
	switch k {
	case FacetDate:
		return "date(" + col + ")"
	case FacetYear:
		return "CASE WHEN CAST(" + col + " AS TEXT) GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(" + col + ", 1, 4) END"
	case FacetMonth:
		return "CASE WHEN CAST(" + col + " AS TEXT) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(" + col + ", 1, 7) END"
	}
	return valueExpr(c)
}

// facetSQL counts the values of one facet under the plan's filters, most frequent first.
// An array facet unnests each row's JSON array inside a subquery, so that json_each's own
// column names (id, key, value) cannot clash with the table's in the filters.
func facetSQL(p *tablePlan, k FacetKind, c Column) string {
	if k == FacetArray {
		col := quoteIdent(c.Name)
		return "SELECT j.value, count(*) FROM (SELECT " + col + " AS v" + p.from() + ") s, " +
			"json_each(CASE WHEN json_valid(s.v) AND json_type(s.v) = 'array' THEN s.v ELSE '[]' END) j " +
			"GROUP BY j.value ORDER BY 2 DESC, 1 LIMIT ?"
	}
	if k == FacetColumn {
		return "SELECT " + valueExpr(c) + ", count(*)" + p.from() + " GROUP BY " + quoteIdent(c.Name) +
			" ORDER BY 2 DESC, 1 LIMIT ?"
	}
	order := " ORDER BY 2 DESC, 1 LIMIT ?"
	if k != FacetDate {
		order = " ORDER BY 1 DESC LIMIT ?" // years and months read best newest first
	}
	return "SELECT " + facetValueSQL(k, c) + " AS v, count(*)" + p.from() + " GROUP BY v" + order
}

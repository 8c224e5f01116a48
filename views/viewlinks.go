package views

import (
	"slices"

	"hotline/db"
	"hotline/views/page"
)

// linkViewCells links the cells of a view's name and country columns (db.ViewLink): a
// partner's name opens the partner's row page, a country code its country page. Ids
// are foreign keys already and were linked by cell.
func (s *Server) linkViewCells(t *db.Table, columns []string, row []any, cells []page.Cell) {
	if t == nil {
		return
	}
	for _, l := range t.Links {
		i := slices.Index(columns, l.Column)
		if i < 0 || row[i] == nil {
			continue
		}
		switch {
		case l.Country:
			cells[i].URL, cells[i].LinkKind = s.countryURL(valueText(row[i]), ""), "country-link"
		case l.IDColumn != "":
			j := slices.Index(columns, l.IDColumn)
			if j < 0 || row[j] == nil {
				continue
			}
			cells[i].URL, cells[i].LinkKind = s.rowURL(l.Table, []string{valueText(row[j])}, ""), "name-link"
		}
	}
}

// countryURL is /NAME/-/country/CODE[.format], a country's page.
func (s *Server) countryURL(code, format string) string {
	return withFormat(s.dbURL("")+"/-/country/"+tildeEncode(code), format)
}

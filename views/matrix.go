package views

import (
	"net/http"
	"strconv"

	"hotline/db"
	"hotline/views/page"
)

// matrix answers /NAME/-/matrix[.json]: contacts between each pair of countries for the
// contact_partners filters in the URL; each cell links to its contacts.
func (s *Server) matrix(format string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if err := s.checkDB(r); err != nil {
			return err
		}
		if done, err := fixForm(w, r, format); done {
			return err
		}
		q, filters, _, err := s.pictureQuery(r, "contact_partners")
		if err != nil {
			return err
		}
		m, err := s.reader.CountryMatrix(r.Context(), q)
		if err != nil {
			return err
		}
		if format == "json" {
			return writeJSON(w, m)
		}
		return s.render(w, r, http.StatusOK, page.MatrixView(s.matrixPage(r, m, filters)))
	}
}

// matrixPage lays the matrix out as a table: rows and columns are countries, most
// contacts first; each non-empty cell links to the rows of contact_partners it counts.
func (s *Server) matrixPage(r *http.Request, m *db.Matrix, filters params) page.MatrixPage {
	p := page.MatrixPage{
		Layout:  s.layout(r.Context(), "Contacts between countries", s.dbCrumbs()),
		Filters: s.pictureFilters(s.dbURL("")+"/-/matrix", filters.without("_table")),
		JSONURL: s.pictureURL("matrix", "json", filters),
	}
	base := filters.without("_table", "country", "partner_country", "country__isnull", "partner_country__isnull")
	for i, c := range m.Countries {
		p.Countries = append(p.Countries, page.Link{Text: countryLabel(c), URL: s.countryLinkURL(c)})
		row := page.MatrixRow{Total: m.Totals[i]}
		for j, n := range m.Cells[i] {
			cell := page.MatrixCell{Count: n, Title: countryLabel(c) + " – " + countryLabel(m.Countries[j]) + ": " + plural(n, "contact")}
			if n > 0 {
				next := withCountry(withCountry(base, "country", c), "partner_country", m.Countries[j])
				cell.URL = s.tableURL("contact_partners", "", next)
				cell.Class = "m" + strconv.Itoa(1+4*n/max(m.Max, 1))
			}
			row.Cells = append(row.Cells, cell)
		}
		p.Rows = append(p.Rows, row)
	}
	return p
}

// withCountry adds the filter for one country column; "" (unknown) is an isnull filter.
func withCountry(ps params, col, code string) params {
	if code == "" {
		return ps.with(col+"__isnull", "1")
	}
	return ps.with(col, code)
}

func countryLabel(code string) string {
	if code == "" {
		return "unknown"
	}
	return code
}

// countryLinkURL is a country's page, or nothing for the unknown country.
func (s *Server) countryLinkURL(code string) string {
	if code == "" {
		return ""
	}
	return s.countryURL(code, "")
}

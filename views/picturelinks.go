package views

import (
	"hotline/db"
	"hotline/views/page"
)

// pictureSummaries lists the pictures of the whole database for the front and database
// pages, so that they can be found without knowing their URLs; none when the file has no
// contact_partners view to draw them from.
func (s *Server) pictureSummaries(schema *db.Schema) []page.TableSummary {
	if schema.Table("contact_partners") == nil {
		return nil
	}
	return []page.TableSummary{
		{Name: "network", URL: s.pictureURL("network", "", nil),
			Description: "Who talks to whom: actors sized by their contacts, coloured by country, with filters by date, country, mode and status."},
		{Name: "matrix", URL: s.pictureURL("matrix", "", nil),
			Description: "Contacts between each pair of countries; each cell links to its rows."},
	}
}

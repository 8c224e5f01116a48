package views

import (
	"context"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// summaries lists the schema's tables, hidden tables and views with their (capped) row
// counts. A count that fails is left blank and logged: one slow view should not take
// the whole listing down.
func (s *Server) summaries(ctx context.Context, schema *db.Schema) (tables, hidden, views []page.TableSummary) {
	for _, t := range schema.Tables {
		// Full-text indexes are hidden too, as in Datasette: their table is the one to browse.
		hide := t.Hidden || strings.HasPrefix(t.Module, "fts")
		sum := page.TableSummary{Name: t.Name, URL: s.tableURL(t.Name, "", nil), Hidden: hide}
		if hide {
			hidden = append(hidden, sum)
			continue
		}
		sum.Count = s.countText(ctx, t.Name)
		if t.View {
			views = append(views, sum)
		} else {
			tables = append(tables, sum)
		}
	}
	return tables, hidden, views
}

// countText is a table's row count as text, or "" when it cannot be had.
func (s *Server) countText(ctx context.Context, table string) string {
	c, err := s.reader.Count(ctx, table)
	if err != nil {
		s.log.Warn("counting rows", "table", table, "err", err)
		return ""
	}
	return countText(c.N, c.Exact)
}

// querySummaries lists the canned queries in name order.
func (s *Server) querySummaries() []page.TableSummary {
	var out []page.TableSummary
	for _, name := range s.cfg.queryNames() {
		out = append(out, page.TableSummary{
			Name:  name,
			URL:   s.tableURL(name, "", nil),
			Title: s.cfg.Queries[name].Title,
		})
	}
	return out
}

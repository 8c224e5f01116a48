package views

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// summaries lists the schema's tables, hidden tables and views with their (capped) row
// counts. A count that fails is left blank and logged: one slow view should not take
// the whole listing down.
func (s *Server) summaries(ctx context.Context, schema *db.Schema) (tables, hidden, views []page.TableSummary) {
	d := s.docs(ctx)
	for _, t := range schema.Tables {
		// Full-text indexes are hidden too, as in Datasette: their table is the one to browse.
		hide := t.Hidden || strings.HasPrefix(t.Module, "fts")
		sum := page.TableSummary{Name: t.Name, URL: s.tableURL(t.Name, "", nil), Hidden: hide,
			Description: d.tables[t.Name].Description, Rank: d.tables[t.Name].Rank}
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

// mainFirst splits tables into the main ones (those the documentation ranks), in rank
// order, and the rest (link tables, evidence, bookkeeping) in name order. A file without
// ranks has no main tables: all are listed as before.
func mainFirst(tables []page.TableSummary) (main, rest []page.TableSummary) {
	for _, t := range tables {
		if t.Rank > 0 {
			main = append(main, t)
		} else {
			rest = append(rest, t)
		}
	}
	slices.SortStableFunc(main, func(a, b page.TableSummary) int { return cmp.Compare(a.Rank, b.Rank) })
	return main, rest
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

// querySummaries lists the canned queries (the file's and the configuration's) in name
// order.
func (s *Server) querySummaries(d docs) []page.TableSummary {
	var out []page.TableSummary
	for _, name := range d.queryNames() {
		out = append(out, page.TableSummary{
			Name:        name,
			URL:         s.tableURL(name, "", nil),
			Title:       d.queries[name].Title,
			Description: d.queries[name].Description,
		})
	}
	return out
}

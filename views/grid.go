package views

import (
	"slices"
	"strconv"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// cellChars is how much of a long text a table cell shows; the row page shows it all.
const cellChars = 200

// gridSpec says how to turn a result into a page.Grid.
type gridSpec struct {
	docs   map[string]string            // column -> description, shown under its header
	table  *db.Table                    // nil for SQL results: no key or foreign-key links
	labels map[string]map[string]string // foreign-key column -> value -> target's label
	sort   func(col string) (url, arrow string)
	menu   func(col string) []page.MenuItem // the column's menu; nil for none
	// snippets, for a searched page, are each row's matching passage (db.Result.Snippets),
	// shown in a first column "match".
	snippets []string
}

// grid builds the rows and headers of a results table.
func (s *Server) grid(columns []string, rows [][]any, spec gridSpec) page.Grid {
	var g page.Grid
	if spec.snippets != nil {
		g.Headers = append(g.Headers, page.Header{Name: "match"})
	}
	for _, c := range columns {
		h := page.Header{Name: c, Description: spec.docs[c]}
		if spec.menu != nil {
			h.Menu = spec.menu(c)
		}
		if spec.sort != nil {
			h.SortURL, h.Arrow = spec.sort(c)
			h.TestID = "sort-" + c
		}
		g.Headers = append(g.Headers, h)
	}
	pkIdx := pkIndexes(spec.table, columns)
	for r, row := range rows {
		cells := make([]page.Cell, len(row))
		for i, v := range row {
			cells[i] = s.cell(spec.table, columns[i], v, spec.labels, cellChars)
		}
		pk := pkValues(row, pkIdx)
		if pk != nil {
			c := &cells[pkIdx[0]]
			c.URL, c.LinkKind, c.Sub = s.rowURL(spec.table.Name, pk, ""), "row-link", ""
			moreAt(cells, s.rowURL(spec.table.Name, pk, "json"))
		}
		s.linkViewCells(spec.table, columns, row, cells)
		if pk == nil {
			unfold(cells)
		}
		if spec.snippets != nil {
			snip := ""
			if r < len(spec.snippets) {
				snip = spec.snippets[r]
			}
			cells = append([]page.Cell{{Marked: snippetSpans(snip)}}, cells...)
		}
		g.Rows = append(g.Rows, cells)
	}
	return g
}

// cell renders one value: foreign keys link to their target labelled with its name, long
// text is cut to max runes (0: never) with the full text as a tooltip.
//
// No page shows more than TruncateCells characters of a value (the table page and row
// page read values cut to that length in SQL): a longer one is cut with Cut set, and
// points to where the whole value is (MoreURL, set by the caller that knows the row).
func (s *Server) cell(t *db.Table, col string, v any, labels map[string]map[string]string, max int) page.Cell {
	c := page.Cell{Text: displayText(v), Numeric: isNumber(v), Null: v == nil}
	if b, ok := v.([]byte); ok && len(b) > s.cfg.TruncateCells {
		c.Text, c.Cut = "<Binary: more than "+strconv.Itoa(s.cfg.TruncateCells)+" bytes>", true
	} else if short, cut := truncate(c.Text, s.cfg.TruncateCells); cut {
		c.Text, c.Cut = short, true
	}
	if max > 0 {
		if short, cut := truncate(c.Text, max); cut {
			c.Full, c.Text = c.Text, short
		}
	}
	if text, ok := v.(string); ok && isURLColumn(col) && webURL(text) != "" {
		c.URL, c.LinkKind = webURL(text), "url-link"
	}
	if fk := foreignKey(t, col); fk != nil && addressable(v) {
		raw := valueText(v)
		c.URL, c.LinkKind = s.rowURL(fk.RefTable, []string{raw}, ""), "fk-link"
		if label := labels[col][db.LabelKey(v)]; label != "" {
			// A label is text: left-aligned like text, whatever the key's type.
			c.Text, c.Sub, c.Numeric = label, raw, false
		}
	}
	return c
}

// unfold lets the shortened plain-text cells of a row with no row page open to their
// whole text: a tooltip alone cannot be read on a touch screen, selected or copied.
func unfold(cells []page.Cell) {
	for i := range cells {
		if c := &cells[i]; c.Full != "" && c.URL == "" && c.Marked == nil {
			c.Unfold = true
		}
	}
}

// moreAt points every cut cell of a row to url, where its whole value is.
func moreAt(cells []page.Cell, url string) {
	for i := range cells {
		if cells[i].Cut {
			cells[i].MoreURL = url
		}
	}
}

// foreignKey returns the foreign key on t.col, or nil.
func foreignKey(t *db.Table, col string) *db.ForeignKey {
	if t == nil {
		return nil
	}
	for i := range t.ForeignKeys {
		if t.ForeignKeys[i].Column == col {
			return &t.ForeignKeys[i]
		}
	}
	return nil
}

// pkIndexes finds the primary key columns among columns; nil unless all are there.
func pkIndexes(t *db.Table, columns []string) []int {
	if t == nil || len(t.PrimaryKey) == 0 {
		return nil
	}
	idx := make([]int, len(t.PrimaryKey))
	for i, k := range t.PrimaryKey {
		idx[i] = slices.Index(columns, k)
		if idx[i] < 0 {
			return nil
		}
	}
	return idx
}

// pkValues is a row's primary key as text, or nil without one or when a URL cannot
// address the row (see addressable).
func pkValues(row []any, idx []int) []string {
	if idx == nil {
		return nil
	}
	out := make([]string, len(idx))
	for i, j := range idx {
		if !addressable(row[j]) {
			return nil
		}
		out[i] = valueText(row[j])
	}
	return out
}

// addressable reports whether a key value can stand in a row URL. A blob (the terms of
// an FTS index's _idx table) is written as base64 on the page and the row page looks
// keys up as text, and a NULL (which SQLite allows in a key that is not the rowid, and
// which the driver also gives for an empty blob) equals nothing: a link to either would
// be a 404.
func addressable(v any) bool {
	_, blob := v.([]byte)
	return v != nil && !blob
}

// snippetSpans splits a snippet from db into plain and highlighted pieces at its markers.
// The text stays text: templ escapes every piece, so the article cannot inject markup.
func snippetSpans(s string) []page.Span {
	spans := []page.Span{}
	for s != "" {
		open := strings.Index(s, db.SnippetOpen)
		if open < 0 {
			spans = append(spans, page.Span{Text: s})
			break
		}
		if open > 0 {
			spans = append(spans, page.Span{Text: s[:open]})
		}
		s = s[open+len(db.SnippetOpen):]
		end := strings.Index(s, db.SnippetClose)
		if end < 0 {
			end = len(s)
		}
		spans = append(spans, page.Span{Text: s[:end], Hit: true})
		s = strings.TrimPrefix(s[end:], db.SnippetClose)
	}
	return spans
}

// isURLColumn says whether a column holds web addresses by its name (url, source_url),
// whose values are then links.
func isURLColumn(col string) bool {
	return col == "url" || strings.HasSuffix(col, "_url")
}

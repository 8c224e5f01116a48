package views

import (
	"slices"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// previewChars is how much of a previewed row's label a row page shows.
const previewChars = 80

// relatedLinks leads to the rows of other tables that point at this row, each with its
// first few rows inline, so a row page reads like a profile. A direct key leads to the
// filtered table (/NAME/quotes?speaker_id=5); a link table leads through itself to its
// far end (/NAME/contacts?_through=...), with the link table's own rows one click away.
//
// The far sides of link tables come first, then direct keys that have rows, then those
// that have none: a profile leads with what the row is connected to.
func (s *Server) relatedLinks(t *db.Table, rr *db.RowResult) []page.RelatedLink {
	links := s.relatedItems(t, rr)
	rank := func(l page.RelatedLink) int {
		switch {
		case l.Via != "":
			return 0
		case len(l.Preview) > 0:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(links, func(a, b page.RelatedLink) int { return rank(a) - rank(b) })
	return links
}

// relatedItems is a link for every incoming key, in the schema's order.
func (s *Server) relatedItems(t *db.Table, rr *db.RowResult) []page.RelatedLink {
	var out []page.RelatedLink
	for _, rel := range rr.Related {
		value, ok := refValue(t, rr, rel.Table, rel.Column)
		if !ok {
			continue
		}
		direct := s.tableURL(rel.Table, "", params{{rel.Column, value}})
		i := slices.IndexFunc(rr.Through, func(th db.ThroughRelated) bool {
			return th.Link == rel.Table && th.Column == rel.Column
		})
		if i < 0 {
			if rel.Count == 0 && !rel.More {
				continue // "0 contacts via initiator_id" says nothing worth a panel
			}
			out = append(out, page.RelatedLink{
				Table:   rel.Table,
				Column:  rel.Column,
				Count:   countOf(rel.Count, !rel.More, rel.Table),
				URL:     direct,
				Preview: s.previewLinks(rel.Table, rel.Preview),
				More:    rel.More || rel.Count > int64(len(rel.Preview)),
				TestID:  "related-link-" + rel.Table + "-" + rel.Column,
			})
			continue
		}
		th := rr.Through[i]
		if th.Count == 0 && !th.More {
			continue
		}
		out = append(out, page.RelatedLink{
			Table:     th.Table,
			Column:    th.Column,
			Count:     countOf(th.Count, !th.More, th.Table),
			URL:       s.tableURL(th.Table, "", params{{"_through", throughParam(th.Link, th.Column, value)}}),
			Via:       th.Link,
			ViaURL:    direct,
			ViaTestID: "related-link-" + rel.Table + "-" + rel.Column,
			ViaCount:  countText(rel.Count, !rel.More),
			Preview:   s.previewLinks(th.Table, th.Preview),
			More:      th.More || th.Count > int64(len(th.Preview)),
			TestID:    "through-link-" + th.Table + "-" + th.Link,
		})
	}
	return out
}

// refValue is the value of this row that table.column points at, as URL text.
func refValue(t *db.Table, rr *db.RowResult, table, column string) (string, bool) {
	i := slices.IndexFunc(t.Incoming, func(fk db.ForeignKey) bool { return fk.Table == table && fk.Column == column })
	if i < 0 {
		return "", false
	}
	j := slices.Index(rr.Columns, t.Incoming[i].RefColumn)
	if j < 0 {
		return "", false
	}
	return valueText(rr.Values[j]), true
}

// previewLinks links to each previewed row by its label (cut short), or by its key when
// it has none.
func (s *Server) previewLinks(table string, rows []db.Preview) []page.PreviewLink {
	var out []page.PreviewLink
	for _, p := range rows {
		key := make([]string, len(p.Key))
		for i, k := range p.Key {
			key[i] = valueText(k)
		}
		text := strings.Join(key, ", ")
		if label := strings.Join(strings.Fields(displayText(p.Label)), " "); label != "" {
			text, _ = truncate(label, previewChars)
		}
		out = append(out, page.PreviewLink{Text: text, URL: s.rowURL(table, key, "")})
	}
	return out
}

// countOf is a count named after a table: "7 contacts", "1 contact", "more than 10,000
// actor mentions". A table name is usually an English plural; the singular is guessed
// for the common endings only, which is all a count of one needs.
func countOf(n int64, exact bool, table string) string {
	noun := strings.ReplaceAll(table, "_", " ")
	if n == 1 && exact {
		noun = singular(noun)
	}
	if !exact {
		return "more than " + thousands(n) + " " + noun
	}
	return thousands(n) + " " + noun
}

// singular undoes the regular English plural endings: contacts, aliases, countries.
func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return strings.TrimSuffix(s, "ies") + "y"
	case strings.HasSuffix(s, "ses"), strings.HasSuffix(s, "xes"), strings.HasSuffix(s, "ches"), strings.HasSuffix(s, "shes"):
		return strings.TrimSuffix(s, "es")
	case strings.HasSuffix(s, "ss"):
		return s
	}
	return strings.TrimSuffix(s, "s")
}

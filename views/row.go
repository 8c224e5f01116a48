package views

import (
	"net/http"
	"slices"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// row answers /NAME/TABLE/PK[.json|.csv]: one row, what points to it and, for an
// article, its evidence. PK is the primary key's values, comma-joined and each
// tilde-encoded (see tilde.go): /hotline/contact_participants/5,12.
func (s *Server) row(w http.ResponseWriter, r *http.Request) error {
	if err := s.checkDB(r); err != nil {
		return err
	}
	name, err := tildeDecode(r.PathValue("table"))
	if err != nil {
		return invalid("%v", err)
	}
	ctx := r.Context()
	t, err := s.findTable(ctx, name)
	if err != nil {
		return err
	}
	pk, format, err := parsePK(r.PathValue("pk"), t)
	if err != nil {
		return err
	}
	ps, err := parseParams(r.URL.RawQuery)
	if err != nil {
		return err
	}
	if format != "" {
		rr, err := s.reader.Row(ctx, t.Name, pk)
		if err != nil {
			return err
		}
		return s.writeRow(w, ps, format, t, rr)
	}
	rr, err := s.reader.RowClipped(ctx, t.Name, pk, s.rowClip(t))
	if err != nil {
		return err
	}
	p := page.RowPage{
		Layout:  s.layout(ctx, rowTitle(t, pk, rr), s.dbCrumbs(page.Link{Text: t.Name, URL: s.tableURL(t.Name, "", nil)})),
		Table:   t.Name,
		Related: s.relatedLinks(t, rr),
		JSONURL: s.rowURL(t.Name, pk, "json"),
	}
	for i, c := range rr.Columns {
		p.Fields = append(p.Fields, page.RowField{Name: c, Cell: s.cell(t, c, rr.Values[i], rr.Labels, cellChars)})
	}
	for i := range p.Fields {
		if p.Fields[i].Cell.Cut {
			p.Fields[i].Cell.MoreURL = p.JSONURL
		}
	}
	if p.Article, err = s.articleEvidence(r, t, pk, rr); err != nil {
		return err
	}
	if p.Profile, err = s.actorProfile(r, t, pk); err != nil {
		return err
	}
	if p.Reports, err = s.contactReports(r, t, pk); err != nil {
		return err
	}
	if p.Reports == nil {
		if p.Reports, err = s.mentionReport(r, t, pk, rr); err != nil {
			return err
		}
	}
	if p.Reports == nil {
		if p.Reports, err = s.evidenceSentence(r, t, pk); err != nil {
			return err
		}
	}
	return s.render(w, r, http.StatusOK, page.Row(p))
}

// articleChars is how much of an article's text its row page shows with the evidence
// marked: far more than a cell, since evidence may sit anywhere in a long article, yet
// bounded, since a 50 MB "article" would otherwise make a 54 MB page.
const articleChars = 1 << 18

// rowClip is how many characters of each value a row page reads: the cell limit, or
// articleChars for the text of an article shown with its evidence.
func (s *Server) rowClip(t *db.Table) int {
	if t.Name == "articles" {
		return max(s.cfg.TruncateCells, articleChars)
	}
	return s.cfg.TruncateCells
}

// rowTitle names a row by its label column (a name, a title) when it has one, else by
// its table and key as Datasette does ("quotes: 12"): a bare "12" over a quote says
// nothing of what it is.
func rowTitle(t *db.Table, pk []string, rr *db.RowResult) string {
	key := strings.Join(pk, ",")
	if i := slices.Index(rr.Columns, t.Label); t.Label != "" && i >= 0 {
		if label := displayText(rr.Values[i]); label != "" {
			return label + " (" + key + ")"
		}
	}
	return t.Name + ": " + key
}

// parsePK splits the key segment into its values and its format suffix.
func parsePK(seg string, t *db.Table) ([]string, string, error) {
	if len(t.PrimaryKey) == 0 {
		return nil, "", notFound("%s has no primary key, so its rows have no pages", t.Name)
	}
	base, format := splitFormat(seg, "json", "csv")
	parts := strings.Split(base, ",")
	if len(parts) != len(t.PrimaryKey) {
		return nil, "", invalid("a row of %s is named by its primary key (%s), comma-separated, with a comma "+
			"inside a value written ~2C: this URL gives %s, not %d", t.Name, strings.Join(t.PrimaryKey, ", "),
			plural(len(parts), "value"), len(t.PrimaryKey))
	}
	for i, p := range parts {
		v, err := tildeDecode(p)
		if err != nil {
			return nil, "", invalid("%v", err)
		}
		parts[i] = v
	}
	return parts, format, nil
}

// writeRow writes the row as JSON (with its related and through counts) or CSV.
func (s *Server) writeRow(w http.ResponseWriter, ps params, format string, t *db.Table, rr *db.RowResult) error {
	rw, err := newRowWriter(w, outputFor(ps, format, t.Name, t.PrimaryKey), s.tableHead(t))
	if err != nil {
		return err
	}
	related := []map[string]any{}
	for _, rel := range rr.Related {
		related = append(related, map[string]any{"table": rel.Table, "column": rel.Column, "count": rel.Count})
	}
	through := []map[string]any{}
	for _, th := range rr.Through {
		through = append(through, map[string]any{"table": th.Table, "link": th.Link, "column": th.Column,
			"far_column": th.FarColumn, "count": th.Count})
	}
	return writeRows(rw, rr.Columns, [][]any{rr.Values}, []field{{"related", related}, {"through", through}})
}

package views

import (
	"net/http"
	"slices"
	"strconv"

	"hotline/db"
	"hotline/views/page"
)

// articleEvidence is the article's text with its evidence, for a row of the articles
// table that has a text column; nil for every other row. A database without evidence
// tables still shows its articles: the failure is logged and the text shown plain.
func (s *Server) articleEvidence(r *http.Request, t *db.Table, pk []string, rr *db.RowResult) (*page.Article, error) {
	ti := slices.Index(rr.Columns, "text")
	if t.Name != "articles" || len(pk) != 1 || ti < 0 {
		return nil, nil
	}
	text, _ := rr.Values[ti].(string)
	text, _ = truncate(text, articleChars) // read cut at articleChars+1 (rowClip)
	id, err := strconv.ParseInt(pk[0], 10, 64)
	if err != nil {
		return nil, invalid("article ids are whole numbers, not %q", pk[0])
	}
	ev, err := s.reader.Evidence(r.Context(), id)
	if err != nil {
		s.log.Warn("reading evidence", "article", id, "err", err)
		ev = nil
	}
	a := &page.Article{Segments: splitEvidence(text, ev)}
	runes := []rune(text)
	for _, e := range ev {
		start, end := clampSpan(e, len(runes))
		a.Evidence = append(a.Evidence, page.EvidenceItem{
			Table: e.Table, Rule: e.Rule, Label: e.Label, Start: e.Start, End: e.End,
			Quote: string(runes[start:end]),
			URL:   s.rowURL(e.Table, []string{strconv.FormatInt(e.RowID, 10)}, ""),
		})
	}
	return a, nil
}

// splitEvidence cuts text at every span boundary. Spans may overlap or nest; each
// resulting segment lists every span covering it, so no <mark> needs to nest.
// Offsets are runes; spans outside the text are clamped to it.
func splitEvidence(text string, ev []db.Evidence) []page.Segment {
	runes := []rune(text)
	cuts := []int{0, len(runes)}
	for _, e := range ev {
		start, end := clampSpan(e, len(runes))
		cuts = append(cuts, start, end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []page.Segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		seg := page.Segment{Text: string(runes[a:b])}
		for _, e := range ev {
			if start, end := clampSpan(e, len(runes)); start <= a && b <= end && start < end {
				seg.Marks = append(seg.Marks, e.Table+" · "+e.Rule+" · "+e.Label)
				if start == a {
					seg.Anchors = append(seg.Anchors, evidenceAnchor(e.Table, e.RowID))
				}
			}
		}
		out = append(out, seg)
	}
	return out
}

// clampSpan keeps a span inside a text of n runes, with start <= end.
func clampSpan(e db.Evidence, n int) (int, int) {
	start, end := min(max(e.Start, 0), n), min(max(e.End, 0), n)
	return start, max(start, end)
}

// evidenceAnchor is the id of the place in its article's text where an extracted row's
// span starts, the fragment that links to it: "ev-contact_mentions-7".
func evidenceAnchor(table string, id int64) string {
	return "ev-" + table + "-" + strconv.FormatInt(id, 10)
}

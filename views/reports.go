package views

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// contactReports is every report of a contact for its row page; nil for any other row.
// A database without the evidence tables shows the contact without them.
func (s *Server) contactReports(r *http.Request, t *db.Table, pk []string) (*page.ContactReports, error) {
	if t.Name != "contacts" || len(pk) != 1 {
		return nil, nil
	}
	id, err := strconv.ParseInt(pk[0], 10, 64)
	if err != nil {
		return nil, nil // a contacts table keyed otherwise is somebody else's
	}
	reps, err := s.reader.ContactReports(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if len(reps) == 0 {
		return nil, nil
	}
	out := s.reportsSection(plural(len(reps), "report")+" of this contact", "contact_mentions", reps)
	return &out, nil
}

// mentionReport is the report a row of contact_mentions is, for its row page: the
// sentence with the contact words and participants marked and the article that said it,
// as on the contact's page. The row itself holds only offsets (its sentence column is
// NULL once the offsets are kept), so without it a reader of the evidence saw no words.
// nil for any other row, or when the report cannot be found.
func (s *Server) mentionReport(r *http.Request, t *db.Table, pk []string, rr *db.RowResult) (*page.ContactReports, error) {
	ci := slices.Index(rr.Columns, "contact_id")
	if t.Name != "contact_mentions" || len(pk) != 1 || ci < 0 {
		return nil, nil
	}
	id, err := strconv.ParseInt(pk[0], 10, 64)
	if err != nil {
		return nil, nil
	}
	contact, ok := rr.Values[ci].(int64)
	if !ok {
		return nil, nil
	}
	reps, err := s.reader.ContactReports(r.Context(), contact)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(reps, func(rep db.ContactReport) bool { return rep.MentionID == id })
	if i < 0 {
		return nil, nil
	}
	out := s.reportsSection("This report in its sentence", "contact_mentions", reps[i:i+1])
	return &out, nil
}

// evidenceSentence is the sentence a row of quotes or actor_mentions was read from, its
// words marked, with its article, for the row's page; nil for any other row.
func (s *Server) evidenceSentence(r *http.Request, t *db.Table, pk []string) (*page.ContactReports, error) {
	if len(pk) != 1 {
		return nil, nil
	}
	id, err := strconv.ParseInt(pk[0], 10, 64)
	if err != nil {
		return nil, nil
	}
	rep, err := s.reader.EvidenceSentence(r.Context(), t.Name, id)
	if err != nil || rep == nil {
		return nil, err
	}
	out := s.reportsSection("The sentence it was read from", t.Name, []db.ContactReport{*rep})
	return &out, nil
}

// reportsSection shows reports under heading: each sentence marked, with a link to its
// place in its article (the span of the row of table the report is).
func (s *Server) reportsSection(heading, table string, reps []db.ContactReport) page.ContactReports {
	out := page.ContactReports{Heading: heading}
	for _, rep := range reps {
		out.Reports = append(out.Reports, page.ContactReport{
			Sentence:   markSentence(rep.Sentence, rep.Spans),
			Article:    cmp.Or(rep.Title, rep.Source),
			ArticleURL: s.rowURL("articles", []string{strconv.FormatInt(rep.ArticleID, 10)}, "") + spanFragment(table, rep),
			Publisher:  rep.Publisher,
			Published:  rep.Published,
			URL:        webURL(rep.URL),
			Status:     rep.Status,
			Said:       reportSaid(rep),
		})
	}
	return out
}

// reportSaid is what an article said of a contact besides its status.
func reportSaid(rep db.ContactReport) string {
	var parts []string
	if rep.Mode != "" {
		parts = append(parts, rep.Mode)
	}
	switch {
	case rep.Date != "" && rep.DateText != "":
		parts = append(parts, rep.Date+" ("+rep.DateText+")")
	case rep.Date != "":
		parts = append(parts, rep.Date)
	case rep.DateText != "":
		parts = append(parts, `"`+rep.DateText+`"`)
	}
	if rep.Rule != "" {
		parts = append(parts, "rule "+rep.Rule)
	}
	return strings.Join(parts, ", ")
}

// markSentence cuts a sentence at the edges of its highlights. Spans that overlap are
// cut apart; where a contact word and a participant overlap, the contact word wins.
func markSentence(sentence string, spans []db.ReportSpan) []page.MarkedText {
	runes := []rune(sentence)
	kind := make([]string, len(runes))
	title := make([]string, len(runes))
	order := slices.Clone(spans)
	slices.SortStableFunc(order, func(a, b db.ReportSpan) int { // participants first, so contact words overwrite them
		return cmp.Compare(b.Kind, a.Kind)
	})
	for _, sp := range order {
		for i := max(sp.Start, 0); i < min(sp.End, len(runes)); i++ {
			kind[i], title[i] = sp.Kind, sp.Label
		}
	}
	var out []page.MarkedText
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && kind[j] == kind[i] && title[j] == title[i] {
			j++
		}
		out = append(out, page.MarkedText{Text: string(runes[i:j]), Kind: kind[i], Title: title[i]})
		i = j
	}
	return out
}

// webURL keeps a URL only when it is a web address: an article's url column comes from
// whatever was imported.
func webURL(u string) string {
	if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		return u
	}
	return ""
}

// spanFragment is the fragment of a report's place in its article text ("#ev-quotes-3"),
// "" when the report has no span of its own (a row without offsets has no place there).
func spanFragment(table string, rep db.ContactReport) string {
	if !slices.ContainsFunc(rep.Spans, func(sp db.ReportSpan) bool { return sp.Kind != "participant" }) {
		return ""
	}
	return "#" + evidenceAnchor(table, rep.MentionID)
}

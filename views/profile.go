package views

import (
	"net/http"
	"strconv"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// actorProfileJSON answers /NAME/-/actor/ID.json: the data of an actor's profile.
func (s *Server) actorProfileJSON(w http.ResponseWriter, r *http.Request) error {
	if err := s.checkDB(r); err != nil {
		return err
	}
	seg, format := splitFormat(r.PathValue("id"), "json")
	id, err := strconv.ParseInt(seg, 10, 64)
	if err != nil || format != "json" {
		return notFound("no actor profile at %s: use /%s/-/actor/ID.json", r.URL.Path, s.reader.Name())
	}
	p, err := s.reader.ActorProfile(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, p)
}

// actorProfile builds the profile section of actor pk's row page; nil when the row is
// not an actor's or the database lacks the exploration views.
func (s *Server) actorProfile(r *http.Request, t *db.Table, pk []string) (*page.ActorProfile, error) {
	if t.Name != "actors" || len(pk) != 1 {
		return nil, nil
	}
	id, err := strconv.ParseInt(pk[0], 10, 64)
	if err != nil {
		return nil, nil
	}
	if _, err := s.findTable(r.Context(), "contact_partners"); err != nil {
		return nil, nil
	}
	prof, err := s.reader.ActorProfile(r.Context(), id)
	if err != nil {
		return nil, err
	}
	ids := strconv.FormatInt(id, 10)
	mine := params{{"actor_id", ids}}
	p := &page.ActorProfile{
		Summary: strings.Join(nonEmpty(prof.Role, prof.Kind, plural(prof.Contacts, "contact")), " · "),
		JSONURL: withFormat(s.dbURL("")+"/-/actor/"+ids, "json"),
		Links: []page.Link{
			{Text: "contacts", URL: s.tableURL("contact_partners", "", mine)},
			{Text: "partners", URL: s.tableURL("actor_partners", "", mine.with("_sort_desc", "contacts"))},
			{Text: "network", URL: s.pictureURL("network", "", mine)},
			{Text: "events", URL: s.pictureURL("events", "jsonl", mine.with("_table", "contact_partners"))},
		},
	}
	if prof.Country != "" {
		p.Country = page.Link{Text: prof.Country, URL: s.countryURL(prof.Country, "")}
	}
	q := db.TableQuery{Table: "contact_partners", Filters: []db.Filter{{Column: "actor_id", Op: "exact", Value: ids}}}
	p.Timeline = s.timelineOf(r, q, "contact_partners", mine)
	n, err := s.reader.Network(r.Context(), q, 200)
	if err != nil {
		return nil, err
	}
	p.Network = s.networkBox(n, mine.with("_limit", "200"), true)
	for _, pt := range prof.Partners {
		p.Partners = append(p.Partners, page.RankedLink{
			Link: page.Link{Text: pt.Name, URL: s.rowURL("actors", []string{strconv.FormatInt(pt.ID, 10)}, "")},
			Sub:  strings.Join(nonEmpty(pt.Country, dateSpan(pt.FirstDate, pt.LastDate)), " "), Count: pt.Contacts,
		})
	}
	for _, qt := range prof.Quotes {
		text, _ := truncate(qt.Text, 160)
		p.Quotes = append(p.Quotes, page.RankedLink{
			Link: page.Link{Text: "“" + text + "”", URL: s.rowURL("quotes", []string{strconv.FormatInt(qt.ID, 10)}, "")},
			Sub:  strings.Join(nonEmpty(qt.Date, qt.Extra), " "),
		})
	}
	for _, a := range prof.Articles {
		p.Articles = append(p.Articles, page.RankedLink{
			Link: page.Link{Text: a.Text, URL: s.rowURL("articles", []string{strconv.FormatInt(a.ID, 10)}, "")},
			Sub:  strings.Join(nonEmpty(a.Date, a.Extra), " "),
		})
	}
	for _, al := range prof.Aliases {
		p.Aliases = append(p.Aliases, page.RankedLink{Link: page.Link{Text: al.Alias}, Count: al.Count})
	}
	return p, nil
}

// country answers /NAME/-/country/CODE[.json]: a country's actors, partner countries,
// contacts over time and network.
func (s *Server) country(w http.ResponseWriter, r *http.Request) error {
	if err := s.checkDB(r); err != nil {
		return err
	}
	code, format, err := decodeSegment(r.PathValue("code"), "json")
	if err != nil {
		return err
	}
	if up := strings.ToUpper(code); len(code) == 2 && up != code && strings.Trim(code, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		// Codes are case-insensitive to the people who type them ("us"); the page has
		// one address, so a lowercase code redirects to it.
		to := s.countryURL(up, format)
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, http.StatusMovedPermanently)
		return nil
	}
	if len(code) != 2 || strings.ToUpper(code) != code {
		return notFound("no country %q: countries are two capital letters (ISO 3166-1), as in /%s/-/country/RU", code, s.reader.Name())
	}
	prof, err := s.reader.CountryProfile(r.Context(), code)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(w, prof)
	}
	mine := params{{"country", code}}
	p := page.CountryPage{
		Layout:  s.layout(r.Context(), code, s.dbCrumbs(page.Link{Text: "actors", URL: s.tableURL("actors", "", nil)})),
		Summary: plural(len(prof.Actors), "actor") + " · " + plural(prof.Contacts, "contact"),
		JSONURL: s.countryURL(code, "json"),
		Links: []page.Link{
			{Text: "actors", URL: s.tableURL("actors", "", mine)},
			{Text: "contacts", URL: s.tableURL("contact_partners", "", mine)},
			{Text: "partner countries", URL: s.tableURL("country_pairs", "", mine.with("_sort_desc", "contacts"))},
			{Text: "network", URL: s.pictureURL("network", "", mine)},
			{Text: "country matrix", URL: s.pictureURL("matrix", "", mine)},
		},
	}
	if _, err := s.findTable(r.Context(), "contact_partners"); err == nil {
		q := db.TableQuery{Table: "contact_partners", Filters: []db.Filter{{Column: "country", Op: "exact", Value: code}}}
		p.Timeline = s.timelineOf(r, q, "contact_partners", mine)
		n, err := s.reader.Network(r.Context(), q, 300)
		if err != nil {
			return err
		}
		p.Network = s.networkBox(n, mine.with("_limit", "300"), true)
	}
	for _, a := range prof.Actors {
		p.Actors = append(p.Actors, page.RankedLink{
			Link: page.Link{Text: a.Name, URL: s.rowURL("actors", []string{strconv.FormatInt(a.ID, 10)}, "")}, Count: a.Contacts,
		})
	}
	for _, pc := range prof.Partners {
		p.Partners = append(p.Partners, page.RankedLink{
			Link: page.Link{Text: countryLabel(pc.Name), URL: s.countryLinkURL(pc.Name)},
			Sub:  dateSpan(pc.FirstDate, pc.LastDate), Count: pc.Contacts,
		})
	}
	return s.render(w, r, http.StatusOK, page.Country(p))
}

// nonEmpty drops empty strings.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// dateSpan is "2022-01-20 – 2022-02-01", one date when both are equal, "" when none.
func dateSpan(first, last string) string {
	switch {
	case first == "":
		return ""
	case first == last:
		return first
	}
	return first + " – " + last
}

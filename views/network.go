package views

import (
	"net/http"
	"sort"
	"strconv"

	"hotline/db"
	"hotline/views/page"
)

// networkLimit is how many actors a network draws unless _limit says otherwise.
const networkLimit = 2000

// network answers /NAME/-/network[.json|.gexf|.graphml]: who talks to whom among the
// contacts the filters select (those of contact_partners by default: date__gte,
// date__lte, country, partner_country, mode, status, actor_id).
func (s *Server) network(format string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if err := s.checkDB(r); err != nil {
			return err
		}
		if done, err := fixForm(w, r, format); done {
			return err
		}
		q, filters, own, err := s.pictureQuery(r, "contact_partners", "_limit")
		if err != nil {
			return err
		}
		limit := networkLimit
		if v := own.get("_limit"); v != "" {
			if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > db.MaxNetworkNodes {
				return invalid("_limit must be a whole number from 1 to %d, not %q", db.MaxNetworkNodes, v)
			}
		}
		n, err := s.reader.Network(r.Context(), q, limit)
		if err != nil {
			return err
		}
		switch format {
		case "json":
			return writeJSON(w, n)
		case "gexf":
			return writeGEXF(w, n, s.reader.Name())
		case "graphml":
			return writeGraphML(w, n)
		}
		return s.render(w, r, http.StatusOK, page.NetworkView(s.networkPage(r, q, n, filters.with("_limit", strconv.Itoa(limit)))))
	}
}

// networkPage is the network's HTML: the filter form, the picture, and the same data as
// tables for readers without script.
func (s *Server) networkPage(r *http.Request, q db.TableQuery, n *db.Network, filters params) page.NetworkPage {
	pictureParams := filters.without("_limit")
	p := page.NetworkPage{
		Layout:  s.layout(r.Context(), "Network", s.dbCrumbs()),
		Filters: s.pictureFilters(s.dbURL("")+"/-/network", pictureParams),
		Box:     s.networkBox(n, filters, false),
		Exports: []page.Link{
			{Text: "JSON", URL: s.pictureURL("network", "json", filters)},
			{Text: "GEXF (Gephi)", URL: s.pictureURL("network", "gexf", filters)},
			{Text: "GraphML", URL: s.pictureURL("network", "graphml", filters)},
			{Text: "events JSONL", URL: s.pictureURL("events", "jsonl", pictureParams.without("_table").with("_table", q.Table))},
			{Text: "events CSV", URL: s.pictureURL("events", "csv", pictureParams.without("_table").with("_table", q.Table))},
			{Text: "country matrix", URL: s.pictureURL("matrix", "", pictureParams)},
			{Text: "rows", URL: s.tableURL("contact_partners", "", pictureParams)},
		},
	}
	names := map[int64]string{}
	for i, nd := range n.Nodes {
		names[nd.ID] = nd.Name
		if i < 30 {
			p.Actors = append(p.Actors, page.RankedLink{
				Link: page.Link{Text: nd.Name, URL: s.rowURL("actors", []string{strconv.FormatInt(nd.ID, 10)}, "")},
				Sub:  nd.Country, Count: nd.Contacts,
			})
		}
	}
	edges := append([]db.Edge(nil), n.Edges...)
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].Contacts > edges[j].Contacts })
	for i, e := range edges {
		if i == 30 {
			break
		}
		p.Pairs = append(p.Pairs, page.PairLink{
			A:     page.Link{Text: names[e.Source], URL: s.rowURL("actors", []string{strconv.FormatInt(e.Source, 10)}, "")},
			B:     page.Link{Text: names[e.Target], URL: s.rowURL("actors", []string{strconv.FormatInt(e.Target, 10)}, "")},
			Count: e.Contacts,
			URL: s.tableURL("contact_partners", "", pictureParams.without("actor_id", "partner_id").
				with("actor_id", strconv.FormatInt(e.Source, 10)).with("partner_id", strconv.FormatInt(e.Target, 10))),
		})
	}
	return p
}

// networkBox is the picture's box; small for an actor's neighbourhood.
func (s *Server) networkBox(n *db.Network, filters params, small bool) page.NetworkBox {
	return page.NetworkBox{
		DataURL:  s.pictureURL("network", "json", filters),
		ActorURL: s.dbURL("") + "/actors/",
		Nodes:    len(n.Nodes), AllNodes: n.AllNodes, Edges: len(n.Edges), Contacts: n.Contacts,
		Small:   small,
		Scripts: []string{s.assets.url("graphology-0.26.0.min.js"), s.assets.url("sigma-3.0.3.min.js"), s.assets.url("graphology-layout-forceatlas2-0.10.1.min.js"), s.assets.url("network.js")},
	}
}

// pictureURL is /NAME/-/NAME[.format]?params.
func (s *Server) pictureURL(name, format string, ps params) string {
	return withFormat(s.dbURL("")+"/-/"+name, format) + ps.query()
}

// pictureFilters is the form above a picture: the contact_partners filters people use
// most, prefilled from the URL; other parameters ride along hidden.
func (s *Server) pictureFilters(action string, ps params) page.PictureFilters {
	f := page.PictureFilters{Action: action}
	fields := []struct{ key, label string }{
		{"date__gte", "from"}, {"date__lte", "to"}, {"country", "country"}, {"partner_country", "partner country"},
	}
	known := map[string]bool{"mode": true, "status": true}
	for _, fl := range fields {
		known[fl.key] = true
		f.Inputs = append(f.Inputs, page.Field{Name: fl.key, Value: ps.get(fl.key)})
		f.Labels = append(f.Labels, fl.label)
	}
	f.Modes = choices(ps.get("mode"), db.ByMode.Values())
	f.Statuses = choices(ps.get("status"), db.ByStatus.Values())
	for _, p := range ps {
		if !known[p.Key] {
			f.Hidden = append(f.Hidden, page.Field{Name: p.Key, Value: p.Value})
		}
	}
	return f
}

// choices are a select's options with "any" first.
func choices(current string, values []string) []page.Option {
	out := []page.Option{{Value: "", Label: "any", Selected: current == ""}}
	for _, v := range values {
		out = append(out, page.Option{Value: v, Label: v, Selected: v == current})
	}
	return out
}

package views

import (
	"net/http"
	"strings"

	"hotline/db"
)

// pictureQuery reads the contacts a picture draws from its URL: _table names a contact
// source (db.ContactSources; def when absent) and every other parameter is read as on
// that table's page (col__op=value filters, _search, _through), so a picture of
// /hotline/contacts?mode=phone is /hotline/-/timeline.json?_table=contacts&mode=phone.
// own are the picture's own underscore parameters, returned apart.
func (s *Server) pictureQuery(r *http.Request, def string, own ...string) (db.TableQuery, params, params, error) {
	ps, err := parseParams(r.URL.RawQuery)
	if err != nil {
		return db.TableQuery{}, nil, nil, err
	}
	name := ps.get("_table")
	if name == "" {
		name = def
	}
	if _, ok := db.FindContactSource(name); !ok {
		return db.TableQuery{}, nil, nil, invalid("_table must be a table of contacts (contacts, contact_timeline or contact_partners), not %q", name)
	}
	t, err := s.findTable(r.Context(), name)
	if err != nil {
		return db.TableQuery{}, nil, nil, notFound("%s has no %s: it was made by an older Hotline; run `hotline import --db FILE` once to add the exploration views", s.reader.Name(), name)
	}
	var mine, kept params
	for _, p := range ps {
		// An empty field of a picture's filter form is no filter, not "equals ''".
		if p.Value != "" || strings.HasPrefix(p.Key, "_") {
			kept = append(kept, p)
		}
	}
	ps = kept
	for _, p := range ps {
		for _, o := range own {
			if p.Key == o {
				mine = append(mine, p)
			}
		}
	}
	filters := ps.without(append([]string{"_table"}, own...)...)
	q, err := parseTableQuery(filters.without("_size", "_next", "_sort", "_sort_desc", "_facet", "_col", "_nocol"), t, s.cfg)
	if err != nil && name == "contacts" && db.ErrorCode(err) == db.EINVALID {
		// contacts has no names or countries; the view beside it has.
		return db.TableQuery{}, nil, nil, invalid("%s (filters on actors and countries need _table=contact_partners)", db.ErrorMessage(err))
	}
	if err != nil {
		return db.TableQuery{}, nil, nil, err
	}
	q.Size, q.Next = 0, ""
	return q, filters, mine, nil
}

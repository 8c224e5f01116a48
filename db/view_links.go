package db

// ViewLink is a link a view cannot declare: SQLite views have no foreign keys, yet their
// ids and names name rows (contact_partners.partner_id is an actor) and their country
// columns name countries. The explorer links these cells as it links foreign keys.
type ViewLink struct {
	View   string
	Column string
	// Table and Key: the row Column's value points at (actors.id). For a name column,
	// IDColumn is the view's column that holds the key, and Column only shows the name.
	Table, Key, IDColumn string
	// Country: Column holds an ISO country code, which links to the country's page.
	Country bool
}

// viewLinks lists the links of Hotline's own views. It is data, read when the schema is
// read; a view of another name (or a user's own view) gets none.
func viewLinks() []ViewLink {
	actor := func(view, id, name string) []ViewLink {
		return []ViewLink{
			{View: view, Column: id, Table: "actors", Key: "id"},
			{View: view, Column: name, Table: "actors", Key: "id", IDColumn: id},
		}
	}
	country := func(view, col string) ViewLink { return ViewLink{View: view, Column: col, Country: true} }
	var out []ViewLink
	out = append(out, ViewLink{View: "contact_partners", Column: "contact_id", Table: "contacts", Key: "id"})
	out = append(out, actor("contact_partners", "actor_id", "actor")...)
	out = append(out, actor("contact_partners", "partner_id", "partner")...)
	out = append(out, country("contact_partners", "country"), country("contact_partners", "partner_country"))
	out = append(out, actor("actor_partners", "actor_id", "actor")...)
	out = append(out, actor("actor_partners", "partner_id", "partner")...)
	out = append(out, country("actor_partners", "country"), country("actor_partners", "partner_country"))
	out = append(out, actor("actor_pairs", "actor_a_id", "actor_a")...)
	out = append(out, actor("actor_pairs", "actor_b_id", "actor_b")...)
	out = append(out, country("country_pairs", "country"), country("country_pairs", "partner_country"))
	out = append(out, ViewLink{View: "contact_timeline", Column: "id", Table: "contacts", Key: "id"})
	out = append(out, actor("quotes_by_speaker", "speaker_id", "name")...)
	out = append(out, country("quotes_by_speaker", "country"))
	return out
}

// linkViews gives views their links: an id column becomes a foreign key (so pages label and
// link it, and facets on it name their values), a name or country column a ViewLink. They
// are not added to the target's Incoming keys: a row page counts only stored rows pointing
// at it, never rows of a view that may be costly to compute.
func linkViews(s *Schema) {
	for _, l := range viewLinks() {
		v := s.Table(l.View)
		if v == nil || !v.View {
			continue
		}
		if _, ok := v.column(l.Column); !ok {
			continue
		}
		if l.IDColumn == "" && !l.Country {
			target := s.Table(l.Table)
			if target == nil {
				continue
			}
			v.ForeignKeys = append(v.ForeignKeys, ForeignKey{Table: v.Name, Column: l.Column, RefTable: target.Name, RefColumn: l.Key})
			continue
		}
		v.Links = append(v.Links, l)
	}
}

package views

import (
	"encoding/json"
	"strings"

	"hotline/db"
	"hotline/views/page"
)

// throughJSON is one _through parameter as Datasette writes it:
// {"table":"contact_participants","column":"actor_id","value":"5"}.
type throughJSON struct {
	Table  string          `json:"table"`
	Column string          `json:"column"`
	Value  json.RawMessage `json:"value"`
}

// parseThrough reads every _through parameter. The value may be a JSON string or number
// (Datasette's own links write either); the table and column are checked by db.
func parseThrough(ps params) ([]db.Through, error) {
	var out []db.Through
	for _, raw := range ps.all("_through") {
		var tj throughJSON
		dec := json.NewDecoder(strings.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&tj); err != nil {
			return nil, invalid(`_through must be JSON like {"table":"contact_participants","column":"actor_id","value":"5"}, not %q: %v`, raw, err)
		}
		if tj.Table == "" || tj.Column == "" || len(tj.Value) == 0 {
			return nil, invalid(`_through needs "table", "column" and "value", got %q`, raw)
		}
		v, err := throughValue(tj.Value)
		if err != nil {
			return nil, invalid("_through %q: %v", raw, err)
		}
		out = append(out, db.Through{Table: tj.Table, Column: tj.Column, Value: v})
	}
	return out, nil
}

// throughValue is the text of a JSON string or number.
func throughValue(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", invalid(`"value" must be a string or a number`)
}

// throughParam is the _through value that leads from a link table's column = value to
// the rows it links: what row pages link to.
func throughParam(table, column, value string) string {
	b, _ := json.Marshal(map[string]string{"table": table, "column": column, "value": value}) // strings only: cannot fail
	return string(b)
}

// describeThrough is a Through in words: "of Joe Biden via contact_participants", or
// "via contact_participants (actor_id = 5)" when the value's row has no label.
func describeThrough(th db.Through, label string) string {
	if label != "" {
		return "of " + label + " via " + th.Table
	}
	return "via " + th.Table + " (" + th.Column + " = " + describeValue(th.Value) + ")"
}

// throughChip shows a _through among the active filters, as link.column = value, so it
// can be removed like any other filter.
func (s *Server) throughChip(t *db.Table, base params, p param) (page.ActiveFilter, bool) {
	through, err := parseThrough(params{p})
	if err != nil || len(through) != 1 {
		return page.ActiveFilter{}, false // already rejected before the page was built
	}
	th := through[0]
	return page.ActiveFilter{
		Column:    th.Table + "." + th.Column,
		Op:        "=",
		Value:     th.Value,
		RemoveURL: s.tableURL(t.Name, "", base.withoutPair(p.Key, p.Value)),
	}, true
}

package db

import (
	"context"
	"database/sql"
	"sort"
)

// Matrix counts contacts between the actors of each pair of countries: Cells[i][j] is the
// number of contacts in which an actor of Countries[i] met or called one of Countries[j].
// It is symmetric; the diagonal counts contacts between two actors of one country. ""
// stands for actors whose country is not known.
type Matrix struct {
	Countries []string `json:"countries"`
	Totals    []int    `json:"totals"` // contacts of each country with any partner
	Cells     [][]int  `json:"cells"`
	Max       int      `json:"max"`
}

const sqlMatrixTotals = `SELECT coalesce(country, ''), count(DISTINCT contact_id)`

// CountryMatrix counts the contacts between countries among the rows of contact_partners
// that q selects (q.Table must be contact_partners: its filters are on the same rows the
// cells count, so each cell's link, the same filters plus country and partner_country,
// lists exactly the cell's contacts).
func (r *Reader) CountryMatrix(ctx context.Context, q TableQuery) (*Matrix, error) {
	if q.Table != "contact_partners" {
		return nil, Errorf(EINVALID, "the country matrix is drawn from contact_partners, not %s", q.Table)
	}
	q.Facets, q.Sort, q.Columns = nil, "", nil
	_, p, err := r.plan(ctx, q)
	if err != nil {
		return nil, err
	}
	ctx, _, done, err := r.session(ctx, r.pictureTimeLimit())
	if err != nil {
		return nil, err
	}
	defer done()
	g, release := r.use(ctx)
	defer release()
	// Kept with the file's generation (derivedCache), as timelines and networks: the
	// matrix counts every contact its filters select, twice.
	from := p.from(quoteIdent("partner_id") + " IS NOT NULL")
	v, waited, err := r.cached(ctx, g, derivedKey("matrix", from, p.args), r.pictureTimeLimit(), func(ctx context.Context) (any, bool, error) {
		c, err := r.conn(ctx, g)
		if err != nil {
			return nil, false, err
		}
		defer c.Close()
		m, err := readMatrix(ctx, c, from, p.args)
		return m, err == nil, err
	})
	if err := r.pictureErr(err, waited, "the matrix of these contacts is still being counted"); err != nil {
		return nil, err
	}
	return v.(*Matrix), nil
}

// readMatrix counts the contacts between countries of the rows of contact_partners that
// from (its FROM ... WHERE ...) selects.
func readMatrix(ctx context.Context, c *sql.Conn, from string, args []any) (*Matrix, error) {
	m := &Matrix{Countries: []string{}, Totals: []int{}, Cells: [][]int{}}
	type cell struct {
		a, b string
		n    int
	}
	var cells []cell
	err := eachRow(ctx, c, "SELECT coalesce(country, ''), coalesce(partner_country, ''), count(DISTINCT contact_id)"+from+" GROUP BY 1, 2", args,
		func(row []any) error {
			cells = append(cells, cell{asText(row[0]), asText(row[1]), int(asInt(row[2]))})
			return nil
		})
	if err != nil {
		return nil, err
	}
	totals := map[string]int{}
	err = eachRow(ctx, c, sqlMatrixTotals+from+" GROUP BY 1", args, func(row []any) error {
		totals[asText(row[0])] = int(asInt(row[1]))
		return nil
	})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, x := range cells {
		for _, k := range []string{x.a, x.b} {
			if !seen[k] {
				seen[k] = true
				m.Countries = append(m.Countries, k)
			}
		}
	}
	sort.Slice(m.Countries, func(i, j int) bool {
		a, b := m.Countries[i], m.Countries[j]
		if totals[a] != totals[b] {
			return totals[a] > totals[b]
		}
		return a < b
	})
	index := map[string]int{}
	for i, k := range m.Countries {
		index[k] = i
		m.Totals = append(m.Totals, totals[k])
		m.Cells = append(m.Cells, make([]int, len(m.Countries)))
	}
	for _, x := range cells {
		m.Cells[index[x.a]][index[x.b]] = x.n
		m.Max = max(m.Max, x.n)
	}
	return m, nil
}

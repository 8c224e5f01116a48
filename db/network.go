package db

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
)

// MaxNetworkNodes bounds a network: beyond it the most connected actors are kept. The
// browser draws 2,000 actors and 10,000 edges smoothly; a file export may ask for more.
const MaxNetworkNodes = 20000

// Network is who talks to whom among the contacts a query selects: actors (nodes) with
// their number of contacts, and pairs of actors (edges) with the number of contacts they
// shared. A contact of three actors is one contact for each of its three pairs.
type Network struct {
	Table string `json:"table"`
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
	// AllNodes is the number of actors before Limit cut the least connected ones.
	AllNodes int `json:"all_nodes"`
	Contacts int `json:"contacts"`
}

// Node is one actor of a network.
type Node struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Role     string `json:"role"`
	Country  string `json:"country"`
	Contacts int    `json:"contacts"`
}

// Edge is one pair of actors (Source < Target) and the contacts they took part in together.
type Edge struct {
	Source   int64 `json:"source"`
	Target   int64 `json:"target"`
	Contacts int   `json:"contacts"`
	Phone    int   `json:"phone"`
	Video    int   `json:"video"`
	Meeting  int   `json:"meeting"`
	Other    int   `json:"unspecified"`
}

const (
	sqlNetworkNodes = `SELECT a.id, a.name, a.kind, coalesce(a.role, ''), coalesce(a.country, ''), count(*)
  FROM contact_participants p JOIN actors a ON a.id = p.actor_id
 WHERE p.contact_id IN (%s)
 GROUP BY a.id ORDER BY count(*) DESC, a.id`
	sqlNetworkEdges = `SELECT pa.actor_id, pb.actor_id, count(*),
       sum(c.mode = 'phone'), sum(c.mode = 'video'), sum(c.mode = 'meeting'), sum(c.mode = 'unspecified')
  FROM contact_participants pa
  JOIN contact_participants pb ON pb.contact_id = pa.contact_id AND pb.actor_id > pa.actor_id
  JOIN contacts c ON c.id = pa.contact_id
 WHERE pa.contact_id IN (%s)
 GROUP BY pa.actor_id, pb.actor_id`
	sqlNetworkContacts = `SELECT count(DISTINCT contact_id) FROM contact_participants WHERE contact_id IN (%s)`
)

// Network reads the network of the contacts q selects, keeping the limit most connected
// actors (0: MaxNetworkNodes) and the edges between them. The network is kept with the
// file's generation (derivedCache) and shared with other requests: do not change it. A
// network aggregates every contact its filter selects (a country's page draws one, its
// "network" link another of the same contacts), 200 ms of CPU at 30,000 contacts, each
// time it was drawn.
func (r *Reader) Network(ctx context.Context, q TableQuery, limit int) (*Network, error) {
	if limit <= 0 || limit > MaxNetworkNodes {
		limit = MaxNetworkNodes
	}
	ctx, _, sel, done, err := r.selectContacts(ctx, q)
	if err != nil {
		return nil, err
	}
	defer done()
	g, release := r.use(ctx)
	defer release()
	key := derivedKey("network:"+strconv.Itoa(limit)+":"+q.Table, sel.sql, sel.args)
	v, waited, err := r.cached(ctx, g, key, r.pictureTimeLimit(), func(ctx context.Context) (any, bool, error) {
		c, err := r.conn(ctx, g)
		if err != nil {
			return nil, false, err
		}
		defer c.Close()
		n, err := readNetwork(ctx, c, q.Table, sel, limit)
		return n, err == nil && len(n.Edges) <= keptNetworkEdges, err
	})
	if err := r.pictureErr(err, waited, "the network of these contacts is still being drawn"); err != nil {
		return nil, err
	}
	return v.(*Network), nil
}

// keptNetworkEdges bounds the networks kept for later requests (a few MB each): a bigger
// one, which only a file export asks for, is computed for its request alone.
const keptNetworkEdges = 50000

// readNetwork computes the network of the contacts sel selects on c.
func readNetwork(ctx context.Context, c *sql.Conn, table string, sel selection, limit int) (*Network, error) {
	n := &Network{Table: table, Nodes: []Node{}, Edges: []Edge{}}
	keep := map[int64]bool{}
	err := eachRow(ctx, c, fmt.Sprintf(sqlNetworkNodes, sel.sql), sel.args, func(row []any) error {
		n.AllNodes++
		if len(n.Nodes) == limit {
			return nil
		}
		node := Node{ID: asInt(row[0]), Name: asText(row[1]), Kind: asText(row[2]), Role: asText(row[3]),
			Country: asText(row[4]), Contacts: int(asInt(row[5]))}
		keep[node.ID] = true
		n.Nodes = append(n.Nodes, node)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, c, fmt.Sprintf(sqlNetworkEdges, sel.sql), sel.args, func(row []any) error {
		e := Edge{Source: asInt(row[0]), Target: asInt(row[1]), Contacts: int(asInt(row[2])),
			Phone: int(asInt(row[3])), Video: int(asInt(row[4])), Meeting: int(asInt(row[5])), Other: int(asInt(row[6]))}
		if keep[e.Source] && keep[e.Target] {
			n.Edges = append(n.Edges, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, c, fmt.Sprintf(sqlNetworkContacts, sel.sql), sel.args, func(row []any) error {
		n.Contacts = int(asInt(row[0]))
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(n.Edges, func(i, j int) bool {
		if n.Edges[i].Source != n.Edges[j].Source {
			return n.Edges[i].Source < n.Edges[j].Source
		}
		return n.Edges[i].Target < n.Edges[j].Target
	})
	return n, nil
}

// asInt reads an integer column (NULL is 0).
func asInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case float64:
		return int64(x)
	}
	return 0
}

// asText reads a text column (NULL is "").
func asText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	}
	return ""
}

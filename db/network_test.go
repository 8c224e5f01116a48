package db_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"hotline/db"
	"hotline/db/synth"
)

// TestNetworkIsKept: a network is computed once per file state and shared, as timelines
// are: a country's page and its network page aggregated the same contacts each time they
// were drawn (200 ms of CPU at 30,000 contacts). Another filter or limit is another network.
func TestNetworkIsKept(t *testing.T) {
	r := synthReader(t, 5)
	network := func(q db.TableQuery, limit int) *db.Network {
		t.Helper()
		n, err := r.Network(context.Background(), q, limit)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	all := db.TableQuery{Table: "contacts"}
	phone := db.TableQuery{Table: "contacts", Filters: []db.Filter{{Column: "mode", Op: "exact", Value: "phone"}}}
	first := network(all, 0)
	if len(first.Nodes) == 0 || len(first.Edges) == 0 {
		t.Fatalf("empty network: %d nodes, %d edges", len(first.Nodes), len(first.Edges))
	}
	tests := []struct {
		name  string
		q     db.TableQuery
		limit int
		same  bool
	}{
		{"same query", all, 0, true},
		{"another filter", phone, 0, false},
		{"another limit", all, 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := network(tt.q, tt.limit); (got == first) != tt.same {
				t.Errorf("shared with the first network: %v, want %v", got == first, tt.same)
			}
		})
	}
	if n := network(all, 3); len(n.Nodes) != 3 {
		t.Errorf("limit 3 kept %d nodes", len(n.Nodes))
	}
}

// synthReader reads a small synthetic database (synthFile) with 5 s of SQL time.
func synthReader(tb testing.TB, seed uint64) *db.Reader {
	tb.Helper()
	return openReader(tb, synthFile(tb, seed), db.ReadOptions{SQLTimeLimit: 5 * time.Second})
}

// synthFile writes a small synthetic database (10 articles, 12 actors, 80 contacts) made
// from seed and returns its path.
func synthFile(tb testing.TB, seed uint64) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "synth.db")
	if err := synth.Write(context.Background(), path, synth.Options{Articles: 10, Actors: 12, Contacts: 80, Seed: seed}); err != nil {
		tb.Fatal(err)
	}
	return path
}

// TestMatrixIsKept: the country matrix is computed once per file state and shared, as
// networks are: it counted every contact of the file twice each time it was drawn.
func TestMatrixIsKept(t *testing.T) {
	r := synthReader(t, 7)
	matrix := func(q db.TableQuery) *db.Matrix {
		t.Helper()
		m, err := r.CountryMatrix(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	all := db.TableQuery{Table: "contact_partners"}
	first := matrix(all)
	if len(first.Countries) == 0 {
		t.Fatal("empty matrix")
	}
	tests := []struct {
		name string
		q    db.TableQuery
		same bool
	}{
		{"same query", all, true},
		{"another filter", db.TableQuery{Table: "contact_partners", Filters: []db.Filter{{Column: "mode", Op: "exact", Value: "phone"}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matrix(tt.q); (got == first) != tt.same {
				t.Errorf("shared with the first matrix: %v, want %v", got == first, tt.same)
			}
		})
	}
}

// TestCountryProfileIsKept: a country's page is computed once per file state and shared,
// as its network is: it counted the contacts of every actor of the country each time.
// Another country is another profile; a country without actors is still not found.
func TestCountryProfileIsKept(t *testing.T) {
	path := synthFile(t, 9)
	r := openReader(t, path, db.ReadOptions{SQLTimeLimit: 5 * time.Second})
	codes := joinedRows(t, rawDB(t, path), `SELECT country FROM actors WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 2`)
	if len(codes) < 2 {
		t.Fatalf("the synthetic file has countries %q, want two", codes)
	}
	profile := func(code string) *db.CountryProfile {
		t.Helper()
		p, err := r.CountryProfile(context.Background(), code)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := profile(codes[0])
	tests := []struct {
		name string
		code string
		same bool
	}{
		{"same country", codes[0], true},
		{"another country", codes[1], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := profile(tt.code); (got == first) != tt.same {
				t.Errorf("shared with the first profile: %v, want %v", got == first, tt.same)
			}
		})
	}
	for i := 0; i < 2; i++ {
		if _, err := r.CountryProfile(context.Background(), "ZZ"); db.ErrorCode(err) != db.ENOTFOUND {
			t.Errorf("country ZZ (try %d): %v, want not found", i+1, err)
		}
	}
}

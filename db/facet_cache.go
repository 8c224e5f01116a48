package db

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// facetCacheSize bounds the facets kept; past it the cache starts again empty.
const facetCacheSize = 512

// facetCache keeps a file generation's computed facets by query and arguments, and
// computes each at most once at a time: a facet over a million rows takes a tenth of a second on an
// idle machine, and under load sixteen clients asking for the same facet each timed out
// waiting for cores the others held. A facet that outlives its request's facet limit is
// finished in the background (under the SQL time limit) and serves the next request.
type facetCache struct {
	mu      sync.Mutex
	entries map[string]*facetEntry
}

// facetEntry is a facet being computed (done open) or computed (done closed, err nil).
type facetEntry struct {
	done  chan struct{}
	facet Facet
	err   error
}

// cachedFacet returns the facet for key, computing it with compute unless another request
// is; it waits at most until ctx ends, and then reports the facet timed out.
func (r *Reader) cachedFacet(ctx context.Context, g *generation, key, column string, kind FacetKind,
	compute func(context.Context) (Facet, error)) (Facet, error) {
	fc := &g.facets
	fc.mu.Lock()
	e, ok := fc.entries[key]
	if !ok {
		if fc.entries == nil || len(fc.entries) >= facetCacheSize {
			fc.entries = map[string]*facetEntry{}
		}
		e = &facetEntry{done: make(chan struct{})}
		fc.entries[key] = e
		r.genMu.Lock()
		g.refs++ // held by fillFacet until it is done with g's connections
		r.genMu.Unlock()
		go r.fillFacet(g, key, e, compute)
	}
	fc.mu.Unlock()
	select {
	case <-e.done:
		return e.facet, e.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Facet{Column: column, Kind: kind, TimedOut: true}, nil
		}
		return Facet{}, ctx.Err()
	}
}

// fillFacet computes an entry under the SQL time limit, detached from the request that
// asked first; a failed entry is dropped, so the next request tries again.
func (r *Reader) fillFacet(g *generation, key string, e *facetEntry, compute func(context.Context) (Facet, error)) {
	defer r.release(g)
	ctx, cancel := context.WithTimeout(context.Background(), max(r.opt.SQLTimeLimit, r.opt.FacetTimeLimit))
	defer cancel()
	e.facet, e.err = compute(ctx)
	if e.err != nil || e.facet.TimedOut {
		g.facets.mu.Lock()
		if g.facets.entries[key] == e {
			delete(g.facets.entries, key)
		}
		g.facets.mu.Unlock()
	}
	close(e.done)
}

// facetKey is the cache key of a facet query.
func facetKey(query string, args []any) string {
	var b strings.Builder
	b.WriteString(query)
	for _, a := range args {
		fmt.Fprintf(&b, "\x00%T:%v", a, a)
	}
	return b.String()
}

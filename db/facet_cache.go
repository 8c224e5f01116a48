package db

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
)

// facetCacheSize bounds the facets kept; past it the cache starts again empty.
const facetCacheSize = 512

// facetCache keeps computed facets by query, arguments and file generation, and computes
// each at most once at a time: a facet over a million rows takes a tenth of a second on an
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

// generation identifies the file's content: a write changes its modification time (to the
// nanosecond where the file system keeps it) or its size, and a new generation misses
// every cached facet. The file is opened read-only, so only another program writes it.
func (r *Reader) generation() string {
	st, err := os.Stat(r.path)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d.%d", st.ModTime().UnixNano(), st.Size())
}

// cachedFacet returns the facet for key, computing it with compute unless another request
// is; it waits at most until ctx ends, and then reports the facet timed out.
func (r *Reader) cachedFacet(ctx context.Context, key string, column string, compute func(context.Context) (Facet, error)) (Facet, error) {
	fc := &r.facets
	fc.mu.Lock()
	e, ok := fc.entries[key]
	if !ok {
		if fc.entries == nil || len(fc.entries) >= facetCacheSize {
			fc.entries = map[string]*facetEntry{}
		}
		e = &facetEntry{done: make(chan struct{})}
		fc.entries[key] = e
		go r.fillFacet(key, e, compute)
	}
	fc.mu.Unlock()
	select {
	case <-e.done:
		return e.facet, e.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Facet{Column: column, TimedOut: true}, nil
		}
		return Facet{}, ctx.Err()
	}
}

// fillFacet computes an entry under the SQL time limit, detached from the request that
// asked first; a failed entry is dropped, so the next request tries again.
func (r *Reader) fillFacet(key string, e *facetEntry, compute func(context.Context) (Facet, error)) {
	ctx, cancel := context.WithTimeout(context.Background(), max(r.opt.SQLTimeLimit, r.opt.FacetTimeLimit))
	defer cancel()
	e.facet, e.err = compute(ctx)
	if e.err != nil || e.facet.TimedOut {
		r.facets.mu.Lock()
		if r.facets.entries[key] == e {
			delete(r.facets.entries, key)
		}
		r.facets.mu.Unlock()
	}
	close(e.done)
}

// facetKey is the cache key of a facet query.
func facetKey(generation, query string, args []any) string {
	var b strings.Builder
	b.WriteString(generation)
	b.WriteByte(0)
	b.WriteString(query)
	for _, a := range args {
		fmt.Fprintf(&b, "\x00%T:%v", a, a)
	}
	return b.String()
}

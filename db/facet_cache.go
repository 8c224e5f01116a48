package db

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
)

// derivedCacheSize bounds the results kept per generation; past it the cache starts again
// empty.
const derivedCacheSize = 512

// derivedCache keeps what a file generation's aggregate queries computed (facets,
// timelines) by query and arguments, and computes each at most once at a time: a facet or
// a timeline over a million rows takes a tenth of a second to a second, and under load
// sixteen clients asking for the same one each ran out of time waiting for cores the
// others held. A result that outlives its request's limit is finished in the background
// (under the SQL time limit) and serves the next request.
type derivedCache struct {
	mu      sync.Mutex
	entries map[string]*derivedEntry
	slots   chan struct{} // fills running at once
}

// derivedFills is how many results a generation computes at once, and derivedLimit how
// many SQL time limits one may take: they are shared work that serves every later
// request, so they may run longer than one request waits, but not without bound.
const (
	derivedFills = 2
	derivedLimit = 10
)

// derivedEntry is a result being computed (done open) or computed (done closed, err nil).
type derivedEntry struct {
	done  chan struct{}
	value any
	err   error
}

// cached returns the result for key, computing it with compute on a connection of g
// unless another request is; it waits at most until ctx ends (waited false, ctx's error).
// The result is shared: callers must not change it.
// compute reports whether its result may be kept (a timed-out facet may not); it runs
// under limit (0: derivedLimit SQL time limits).
func (r *Reader) cached(ctx context.Context, g *generation, key string, limit time.Duration,
	compute func(context.Context) (value any, keep bool, err error)) (value any, waited bool, err error) {
	dc := &g.derived
	dc.mu.Lock()
	e, ok := dc.entries[key]
	if !ok {
		if dc.entries == nil || len(dc.entries) >= derivedCacheSize {
			dc.entries = map[string]*derivedEntry{}
		}
		if dc.slots == nil {
			dc.slots = make(chan struct{}, derivedFills)
		}
		e = &derivedEntry{done: make(chan struct{})}
		dc.entries[key] = e
		r.genMu.Lock()
		g.refs++ // held by fill until it is done with g's connections
		r.genMu.Unlock()
		go r.fill(g, key, e, limit, compute)
	}
	dc.mu.Unlock()
	select {
	case <-e.done:
		return e.value, true, e.err
	case <-ctx.Done():
		return nil, false, ctx.Err()
	}
}

// fill computes an entry under the SQL time limit, detached from the request that asked
// first, at most derivedFills at once and under derivedLimit SQL time limits; a failed
// entry is dropped, so the next request tries again.
func (r *Reader) fill(g *generation, key string, e *derivedEntry, limit time.Duration, compute func(context.Context) (any, bool, error)) {
	defer r.release(g)
	if limit <= 0 {
		limit = derivedLimit * max(r.opt.SQLTimeLimit, r.opt.FacetTimeLimit)
	}
	ctx, cancel := context.WithTimeout(context.WithValue(context.Background(), genKey{}, g), limit)
	defer cancel()
	var keep bool
	select {
	case g.derived.slots <- struct{}{}:
		e.value, keep, e.err = compute(ctx)
		<-g.derived.slots
	case <-ctx.Done():
		e.err = ctx.Err()
	}
	if e.err != nil || !keep {
		g.derived.mu.Lock()
		if g.derived.entries[key] == e {
			delete(g.derived.entries, key)
		}
		g.derived.mu.Unlock()
	}
	close(e.done)
}

// derivedKey is the cache key of an aggregate query.
func derivedKey(kind, query string, args []any) string {
	var b strings.Builder
	b.WriteString(kind)
	b.WriteByte(0)
	b.WriteString(query)
	for _, a := range args {
		fmt.Fprintf(&b, "\x00%T:%v", a, a)
	}
	return b.String()
}

package db

import (
	"container/list"
	"context"
	"sync"
	"time"
)

// defaultAnswerCacheBytes is how much memory kept ad hoc answers may take by default: a
// dashboard or a shared link that reruns the same count over a million rows costs its
// statement once per version of the file, for a few MB that a 512 MB server can spare.
const defaultAnswerCacheBytes = 32 << 20

// answerCache keeps the answers of ad hoc statements that cannot answer differently on
// the same state of the file (adhocCacheable), for the current generation only: an
// answer is served again only to a request reading the generation it was computed on,
// and a newer generation drops everything kept for older ones. It is bounded by bytes,
// not entries (one answer may hold a thousand rows, another one count), and forgets the
// answers used least recently first. An answer larger than an eighth of the bound is not
// kept, so that one large answer never flushes every small one.
type answerCache struct {
	limit int // bytes; 0 keeps nothing

	mu    sync.Mutex
	gen   uint64 // the generation whose answers are kept
	bytes int
	order list.List // of *answerEntry, most recently used at the front
	byKey map[string]*list.Element
}

// answerEntry is one kept answer and what it costs.
type answerEntry struct {
	key  string
	res  *Result
	size int
}

// get returns the answer kept for key on generation gen. The Result is the caller's
// own; its rows are shared with every other caller: read them only.
func (a *answerCache) get(gen uint64, key string) (*Result, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if gen != a.gen {
		return nil, false
	}
	el, ok := a.byKey[key]
	if !ok {
		return nil, false
	}
	a.order.MoveToFront(el)
	cp := *el.Value.(*answerEntry).res
	return &cp, true
}

// put keeps res, the complete answer for key computed on generation gen, unless it is
// too large or gen is already older than the kept generation (a request that started
// before the file changed finishes after it).
func (a *answerCache) put(gen uint64, key string, res *Result) {
	size := answerSize(key, res)
	if a.limit <= 0 || size > a.limit/8 || res.Truncated {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case gen < a.gen:
		return
	case gen > a.gen || a.byKey == nil:
		a.reset(gen)
	}
	if el, ok := a.byKey[key]; ok { // two runs raced; both answers are the same
		a.order.MoveToFront(el)
		return
	}
	for a.bytes+size > a.limit {
		oldest := a.order.Back()
		e := oldest.Value.(*answerEntry)
		a.order.Remove(oldest)
		delete(a.byKey, e.key)
		a.bytes -= e.size
	}
	cp := *res
	a.byKey[key] = a.order.PushFront(&answerEntry{key: key, res: &cp, size: size})
	a.bytes += size
}

// forget drops the answers of every generation before gen: called when gen becomes the
// file's current one, so that memory does not wait for the next answer kept.
func (a *answerCache) forget(gen uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if gen > a.gen {
		a.reset(gen)
	}
}

// reset empties the cache for generation gen; a.mu is held.
func (a *answerCache) reset(gen uint64) {
	a.gen, a.bytes = gen, 0
	a.order.Init()
	a.byKey = map[string]*list.Element{}
}

// answerSize is roughly what keeping res under key costs in memory.
func answerSize(key string, res *Result) int {
	size := len(key) + 200
	for _, c := range res.Columns {
		size += len(c) + 16
	}
	for _, row := range res.Rows {
		size += 24
		for _, v := range row {
			size += valueSize(v)
		}
	}
	return size
}

// Kept returns the answer kept for query with params on the state of the file ctx reads,
// without running anything, or false: a kept answer takes no SQL worker, so the explorer
// serves it without queueing for one behind slow statements. Its rows are shared: read
// them only.
func (r *Reader) Kept(ctx context.Context, query string, params map[string]string) (*Result, bool) {
	start := time.Now()
	if !answerCacheable(query) {
		return nil, false
	}
	args, err := adhocArgs(query, params)
	if err != nil {
		return nil, false
	}
	ctx, unpin := r.Pin(ctx)
	defer unpin()
	res, ok := r.kept(ctx.Value(genKey{}).(*generation), answerKey(query, args, r.opt.MaxReturnedRows))
	if ok {
		res.Took = time.Since(start)
	}
	return res, ok
}

// kept is the answer kept for key on generation g, marked as such.
func (r *Reader) kept(g *generation, key string) (*Result, bool) {
	res, ok := r.answers.get(g.seq, key)
	if ok {
		res.Cached = true
	}
	return res, ok
}

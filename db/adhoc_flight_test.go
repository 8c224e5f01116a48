package db_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"hotline/db"
)

// heldRuns makes r hold its first execution of ad hoc SQL until release is closed, and
// count executions and joins, so that a test knows when every request waits on the held
// run without timing anything.
type heldRuns struct {
	runs    atomic.Int64
	started chan struct{} // closed when the first execution starts
	release chan struct{} // closed by the test to let it go on
	joins   chan struct{} // one per request joining or starting a shared run
}

func holdFirstRun(r *db.Reader) *heldRuns {
	h := &heldRuns{started: make(chan struct{}), release: make(chan struct{}), joins: make(chan struct{}, 100)}
	db.SetAdhocHooks(r, func() {
		if h.runs.Add(1) == 1 {
			close(h.started)
			<-h.release
		}
	}, func() { h.joins <- struct{}{} })
	return h
}

// waitJoins waits until n requests have joined shared runs.
func (h *heldRuns) waitJoins(n int) {
	for range n {
		<-h.joins
	}
}

// answer is what one request got.
type answer struct {
	res *db.Result
	err error
}

// TestQueryShares checks that requests running the same statement at the same time share
// one execution, its answer and its failure, and that the going away of the request that
// started it fails none of the others.
func TestQueryShares(t *testing.T) {
	const q = "select count(*) from events where kind = 'phone'"
	// start runs the same query from n requests: the first alone, until its execution
	// starts, then the others; it returns the answers in that order once all are in.
	start := func(r *db.Reader, h *heldRuns, ctxs []context.Context, query string) func() []answer {
		out := make([]answer, len(ctxs))
		var wg sync.WaitGroup
		for i, ctx := range ctxs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := r.Query(ctx, query, nil)
				out[i] = answer{res, err}
			}()
			if i == 0 {
				<-h.started
			}
		}
		return func() []answer { wg.Wait(); return out }
	}
	background := func(n int) []context.Context {
		ctxs := make([]context.Context, n)
		for i := range ctxs {
			ctxs[i] = context.Background()
		}
		return ctxs
	}
	t.Run("one execution for all", func(t *testing.T) {
		path := writeFixture(t)
		r := openReader(t, path, db.ReadOptions{AnswerCacheBytes: -1})
		h := holdFirstRun(r)
		wait := start(r, h, background(5), q)
		h.waitJoins(5)
		close(h.release)
		want := plainInt64s(t, path, q)[0]
		for i, a := range wait() {
			if a.err != nil {
				t.Fatalf("request %d: %v", i, a.err)
			}
			if n, _ := a.res.Rows[0][0].(int64); n != want {
				t.Errorf("request %d counted %d, want %d", i, n, want)
			}
		}
		if n := h.runs.Load(); n != 1 {
			t.Errorf("%d executions for 5 requests, want 1", n)
		}
	})
	t.Run("a failure is each one's", func(t *testing.T) {
		r := openReader(t, writeFixture(t), db.ReadOptions{})
		h := holdFirstRun(r)
		wait := start(r, h, background(3), "select count(*) from nosuch")
		h.waitJoins(3)
		close(h.release)
		answers := wait()
		for i, a := range answers {
			wantCode(t, a.err, db.EINVALID)
			if db.ErrorMessage(a.err) != db.ErrorMessage(answers[0].err) {
				t.Errorf("request %d: %q, want %q", i, db.ErrorMessage(a.err), db.ErrorMessage(answers[0].err))
			}
			if i > 0 && a.err == answers[0].err {
				t.Errorf("request %d got the very error value of request 0", i)
			}
		}
		if n := h.runs.Load(); n != 1 {
			t.Errorf("%d executions for 3 requests, want 1", n)
		}
	})
	t.Run("a cancelled first request fails no other", func(t *testing.T) {
		path := writeFixture(t)
		r := openReader(t, path, db.ReadOptions{})
		h := holdFirstRun(r)
		leader, cancel := context.WithCancel(context.Background())
		ctxs := append([]context.Context{leader}, background(2)...)
		wait := start(r, h, ctxs, q)
		h.waitJoins(3)
		cancel()
		close(h.release)
		answers := wait()
		if !errors.Is(answers[0].err, context.Canceled) {
			t.Errorf("the cancelled request got %v, %v", answers[0].res, answers[0].err)
		}
		want := plainInt64s(t, path, q)[0]
		for i, a := range answers[1:] {
			if a.err != nil {
				t.Fatalf("request %d: %v", i+1, a.err)
			}
			if n, _ := a.res.Rows[0][0].(int64); n != want {
				t.Errorf("request %d counted %d, want %d", i+1, n, want)
			}
		}
		if n := h.runs.Load(); n != 2 {
			t.Errorf("%d executions, want 2 (the cancelled one, then one for the others)", n)
		}
	})
}

package views

import (
	"context"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// sqlGate admits visitors' SQL (ad hoc and canned queries) like Datasette's
// num_sql_threads, with the bounds Datasette lacks: at most workers statements run at
// once, at most queue more wait, each waits at most wait, and one client address holds at
// most perClient places (running or waiting). Whoever is turned away gets a 503 (or a 429
// for a client over its share) with Retry-After, at once, instead of a time-out later.
// Table pages do not pass through it: they have connections of their own, so a flood of
// SQL never starves them. The SQL time limit starts after the gate, so it counts
// execution, not waiting.
type sqlGate struct {
	slots     chan struct{}
	queue     int
	wait      time.Duration
	perClient int

	mu      sync.Mutex
	waiting int
	clients map[string]int
}

func newSQLGate(workers, queue int, wait time.Duration, perClient int) *sqlGate {
	return &sqlGate{slots: make(chan struct{}, workers), queue: queue, wait: wait, perClient: perClient,
		clients: map[string]int{}}
}

// enter waits for a place for client and returns the function that gives it back.
func (g *sqlGate) enter(ctx context.Context, client string) (func(), error) {
	g.mu.Lock()
	if g.clients[client] >= g.perClient {
		g.mu.Unlock()
		return nil, httpError(http.StatusTooManyRequests, "you already have "+strconv.Itoa(g.perClient)+
			" SQL queries running or waiting: wait for them to finish", "Retry-After", "1")
	}
	g.clients[client]++
	select {
	case g.slots <- struct{}{}:
		g.mu.Unlock()
		return func() { g.leave(client) }, nil
	default:
	}
	if g.waiting >= g.queue {
		g.forget(client)
		g.mu.Unlock()
		return nil, httpError(http.StatusServiceUnavailable, "the server is busy: every SQL worker is taken and "+
			strconv.Itoa(g.queue)+" queries are already waiting; try again in a moment", "Retry-After", "1")
	}
	g.waiting++
	g.mu.Unlock()

	timer := time.NewTimer(g.wait)
	defer timer.Stop()
	var err error
	select {
	case g.slots <- struct{}{}:
	case <-timer.C:
		err = httpError(http.StatusServiceUnavailable, "the server is busy: no SQL worker became free within "+
			g.wait.String()+"; try again in a moment", "Retry-After", "1")
	case <-ctx.Done():
		err = ctx.Err()
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.waiting--
	if err != nil {
		g.forget(client)
		return nil, err
	}
	return func() { g.leave(client) }, nil
}

// leave frees a worker and the client's place.
func (g *sqlGate) leave(client string) {
	<-g.slots
	g.mu.Lock()
	g.forget(client)
	g.mu.Unlock()
}

// forget takes one place from client's count; g.mu is held.
func (g *sqlGate) forget(client string) {
	if g.clients[client]--; g.clients[client] <= 0 {
		delete(g.clients, client)
	}
}

// clientOf is the address a request came from, without its port. Forwarding headers are
// not trusted: any client could set them to take someone else's share.
func clientOf(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return host
	}
	return r.RemoteAddr
}

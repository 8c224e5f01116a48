package views_test

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"hotline/db"
	"hotline/views"
)

// flood sends n requests for target at once, from the client addresses addr(i), and
// returns the responses once all have answered; during the flood, during runs.
func flood(h http.Handler, target string, n int, addr func(int) string, during func()) []*httptest.ResponseRecorder {
	recs := make([]*httptest.ResponseRecorder, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			req := httptest.NewRequest(http.MethodGet, target, nil)
			req.RemoteAddr = addr(i)
			recs[i] = httptest.NewRecorder()
			h.ServeHTTP(recs[i], req)
		})
	}
	if during != nil {
		during()
	}
	wg.Wait()
	return recs
}

func statusCounts(recs []*httptest.ResponseRecorder) map[int]int {
	out := map[int]int{}
	for _, r := range recs {
		out[r.Code]++
	}
	return out
}

// TestSQLFloodLeavesPagesAlone: a flood of slow SQL fills the one worker and the queue;
// the rest is turned away at once with a 503 that says why and when to retry, and table
// pages keep answering 200 throughout, from connections of their own.
func TestSQLFloodLeavesPagesAlone(t *testing.T) {
	h := newHandlerWith(t, db.ReadOptions{SQLTimeLimit: time.Second, MaxSQLWorkers: 1}, func(c *views.Config) {
		c.SQLWorkers, c.SQLQueue, c.SQLQueueWait, c.SQLPerClient = 1, 2, 300*time.Millisecond, 100
	})
	recs := flood(h, "/hotline/-/query.json?sql="+infiniteSQL, 8,
		func(i int) string { return "192.0.2." + strconv.Itoa(i+1) + ":1234" },
		func() {
			for range 10 {
				for _, page := range []string{"/hotline/contacts", "/hotline/big.json", "/hotline/contacts/1"} {
					if rec := get(t, h, page); rec.Code != http.StatusOK {
						t.Errorf("%s during the flood: status %d", page, rec.Code)
					}
				}
			}
		})
	counts := statusCounts(recs)
	if counts[http.StatusServiceUnavailable] < 5 || counts[http.StatusBadRequest] < 1 || counts[http.StatusBadRequest]+counts[http.StatusServiceUnavailable] != 8 {
		t.Fatalf("statuses %v: want the running query timed out (400) and the rest 503", counts)
	}
	var full, waited bool
	for _, r := range recs {
		if r.Code != http.StatusServiceUnavailable {
			continue
		}
		if r.Header().Get("Retry-After") == "" {
			t.Error("a 503 without Retry-After")
		}
		full = full || strings.Contains(r.Body.String(), "queries are already waiting")
		waited = waited || strings.Contains(r.Body.String(), "no SQL worker became free within 300ms")
	}
	if !full {
		t.Error("no 503 said the queue was full")
	}
	if !waited && counts[http.StatusServiceUnavailable] < 7 {
		t.Error("no 503 said the wait timed out")
	}
}

// TestSQLPerClientShare: one address cannot hold more than its share of places.
func TestSQLPerClientShare(t *testing.T) {
	h := newHandlerWith(t, db.ReadOptions{SQLTimeLimit: time.Second}, func(c *views.Config) {
		c.SQLWorkers, c.SQLQueue, c.SQLPerClient = 3, 10, 1
	})
	recs := flood(h, "/hotline/-/query?sql="+infiniteSQL, 3, func(int) string { return "192.0.2.7:1234" }, func() {
		if rec := get(t, h, "/hotline/-/query.json?sql=select+1"); rec.Code != http.StatusOK {
			t.Errorf("another client: status %d", rec.Code)
		}
	})
	counts := statusCounts(recs)
	if counts[http.StatusTooManyRequests] != 2 || counts[http.StatusBadRequest] != 1 {
		t.Fatalf("statuses %v: want one query run (400 timeout) and two 429", counts)
	}
	for _, r := range recs {
		if r.Code == http.StatusTooManyRequests && (r.Header().Get("Retry-After") == "" || !strings.Contains(r.Body.String(), "1 SQL queries running or waiting")) {
			t.Errorf("429 without Retry-After or reason: %s", firstLines(r.Body.String()))
		}
	}
}

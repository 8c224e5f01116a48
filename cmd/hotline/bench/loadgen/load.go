package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// scenario is one kind of page requested over and over.
type scenario struct {
	name      string  // short name for --only
	title     string  // what the report calls it
	url       string  // the full URL requested
	datasette float64 // Datasette's req/s on the same page and machine; 0 if not measured
	// fresh, when set, gives the URL of the n-th request instead of url: the SQL text
	// differs by a comment each time, so that no cache of answers can stand in for
	// running the statement.
	fresh func(n int64) string
	// check, when set, reads the body of every answer and fails those it rejects (a
	// facet page whose facet timed out is not a facet page).
	check func(body []byte) error
}

// urlOf is the URL of the n-th request.
func (sc scenario) urlOf(n int64) string {
	if sc.fresh != nil {
		return sc.fresh(n)
	}
	return sc.url
}

// scenarios are the pages that matter for a reader of a large table, with Datasette
// 0.65.2's throughput on a 1M-row table on this machine: the table pages from
// LIBRARY-NOTES.md, the JSON page, the facet page (suggest_facets off, facets given 5 s)
// and the ad hoc count as remeasured with wrk for issue 11.
func scenarios(base, db string) []scenario {
	table := base + url.PathEscape(db) + "/contacts"
	countURL := func(n int64) string {
		sql := "select count(*) from contacts where mode = 'phone'"
		if n > 0 {
			sql += " -- request " + strconv.FormatInt(n, 10)
		}
		return base + url.PathEscape(db) + "/-/query.json?" + url.Values{"sql": {sql}}.Encode()
	}
	return []scenario{
		{name: "table", title: "table page", url: table, datasette: 61},
		{name: "sorted", title: "filtered + sorted page", url: table + "?mode=phone&_sort_desc=date", datasette: 53},
		{name: "json", title: "JSON, 100 rows", url: table + ".json?_size=100", datasette: 256},
		{name: "facet", title: "facet page (mode)", url: table + "?_facet=mode", datasette: 11.6, check: facetComputed},
		{name: "count", title: "count(*) via SQL", url: countURL(0), datasette: 64, fresh: countURL},
	}
}

// facetComputed fails a facet page whose mode facet is missing or timed out.
func facetComputed(body []byte) error {
	switch {
	case bytes.Contains(body, []byte(`data-testid="facet-timeout-`)):
		return errors.New("the facet timed out")
	case !bytes.Contains(body, []byte(`data-testid="facet-mode"`)):
		return errors.New("the page has no mode facet")
	}
	return nil
}

// result is what one scenario measured.
type result struct {
	scenario
	ok, failed int
	firstError string
	warmup     string // how the warm-up request failed its check, "" if it passed
	elapsed    time.Duration
	p50, p99   time.Duration
	// cpu is the server's CPU time (user + system) during the scenario, 0 when unknown
	// (a server given with --url). On a machine shared with other work, CPU per request
	// moves far less than requests per second.
	cpu time.Duration
}

// cpuPerRequest is the server's CPU time per successful request, 0 when unknown.
func (r result) cpuPerRequest() time.Duration {
	if r.ok == 0 {
		return 0
	}
	return r.cpu / time.Duration(r.ok)
}

func (r result) perSecond() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.ok) / r.elapsed.Seconds()
}

// newClient keeps one connection per client alive and asks for plain bodies, so the
// numbers measure the server and not gzip.
func newClient(clients int) *http.Client {
	return &http.Client{
		Timeout: time.Minute,
		Transport: &http.Transport{
			MaxIdleConns:        clients,
			MaxIdleConnsPerHost: clients,
			DisableCompression:  true,
		},
	}
}

// measure sends the scenario's request from clients goroutines until limit requests have
// been sent or the duration is over, after one warm-up request that checks the URL. A
// warm-up that answers but fails the check (a cold server's first facet page, whose facet
// is still being computed for the cache) is reported apart from the measured requests.
func measure(ctx context.Context, sc scenario, clients int, duration time.Duration, limit int, cpu func() time.Duration) result {
	client := newClient(clients)
	defer client.CloseIdleConnections()
	res := result{scenario: sc}
	// A page that cannot be fetched at all is reported with 0 requests, so a missing
	// feature shows up as a failure rather than as a fast number; an answer that only
	// fails its check (a facet that timed out while the cache was cold) counts as one
	// failure of the run.
	if _, err := get(ctx, client, sc.url, sc.check); err != nil {
		if !errors.As(err, new(checkError)) {
			res.failed, res.firstError = 1, err.Error()
			return res
		}
		res.warmup = err.Error()
	}
	var (
		sent      atomic.Int64
		mu        sync.Mutex
		latencies []time.Duration
		wg        sync.WaitGroup
	)
	// After the duration no new request starts, but those in flight finish: cutting them
	// off would count as errors on the server and bias the latencies towards fast pages.
	start, cpu0 := time.Now(), cpuOf(cpu)
	for range clients {
		wg.Go(func() {
			var mine []time.Duration
			for n := sent.Add(1); n <= int64(limit) && time.Since(start) < duration && ctx.Err() == nil; n = sent.Add(1) {
				took, err := get(ctx, client, sc.urlOf(n), sc.check)
				if err == nil {
					mine = append(mine, took)
					continue
				}
				mu.Lock()
				res.failed++
				if res.firstError == "" {
					res.firstError = err.Error()
				}
				mu.Unlock()
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	res.elapsed, res.cpu = time.Since(start), cpuOf(cpu)-cpu0
	res.ok = len(latencies)
	res.p50, res.p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
	return res
}

// checkError is an answer that came back 200 but failed the scenario's check.
type checkError struct{ error }

// cpuOf reads a CPU clock that may be missing (0).
func cpuOf(cpu func() time.Duration) time.Duration {
	if cpu == nil {
		return 0
	}
	return cpu()
}

// get requests u, reads the whole body and returns how long that took; a status other
// than 200, or a body that check rejects, is an error.
func get(ctx context.Context, client *http.Client, u string, check func([]byte) error) (time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
		return 0, fmt.Errorf("%s answered %s: %s", u, resp.Status, errorText(body))
	}
	if check == nil {
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return 0, err
		}
		return time.Since(start), nil
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	took := time.Since(start)
	if err := check(body); err != nil {
		return 0, checkError{fmt.Errorf("%s: %w", u, err)}
	}
	return took, nil
}

// percentile returns the q-quantile (nearest rank) of the latencies.
func percentile(latencies []time.Duration, q float64) time.Duration {
	if len(latencies) == 0 {
		return 0
	}
	s := slices.Clone(latencies)
	slices.Sort(s)
	i := int(q*float64(len(s))+0.5) - 1
	return s[max(0, min(i, len(s)-1))]
}

// errorText is the gist of an error response: the message of an HTML error page (the
// element marked data-testid="error-message"), else the start of the body.
func errorText(body []byte) string {
	s := string(body)
	if _, after, ok := strings.Cut(s, `data-testid="error-message"`); ok {
		if _, msg, ok := strings.Cut(after, ">"); ok {
			msg, _, _ = strings.Cut(msg, "<")
			return strconv.Quote(html.UnescapeString(msg))
		}
	}
	return strconv.Quote(s[:min(len(s), 300)])
}

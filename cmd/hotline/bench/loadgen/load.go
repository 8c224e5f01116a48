package main

import (
	"context"
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
}

// scenarios are the pages that matter for a reader of a large table, with Datasette
// 0.65.2's throughput on a 1M-row table on this machine: the table pages from
// LIBRARY-NOTES.md, the JSON page, the facet page (suggest_facets off, facets given 5 s)
// and the ad hoc count as remeasured with wrk for issue 11.
func scenarios(base, db string) []scenario {
	table := base + url.PathEscape(db) + "/contacts"
	count := url.Values{"sql": {"select count(*) from contacts where mode = 'phone'"}}
	return []scenario{
		{"table", "table page", table, 61},
		{"sorted", "filtered + sorted page", table + "?mode=phone&_sort_desc=date", 53},
		{"json", "JSON, 100 rows", table + ".json?_size=100", 256},
		{"facet", "facet page (mode)", table + "?_facet=mode", 11.6},
		{"count", "count(*) via SQL", base + url.PathEscape(db) + "/-/query.json?" + count.Encode(), 64},
	}
}

// result is what one scenario measured.
type result struct {
	scenario
	ok, failed int
	firstError string
	elapsed    time.Duration
	p50, p99   time.Duration
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
// been sent or the duration is over, after one warm-up request that also checks the URL.
func measure(ctx context.Context, sc scenario, clients int, duration time.Duration, limit int) result {
	client := newClient(clients)
	defer client.CloseIdleConnections()
	res := result{scenario: sc}
	if _, err := get(ctx, client, sc.url); err != nil {
		res.failed, res.firstError = 1, err.Error()
		return res
	}
	var (
		sent      atomic.Int64
		mu        sync.Mutex
		latencies []time.Duration
		wg        sync.WaitGroup
	)
	// After the duration no new request starts, but those in flight finish: cutting them
	// off would count as errors on the server and bias the latencies towards fast pages.
	start := time.Now()
	for range clients {
		wg.Go(func() {
			var mine []time.Duration
			for sent.Add(1) <= int64(limit) && time.Since(start) < duration && ctx.Err() == nil {
				took, err := get(ctx, client, sc.url)
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
	res.elapsed = time.Since(start)
	res.ok = len(latencies)
	res.p50, res.p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
	return res
}

// get requests u, reads the whole body and returns how long that took; a status other
// than 200 is an error.
func get(ctx context.Context, client *http.Client, u string) (time.Duration, error) {
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
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	return time.Since(start), nil
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

// Command load is the long version of the explorer's hostile load (issue 8): CONNS
// connections send a mix of table pages, JSON, CSV, rows, facets, searches, ad hoc SQL and
// hostile SQL (writes, bombs) to a loopback server for DURATION, then print what came back.
// It exits non-zero on any transport error or 5xx. It only talks to loopback addresses.
//
//	go run ./cmd/hotline/hostile/load -base http://127.0.0.1:8001/hotline/ -conns 64 -duration 30s
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"sort"
	"sync"
	"time"
)

// mix is what each connection asks for in turn: paths under the database's URL.
var mix = []string{
	"", "articles", "contacts", "contacts?_sort_desc=date", "contacts.json", "contacts.json?_shape=array&_size=50",
	"contacts.csv", "actors?_facet=kind", "contacts?_facet=mode&_facet=status", "articles/1", "actors/1", "actors.json?_search=minister",
	"quotes?_search=peace", "contacts?mode=phone&_size=10", "contact_timeline.json",
	"-/query.json?sql=" + url.QueryEscape("select mode, count(*) from contacts group by mode"),
	"-/query?sql=" + url.QueryEscape("select * from actors limit 20"),
	"-/query.json?sql=" + url.QueryEscape("delete from contacts"),
	"-/query.json?sql=" + url.QueryEscape("attach 'x.db' as x"),
	"-/query.json?sql=" + url.QueryEscape("with recursive c(x) as (select 1 union all select x+1 from c) select count(*) from c"),
	"-/query.csv?sql=" + url.QueryEscape("select length(randomblob(99000000))"),
	"-/query.json?sql=" + url.QueryEscape("select instr(printf('%.*c',2000000,'a'), printf('%.*c',1000000,'a')||'b')"),
	"-/query.json?sql=" + url.QueryEscape("select ?"),
	"contacts.json?_next=bm90IGEgdG9rZW4",
}

func main() {
	base := flag.String("base", "http://127.0.0.1:8001/hotline/", "the database's URL on a loopback server")
	conns := flag.Int("conns", 64, "concurrent connections")
	duration := flag.Duration("duration", 30*time.Second, "how long to run (at most 10m)")
	flag.Parse()
	if err := run(*base, *conns, min(*duration, 10*time.Minute)); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

func run(base string, conns int, duration time.Duration) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("%s is not a loopback address: this tool only loads a local server", u.Host)
	}
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: conns}}
	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	var mu sync.Mutex
	statuses := map[int]int{}
	var errs []string
	var latencies []time.Duration
	var wg sync.WaitGroup
	start := time.Now()
	for c := range conns {
		wg.Go(func() {
			for i := c; ctx.Err() == nil; i++ {
				t0 := time.Now()
				resp, err := client.Get(base + mix[i%len(mix)])
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				took := time.Since(t0)
				mu.Lock()
				switch {
				case err != nil && ctx.Err() == nil:
					errs = append(errs, err.Error())
				case err == nil:
					statuses[resp.StatusCode]++
					latencies = append(latencies, took)
					if resp.StatusCode >= 500 {
						errs = append(errs, fmt.Sprintf("%d on %s", resp.StatusCode, mix[i%len(mix)]))
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	n := len(latencies)
	fmt.Printf("connections %d, %s: %d answers (%.0f/s), statuses %v\n", conns, elapsed.Round(time.Second), n, float64(n)/elapsed.Seconds(), statuses)
	if n > 0 {
		fmt.Printf("latency p50 %s, p99 %s, max %s\n", latencies[n/2].Round(time.Millisecond), latencies[n*99/100].Round(time.Millisecond), latencies[n-1].Round(time.Millisecond))
	}
	fmt.Printf("errors and 5xx: %d\n", len(errs))
	if len(errs) > 0 {
		for _, e := range errs[:min(len(errs), 10)] {
			fmt.Println("  ", e)
		}
		return fmt.Errorf("%d errors or 5xx", len(errs))
	}
	return nil
}

// Command loadgen measures how fast `hotline serve` answers on a large table, in numbers
// that can be set beside Datasette's (measured on this machine, see README.md) and beside
// the sqlite3 command-line shell, which is the floor for dumping a table as CSV.
//
// It builds a contacts table of --rows rows shaped like Hotline's own (or reuses the file
// when it already holds that many), starts `hotline serve FILE --immutable` on loopback (or
// uses --url, which must be a loopback address), runs each scenario with --clients
// concurrent clients for at most --duration and --requests, and times a whole-table CSV
// stream against `sqlite3 -csv`. With --prev it also starts a previous hotline binary on
// the same file and measures it scenario by scenario beside the new one, so that both
// see the same load from the rest of the machine. It ends with issue 11's table: each
// serving figure as a ratio, before and after. Every loop is bounded, so it always stops
// by itself.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"
)

// options are the command-line settings of one benchmark run.
type options struct {
	hotline  string        // path of the hotline binary to serve with
	prev     string        // a previous hotline binary measured beside it; "" for none
	dbPath   string        // the generated SQLite file
	rows     int           // rows in the contacts table
	url      string        // an already running server; "" starts one
	clients  int           // concurrent clients per scenario
	duration time.Duration // longest time per scenario
	requests int           // most requests per scenario
	csvRuns  int           // how many times to time each CSV dump (the best counts)
	sqlite3  string        // the sqlite3 shell, the CSV reference
	only     string        // comma-separated scenario names to run; "" runs all
}

func main() {
	var o options
	flag.StringVar(&o.hotline, "hotline", "hotline", "hotline binary to start (ignored with --url)")
	flag.StringVar(&o.prev, "prev", "", "a previous hotline binary to measure beside it, e.g. /tmp/hotline-prev")
	flag.StringVar(&o.dbPath, "db", filepath.Join(os.TempDir(), "hotline-bench.db"), "SQLite file to generate and serve")
	flag.IntVar(&o.rows, "rows", 1_000_000, "rows in the generated contacts table")
	flag.StringVar(&o.url, "url", "", "base URL of a running hotline serve of --db on loopback (default: start one)")
	flag.IntVar(&o.clients, "clients", 16, "concurrent clients")
	flag.DurationVar(&o.duration, "duration", 10*time.Second, "longest time spent on one scenario")
	flag.IntVar(&o.requests, "requests", 5000, "most requests sent in one scenario")
	flag.IntVar(&o.csvRuns, "csv-runs", 2, "times to run each whole-table CSV dump; the fastest counts")
	flag.StringVar(&o.sqlite3, "sqlite3", "sqlite3", "sqlite3 shell used as the CSV reference")
	flag.StringVar(&o.only, "only", "", "run only these scenarios (comma-separated names, e.g. table,json,csv)")
	flag.Parse()
	if err := validate(o); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// validate refuses settings that would make the run unbounded or send load off the machine.
func validate(o options) error {
	switch {
	case o.rows < 1:
		return fmt.Errorf("--rows must be at least 1, got %d", o.rows)
	case o.clients < 1 || o.clients > 256:
		return fmt.Errorf("--clients must be between 1 and 256, got %d", o.clients)
	case o.duration <= 0 || o.duration > 10*time.Minute:
		return fmt.Errorf("--duration must be between 0 and 10m, got %s", o.duration)
	case o.requests < 1:
		return fmt.Errorf("--requests must be at least 1, got %d", o.requests)
	case o.csvRuns < 1 || o.csvRuns > 10:
		return fmt.Errorf("--csv-runs must be between 1 and 10, got %d", o.csvRuns)
	}
	if o.url != "" {
		return checkLoopback(o.url)
	}
	return nil
}

// target is one server under measurement: the binary of this build, or the previous one.
type target struct {
	label string
	base  string
	srv   *server // nil for a server given with --url
	loads []result
	csv   dump
}

// cpu is the target's CPU clock, nil when the server is not ours.
func (t *target) cpu() func() time.Duration {
	if t.srv == nil {
		return nil
	}
	return t.srv.cpuTime
}

// run generates the data, brings up the server (and the previous one) and measures
// every selected scenario on each, one after the other.
func run(ctx context.Context, o options) error {
	abs, err := filepath.Abs(o.dbPath)
	if err != nil {
		return err
	}
	if err := ensureTable(ctx, abs, o.rows); err != nil {
		return err
	}
	var targets []*target // the previous binary first, then this one
	if o.prev != "" {
		srv, err := startServer(ctx, o.prev, abs, abs+".prev.serve.log")
		if err != nil {
			return fmt.Errorf("previous binary: %w", err)
		}
		defer srv.stop()
		targets = append(targets, &target{label: "prev", base: srv.base, srv: srv})
	}
	now := &target{label: "now", base: o.url}
	if now.base == "" {
		if now.srv, err = startServer(ctx, o.hotline, abs, abs+".serve.log"); err != nil {
			return err
		}
		defer now.srv.stop()
		now.base = now.srv.base
	}
	targets = append(targets, now)
	name := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	fmt.Printf("hotline at %s serving %s (%d rows), %d clients, at most %s or %d requests per scenario\n",
		now.base, abs, o.rows, o.clients, o.duration, o.requests)
	if o.prev != "" {
		fmt.Printf("previous binary %s at %s, measured just before it on each scenario\n", o.prev, targets[0].base)
	}
	fmt.Println()

	for _, sc := range scenarios("", name) {
		if !selected(o.only, sc.name) {
			continue
		}
		for _, t := range targets {
			r := measure(ctx, withBase(sc, t.base, name), o.clients, o.duration, o.requests, t.cpu())
			t.loads = append(t.loads, r)
			fmt.Fprintf(os.Stderr, "done: %s (%s)\n", sc.title, t.label)
			if ctx.Err() != nil {
				return ctx.Err()
			}
		}
	}
	var ref *dump
	if selected(o.only, "csv") {
		for _, t := range targets {
			t.csv = timeHotlineCSV(ctx, o, t.base, name, t.cpu())
		}
		d := timeSqlite3CSV(ctx, o, abs)
		ref = &d
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	for _, t := range targets {
		if len(targets) > 1 {
			fmt.Printf("%s:\n", t.label)
		}
		printLoad(os.Stdout, t.loads)
		if ref != nil {
			printCSV(os.Stdout, csvResult{hotline: t.csv, sqlite3: *ref, rows: o.rows})
		}
		if t.srv != nil {
			fmt.Printf("\nserver peak memory (VmHWM): %s (Datasette: 75 MB); server log: %s\n\n", t.srv.peakRSS(), t.srv.log)
		}
	}
	var prev *target
	if len(targets) > 1 {
		prev = targets[0]
	}
	printIssue(os.Stdout, now, prev, ref)
	return nil
}

// withBase points a scenario at one server.
func withBase(sc scenario, base, db string) scenario {
	for _, s := range scenarios(base, db) {
		if s.name == sc.name {
			return s
		}
	}
	return sc
}

// selected tells whether the scenario name is in the comma-separated --only list.
func selected(only, name string) bool {
	if only == "" {
		return true
	}
	for _, n := range strings.Split(only, ",") {
		if strings.TrimSpace(n) == name {
			return true
		}
	}
	return false
}

// Command loadgen measures how fast `hotline serve` answers on a large table, in numbers
// that can be set beside Datasette's (measured on this machine, see README.md) and beside
// the sqlite3 command-line shell, which is the floor for dumping a table as CSV.
//
// It builds a contacts table of --rows rows shaped like Hotline's own (or reuses the file
// when it already holds that many), starts `hotline serve FILE --immutable` on loopback (or
// uses --url, which must be a loopback address), runs each scenario with --clients
// concurrent clients for at most --duration and --requests, and times a whole-table CSV
// stream against `sqlite3 -csv`. Every loop is bounded, so it always stops by itself.
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

// run generates the data, brings up the server and measures every selected scenario.
func run(ctx context.Context, o options) error {
	abs, err := filepath.Abs(o.dbPath)
	if err != nil {
		return err
	}
	if err := ensureTable(ctx, abs, o.rows); err != nil {
		return err
	}
	base := o.url
	var srv *server
	if base == "" {
		if srv, err = startServer(ctx, o.hotline, abs, abs+".serve.log"); err != nil {
			return err
		}
		defer srv.stop()
		base = srv.base
	}
	name := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	fmt.Printf("hotline at %s serving %s (%d rows), %d clients, at most %s or %d requests per scenario\n\n",
		base, abs, o.rows, o.clients, o.duration, o.requests)

	var results []result
	for _, sc := range scenarios(base, name) {
		if !selected(o.only, sc.name) {
			continue
		}
		r := measure(ctx, sc, o.clients, o.duration, o.requests)
		results = append(results, r)
		fmt.Fprintln(os.Stderr, "done:", sc.title)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	printLoad(os.Stdout, results)

	if selected(o.only, "csv") {
		c, err := timeCSV(ctx, o, base, name, abs)
		if err != nil {
			return err
		}
		printCSV(os.Stdout, c)
	}
	if srv != nil {
		fmt.Printf("\nserver peak memory (VmHWM): %s (Datasette: 75 MB); server log: %s.serve.log\n", srv.peakRSS(), abs)
	}
	return nil
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

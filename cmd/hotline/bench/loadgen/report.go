package main

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"
)

// Datasette's whole-table CSV on the same 1M-row table and machine, and the sqlite3
// shell's, from LIBRARY-NOTES.md: the ratio of the two is what Hotline's is compared with.
const (
	datasetteCSV = 40.1 // issue 11's wrk run: 40.1 s against the shell's 1.79 s
	sqlite3CSV   = 1.79
)

// printLoad prints one line per scenario: throughput, latency, and how it compares with
// Datasette's throughput on the same page ("3.2x" means 3.2 times as many requests/s).
func printLoad(w io.Writer, results []result) {
	if len(results) == 0 {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "scenario\trequests\tfailed\treq/s\tp50\tp99\tCPU/req\tDatasette req/s\tvs Datasette\t")
	for _, r := range results {
		ds, ratio := "-", "-"
		if r.datasette > 0 {
			ds = fmt.Sprintf("%.0f", r.datasette)
			if r.ok > 0 {
				ratio = fmt.Sprintf("%.1fx", r.perSecond()/r.datasette)
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%s\t%s\t%s\t%s\t%s\t\n", r.title, r.ok, r.failed,
			r.perSecond(), ms(r.p50), ms(r.p99), cpuMS(r.cpuPerRequest()), ds, ratio)
	}
	tw.Flush()
	for _, r := range results {
		if r.warmup != "" {
			fmt.Fprintf(w, "  %s: the warm-up request (not counted): %s\n", r.title, r.warmup)
		}
		if r.firstError != "" {
			fmt.Fprintf(w, "  %s: first failure: %s\n", r.title, r.firstError)
		}
	}
}

// printCSV prints the CSV dump times and their ratio to the sqlite3 shell, beside
// Datasette's ratio.
func printCSV(w io.Writer, c csvResult) {
	fmt.Fprintf(w, "\nwhole-table CSV (%d rows), fastest run:\n", c.rows)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "dump\ttime\tCPU\tMB\tlines\tvs sqlite3\t")
	line := func(name string, d dump) {
		if d.err != nil {
			fmt.Fprintf(tw, "%s\tfailed: %v\t\t\t\t\t\n", name, d.err)
			return
		}
		ratio := "-"
		if c.sqlite3.err == nil && c.sqlite3.best > 0 {
			ratio = fmt.Sprintf("%.2fx", d.best.Seconds()/c.sqlite3.best.Seconds())
		}
		fmt.Fprintf(tw, "%s\t%.2fs\t%s\t%.1f\t%d\t%s\t\n", name, d.best.Seconds(), cpuSeconds(d.cpu),
			float64(d.bytes)/1e6, d.lines, ratio)
	}
	line("hotline ?_stream=on", c.hotline)
	line("sqlite3 -csv", c.sqlite3)
	fmt.Fprintf(tw, "Datasette (measured)\t%.2fs\t\t\t\t%.2fx\t\n", datasetteCSV, datasetteCSV/sqlite3CSV)
	tw.Flush()
	if c.hotline.err == nil && c.hotline.lines != int64(c.rows)+1 {
		fmt.Fprintf(w, "  warning: hotline's CSV has %d lines, want %d (header + rows; multi-line values add more)\n", c.hotline.lines, c.rows+1)
	}
}

// ms formats a latency in milliseconds.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000)
}

// cpuMS formats a CPU time per request, "-" when unknown.
func cpuMS(d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000)
}

// cpuSeconds formats a CPU time in seconds, "-" when unknown.
func cpuSeconds(d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}

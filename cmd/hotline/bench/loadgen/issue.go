package main

import (
	"fmt"
	"io"
	"runtime"
	"text/tabwriter"
)

// goal is one serving figure of issue 11: a scenario, the ratio to Datasette it must
// reach, and whether it must also answer without a single failure.
type goal struct {
	scenario string
	work     string
	minRatio float64
	noErrors bool
}

// goals are issue 11's serving targets, in the issue's order. The CSV target is checked
// apart (csvGoal): its reference is the sqlite3 shell, not Datasette.
var goals = []goal{
	{"json", "JSON page, 100 rows", 10, false},
	{"facet", "_facet=mode on 1M rows, every facet computed", 5, true},
	{"count", "ad hoc count(*) where mode='phone', fresh SQL", 1.5, true},
}

// csvGoal is the most the whole-table CSV may take, as a multiple of `sqlite3 -csv`.
const csvGoal = 1.3

// printIssue prints issue 11's serving table: each figure as a ratio to its reference
// (Datasette's req/s, or the sqlite3 shell's time), for this build and, when measured,
// the previous binary, and whether the target is met. Beside the measured ratio it gives
// the ratio the server's CPU per request allows on this machine's cores, which moves
// less with the load of the rest of the machine than requests per second do.
func printIssue(w io.Writer, now, prev *target, ref *dump) {
	fmt.Fprintln(w, "issue 11, serving (ratio = Hotline req/s / Datasette req/s; CSV: Hotline time / sqlite3 -csv time)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := "work\tDatasette\t"
	if prev != nil {
		head += "prev\t"
	}
	fmt.Fprintln(tw, head+"now\tnow, CPU-bound\ttarget\tmet\t")
	cores := float64(runtime.NumCPU())
	for _, g := range goals {
		r, ok := find(now.loads, g.scenario)
		if !ok {
			continue
		}
		line := fmt.Sprintf("%s\t%.1f req/s\t", g.work, r.datasette)
		if prev != nil {
			if p, ok := find(prev.loads, g.scenario); ok {
				line += loadCell(p) + "\t"
			} else {
				line += "-\t"
			}
		}
		bound := "-"
		if c := r.cpuPerRequest(); c > 0 {
			bound = fmt.Sprintf("%.1fx", cores/c.Seconds()/r.datasette)
		}
		target := fmt.Sprintf("≥ %gx", g.minRatio)
		met := r.ok > 0 && r.perSecond()/r.datasette >= g.minRatio
		if g.noErrors {
			target += ", 0 errors"
			met = met && r.failed == 0
		}
		fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s\t\n", line, loadCell(r), bound, target, yes(met))
	}
	if ref != nil && ref.err == nil && ref.best > 0 {
		line := fmt.Sprintf("whole-table CSV vs sqlite3 -csv\t%.1fx\t", datasetteCSV/sqlite3CSV)
		if prev != nil {
			line += csvCell(prev.csv, *ref) + "\t"
		}
		met := now.csv.err == nil && now.csv.best.Seconds()/ref.best.Seconds() <= csvGoal
		fmt.Fprintf(tw, "%s%s\t-\t≤ %gx\t%s\t\n", line, csvCell(now.csv, *ref), csvGoal, yes(met))
	}
	tw.Flush()
	fmt.Fprintf(w, "CPU-bound: the ratio if the server had the %d cores to itself (cores / its CPU per request);\n"+
		"the load generator and the rest of the machine share them, so the measured ratio is the one that counts.\n", int(cores))
}

// loadCell is "4.0x (1013/s, 0 errors, 1.20ms CPU)".
func loadCell(r result) string {
	if r.ok == 0 {
		return fmt.Sprintf("failed (%d errors)", r.failed)
	}
	s := fmt.Sprintf("%.1fx (%.0f/s, %d errors", r.perSecond()/r.datasette, r.perSecond(), r.failed)
	if c := r.cpuPerRequest(); c > 0 {
		s += ", " + cpuMS(c) + " CPU"
	}
	return s + ")"
}

// csvCell is "1.27x (2.41s; CPU 1.43x)": time and CPU over the sqlite3 shell's.
func csvCell(d, ref dump) string {
	if d.err != nil || d.best <= 0 {
		return "failed"
	}
	s := fmt.Sprintf("%.2fx (%.2fs", d.best.Seconds()/ref.best.Seconds(), d.best.Seconds())
	if d.cpu > 0 && ref.cpu > 0 {
		s += fmt.Sprintf("; CPU %.2fx", d.cpu.Seconds()/ref.cpu.Seconds())
	}
	return s + ")"
}

// find returns the result of the named scenario.
func find(results []result, name string) (result, bool) {
	for _, r := range results {
		if r.name == name {
			return r, true
		}
	}
	return result{}, false
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
}

package main

import "runtime/debug"

// importGC is how the Go collector runs during an import (import_gc_percent and
// import_memory_limit_mb).
type importGC struct {
	percent int   // GOGC: the heap may grow to 1+percent/100 times what it keeps alive
	limit   int64 // soft memory limit, bytes: the collector works harder near it
}

func (c Config) importGC() importGC {
	return importGC{percent: c.ImportGCPercent, limit: int64(c.ImportMemLimitMB) << 20}
}

// tuneGC lets an import's heap grow to several times what it keeps alive (GOGC 400 by
// default instead of 100) under a soft memory limit (220 MB): collection was a fifth of an
// import's CPU. The live heap is 10-15 MB on most imports; the limit is what bounds a large
// one (peak RSS 117 MB at 100,000 articles, against issue 11's 250 MB). Against GOGC 200,
// a 3,000-article import's collection CPU fell by a quarter (0.84 -> 0.64 s, about 4% of
// its CPU) for 95 -> 127 MB of peak RSS.
//
// What the user chose wins: a GOGC or GOMEMLIMIT environment variable (read through
// getenv) leaves that setting as the runtime has it, and a lower limit already in force
// (serve's memory_limit_mb, when it imports the samples at start) is kept with the GC
// percent that goes with it: the server's peak memory is what its ceiling is about. It
// returns the undo.
func tuneGC(s importGC, getenv func(string) string) func() {
	limit := debug.SetMemoryLimit(-1) // a negative limit reads it without changing it
	if limit < s.limit {
		return func() {}
	}
	var undo []func()
	if getenv("GOGC") == "" {
		percent := debug.SetGCPercent(s.percent)
		undo = append(undo, func() { debug.SetGCPercent(percent) })
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(s.limit)
		undo = append(undo, func() { debug.SetMemoryLimit(limit) })
	}
	return func() {
		for _, u := range undo {
			u()
		}
	}
}

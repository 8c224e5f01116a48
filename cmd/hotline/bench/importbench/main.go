// Command importbench measures `hotline import` as the corpus grows: it generates variants
// of the sample articles (invented persons in the samples' places, spread publication
// dates) at several sizes, plus a worst case where every article reports the same few
// pairs, imports each into a new database with the binary under test and, when given, a
// previous binary, and prints time per article (and its ratio to the smallest size), CPU
// cores used, peak memory and database size against the input. Every run is bounded by
// the corpus size; nothing runs in the background.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
)

type options struct {
	hotline, prev string
	dir           string
	sizes         []int
	worst         int
	persons, days int
	stats         bool
}

func main() {
	var o options
	var sizes string
	flag.StringVar(&o.hotline, "hotline", "hotline", "hotline binary under test")
	flag.StringVar(&o.prev, "prev", "", "previous hotline binary to compare with (optional)")
	flag.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "hotline-importbench"), "folder for corpora and databases")
	flag.StringVar(&sizes, "sizes", "2000,10000", "comma-separated corpus sizes (articles); the first is the reference")
	flag.IntVar(&o.worst, "worst", 4000, "articles in the worst case (4 persons, 3 days); 0 skips it")
	flag.IntVar(&o.persons, "persons", 2000, "invented persons in the realistic corpora")
	flag.IntVar(&o.days, "days", 2000, "days the realistic corpora's publication dates span")
	flag.BoolVar(&o.stats, "stats", true, "print the binary's per-phase CPU seconds (--stats) for each run")
	flag.Parse()
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > 1_000_000 {
			fmt.Fprintf(os.Stderr, "importbench: bad size %q (1 to 1,000,000)\n", s)
			os.Exit(2)
		}
		o.sizes = append(o.sizes, n)
	}
	if o.worst < 0 || o.worst > 1_000_000 {
		fmt.Fprintln(os.Stderr, "importbench: --worst must be between 0 and 1,000,000")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "importbench:", err)
		os.Exit(1)
	}
}

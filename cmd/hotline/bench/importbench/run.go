package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"text/tabwriter"
	"time"
)

// measurement is one import of one corpus by one binary.
type measurement struct {
	corpus    corpus
	binary    string
	inputSize int64 // bytes of article text
	wall      time.Duration
	cpu       time.Duration // user + system
	rssMB     float64
	dbSize    int64
	stats     string // the binary's --stats output, when asked
	err       error
}

func (m measurement) perArticle() time.Duration { return m.wall / time.Duration(m.corpus.n) }

// cpuPerArticle is the import's CPU (user and system) per article: on a machine shared
// with other work it moves far less than the wall time.
func (m measurement) cpuPerArticle() time.Duration { return m.cpu / time.Duration(m.corpus.n) }

func run(ctx context.Context, o options, out io.Writer) error {
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		return err
	}
	var corpora []corpus
	for _, n := range o.sizes {
		corpora = append(corpora, corpus{n: n, persons: o.persons, days: o.days})
	}
	if o.worst > 0 {
		corpora = append(corpora, corpus{n: o.worst, persons: 4, days: 3})
	}
	var results []measurement
	for _, c := range corpora {
		path := filepath.Join(o.dir, c.name())
		size, err := ensureCorpus(c, path)
		if err != nil {
			return err
		}
		bins := []string{o.hotline}
		if o.prev != "" {
			bins = append(bins, o.prev)
		}
		for _, bin := range bins {
			m := importOnce(ctx, bin, path, c, size, o.stats && bin == o.hotline)
			results = append(results, m)
			fmt.Fprintf(os.Stderr, "%s %d articles: %.1fs\n", filepath.Base(bin), c.n, m.wall.Seconds())
			if ctx.Err() != nil {
				return ctx.Err()
			}
		}
	}
	report(out, o, results)
	return nil
}

// ensureCorpus generates the corpus unless the file exists, and returns its text size.
func ensureCorpus(c corpus, path string) (int64, error) {
	sizePath := path + ".textbytes"
	if b, err := os.ReadFile(sizePath); err == nil {
		if _, err := os.Stat(path); err == nil {
			var n int64
			if _, err := fmt.Sscan(string(b), &n); err == nil {
				return n, nil
			}
		}
	}
	n, err := c.write(path)
	if err != nil {
		return 0, fmt.Errorf("generating %s: %w", path, err)
	}
	return n, os.WriteFile(sizePath, []byte(fmt.Sprint(n)), 0o644)
}

// importOnce imports the corpus into a fresh database and measures the child process.
func importOnce(ctx context.Context, bin, path string, c corpus, size int64, stats bool) measurement {
	m := measurement{corpus: c, binary: bin, inputSize: size}
	dbPath := filepath.Join(filepath.Dir(path), fmt.Sprintf("import-%s-%d-p%d.db", filepath.Base(bin), c.n, c.persons))
	os.Remove(dbPath)
	args := []string{"import", path, "--db", dbPath, "--progress", "never"}
	if stats {
		args = append(args, "--stats")
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	m.wall = time.Since(start)
	if err != nil {
		m.err = fmt.Errorf("%s: %v: %s", bin, err, stderr.String())
		return m
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		m.rssMB = float64(ru.Maxrss) / 1024
	}
	if st, err := os.Stat(dbPath); err == nil {
		m.dbSize = st.Size()
	}
	if stats {
		m.stats = stdout.String()
		if s, err := space(dbPath); err == nil {
			m.stats += s
		}
	}
	os.Remove(dbPath)
	return m
}

// report prints one line per import; ratios are against the first size with the same
// binary ("vs first"), and against the previous binary on the same corpus ("vs prev", its
// time divided by ours: 2.0x means twice as fast).
func report(w io.Writer, o options, results []measurement) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tbinary\tarticles\ttime\tarticles/s\tms/article\tvs first size\tCPU ms/article\tCPU vs first size\tcores\tpeak RSS MB\tDB / input\tvs prev\tCPU vs prev\t")
	ref, refCPU := map[string]time.Duration{}, map[string]time.Duration{}
	for _, m := range results {
		name := "realistic"
		if m.corpus.persons == 4 {
			name = "same 4 persons"
		}
		if m.err != nil {
			fmt.Fprintf(tw, "%s\t%s\t%d\tfailed: %v\t\t\t\t\t\t\t\t\t\t\t\n", name, filepath.Base(m.binary), m.corpus.n, m.err)
			continue
		}
		key := m.binary
		if _, ok := ref[key]; !ok {
			ref[key], refCPU[key] = m.perArticle(), m.cpuPerArticle()
		}
		vsPrev, cpuVsPrev := "-", "-"
		if m.binary == o.hotline {
			for _, p := range results {
				if p.binary == o.prev && p.corpus == m.corpus && p.err == nil {
					vsPrev = fmt.Sprintf("%.2fx", p.wall.Seconds()/m.wall.Seconds())
					cpuVsPrev = fmt.Sprintf("%.2fx", p.cpu.Seconds()/m.cpu.Seconds())
				}
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.1fs\t%.0f\t%.2f\t%.2fx\t%.2f\t%.2fx\t%.2f\t%.0f\t%.2fx\t%s\t%s\t\n", name, filepath.Base(m.binary),
			m.corpus.n, m.wall.Seconds(), float64(m.corpus.n)/m.wall.Seconds(), float64(m.perArticle().Microseconds())/1000,
			float64(m.perArticle())/float64(ref[key]), float64(m.cpuPerArticle().Microseconds())/1000,
			float64(m.cpuPerArticle())/float64(refCPU[key]), m.cpu.Seconds()/m.wall.Seconds(), m.rssMB,
			float64(m.dbSize)/float64(m.inputSize), vsPrev, cpuVsPrev)
	}
	tw.Flush()
	for _, m := range results {
		if m.stats != "" {
			fmt.Fprintf(w, "\n%s, %d articles (%d persons):\n%s", filepath.Base(m.binary), m.corpus.n, m.corpus.persons, m.stats)
		}
	}
}

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os/exec"
	"time"
)

// dump is one way of writing the whole table as CSV, timed.
type dump struct {
	best         time.Duration // the fastest of the runs
	cpu          time.Duration // CPU time (user + system) of the fastest run; 0 if unknown
	bytes, lines int64
	err          error
}

// csvResult sets Hotline's whole-table CSV stream beside the sqlite3 shell's dump.
type csvResult struct {
	hotline, sqlite3 dump
	rows             int
}

// lineCounter counts what passes through it without keeping it.
type lineCounter struct{ bytes, lines int64 }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.bytes += int64(len(p))
	c.lines += int64(bytes.Count(p, []byte{'\n'}))
	return len(p), nil
}

// timeHotlineCSV times `GET /DB/contacts.csv?_stream=on` o.csvRuns times and keeps the
// fastest run; cpu, when known, is the server's CPU clock.
func timeHotlineCSV(ctx context.Context, o options, base, db string, cpu func() time.Duration) dump {
	u := base + url.PathEscape(db) + "/contacts.csv?_stream=on"
	client := newClient(1)
	defer client.CloseIdleConnections()
	return bestOf(o.csvRuns, func(w io.Writer) (time.Duration, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return 0, err
		}
		cpu0 := cpuOf(cpu)
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return 0, fmt.Errorf("%s answered %s", u, resp.Status)
		}
		_, err = io.Copy(w, resp.Body)
		return cpuOf(cpu) - cpu0, err
	})
}

// timeSqlite3CSV times `sqlite3 -csv -header FILE 'select * from contacts'` o.csvRuns
// times and keeps the fastest run.
func timeSqlite3CSV(ctx context.Context, o options, file string) dump {
	return bestOf(o.csvRuns, func(w io.Writer) (time.Duration, error) {
		cmd := exec.CommandContext(ctx, o.sqlite3, "-csv", "-header", file, "select * from contacts")
		cmd.Stdout = w
		if err := cmd.Run(); err != nil {
			return 0, err
		}
		return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
	})
}

// bestOf runs one dump into a line counter runs times and keeps the fastest; the first
// error ends it. run returns the CPU time the dump took.
func bestOf(runs int, run func(io.Writer) (time.Duration, error)) dump {
	var d dump
	for i := range runs {
		var c lineCounter
		start := time.Now()
		cpu, err := run(&c)
		if err != nil {
			d.err = err
			return d
		}
		if took := time.Since(start); i == 0 || took < d.best {
			d.best, d.cpu = took, cpu
		}
		d.bytes, d.lines = c.bytes, c.lines
	}
	return d
}

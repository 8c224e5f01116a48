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

// timeCSV times `GET /DB/contacts.csv?_stream=on` and `sqlite3 -csv -header FILE 'select *
// from contacts'`, runs times each, keeping the fastest run of each.
func timeCSV(ctx context.Context, o options, base, db, file string) (csvResult, error) {
	u := base + url.PathEscape(db) + "/contacts.csv?_stream=on"
	client := newClient(1)
	hot := bestOf(o.csvRuns, func(w io.Writer) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s answered %s", u, resp.Status)
		}
		_, err = io.Copy(w, resp.Body)
		return err
	})
	ref := bestOf(o.csvRuns, func(w io.Writer) error {
		cmd := exec.CommandContext(ctx, o.sqlite3, "-csv", "-header", file, "select * from contacts")
		cmd.Stdout = w
		return cmd.Run()
	})
	return csvResult{hotline: hot, sqlite3: ref, rows: o.rows}, ctx.Err()
}

// bestOf runs one dump into a line counter runs times and keeps the fastest; the first
// error ends it.
func bestOf(runs int, run func(io.Writer) error) dump {
	var d dump
	for i := range runs {
		var c lineCounter
		start := time.Now()
		if err := run(&c); err != nil {
			d.err = err
			return d
		}
		if took := time.Since(start); i == 0 || took < d.best {
			d.best = took
		}
		d.bytes, d.lines = c.bytes, c.lines
	}
	return d
}

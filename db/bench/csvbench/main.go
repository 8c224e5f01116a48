// Command csvbench streams a whole table as CSV through the explorer's read path
// (db.Reader.StreamTable) to stdout, the way the web export does, so that its time can be
// compared with the sqlite3 shell's `sqlite3 -csv FILE 'select * from TABLE'`. With
// -generate N it first builds the benchmark database (if the file does not exist).
package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"runtime/pprof"
	"strconv"
	"time"

	"hotline/db"
	"hotline/db/bench"
)

func main() {
	path := flag.String("db", "", "database file")
	table := flag.String("table", "contacts", "table to stream")
	generate := flag.Int("generate", 0, "build the benchmark database with this many rows if the file is missing")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the export to this file")
	flag.Parse()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "csvbench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(*path, *table, *generate); err != nil {
		fmt.Fprintln(os.Stderr, "csvbench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(path, table string, generate int) error {
	ctx := context.Background()
	if path == "" {
		return errors.New("-db is required")
	}
	if generate > 0 {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			start := time.Now()
			if err := bench.Generate(ctx, path, generate); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "generated %d rows in %v\n", generate, time.Since(start).Round(time.Millisecond))
		}
		return nil
	}
	r, err := db.OpenReader(ctx, path, db.ReadOptions{Immutable: true})
	if err != nil {
		return err
	}
	defer r.Close()
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	w := csv.NewWriter(out)
	record := []string{}
	err = r.StreamTable(ctx, db.TableQuery{Table: table}, w.Write, func(row []any) error {
		record = record[:0]
		for _, v := range row {
			record = append(record, cell(v))
		}
		return w.Write(record)
	})
	if err != nil {
		return err
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return out.Flush()
}

// cell writes a value as the sqlite3 shell does in CSV mode: NULL as an empty field.
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case string:
		return v
	case []byte:
		return string(v)
	}
	return fmt.Sprint(v)
}

package main_test

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"maps"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// TestTuneImportIsDeterministic imports dev/tune, and its stories with their offices set
// off after the names (the paraphrase family whose speaker accuracy was once logged at
// .988 in one run and .991 in another), with the binary under different worker counts and
// GOMAXPROCS, two of the imports at once so that they share the cores: every table must
// come out identical, ids included. A shared .db must not depend on the machine's timing,
// and the metamorphic tests' floors are only the rows reached if an import is a function
// of its input. The importer's TestImportIsDeterministic does the same in one process on
// generated articles; this one runs real news (the parser, re-extraction with known
// surnames) in fresh processes, each with its own hash seeds and map orders.
func TestTuneImportIsDeterministic(t *testing.T) {
	stories, gold := readTuneStories(t)
	people := goldPeople(gold)
	appositive := filepath.Join(t.TempDir(), "tune")
	for _, s := range stories {
		writeFile(t, appositive, s.file, s.frontMatter(s.title)+appositiveTitles(s.body, people[s.file]))
	}
	dev, err := filepath.Abs(filepath.Join(scoreDir, "dev", "tune"))
	if err != nil {
		t.Fatal(err)
	}
	runs := []struct {
		name string
		env  []string
		args []string
	}{
		{"one worker", []string{"GOMAXPROCS=1"}, []string{"--workers", "1"}},
		{"one per core", []string{"GOMAXPROCS=2"}, nil},
		{"more workers than cores", []string{"GOMAXPROCS=8"}, []string{"--workers", "13"}},
	}
	for _, corpus := range []struct{ name, dir string }{{"tune", dev}, {"appositive titles", appositive}} {
		t.Run(corpus.name, func(t *testing.T) {
			sums := make([]map[string]string, len(runs))
			paths := make([]string, len(runs))
			cmds := make([]*exec.Cmd, len(runs))
			for i, r := range runs {
				paths[i] = filepath.Join(t.TempDir(), "d.db")
				cmds[i] = exec.Command(binary, append([]string{"import", corpus.dir, "--db", paths[i], "--progress", "never"}, r.args...)...)
				cmds[i].Env = append(cleanEnv(), r.env...)
				if i == 0 { // alone; the others share the cores
					if out, err := cmds[i].CombinedOutput(); err != nil {
						t.Fatalf("%s: import: %v\n%s", r.name, err, out)
					}
				} else if err := cmds[i].Start(); err != nil {
					t.Fatal(err)
				}
			}
			for i, r := range runs {
				if i > 0 {
					if err := cmds[i].Wait(); err != nil {
						t.Fatalf("%s: import: %v", r.name, err)
					}
				}
				sums[i] = tableSums(t, paths[i])
			}
			for i, r := range runs[1:] {
				for _, table := range slices.Sorted(maps.Keys(sums[0])) {
					if sums[i+1][table] != sums[0][table] {
						t.Errorf("table %s differs between %s and %s", table, runs[0].name, r.name)
					}
				}
			}
		})
	}
}

// tableSums returns a checksum of every table's rows (but imports, which holds the run's
// times) of the database at path.
func tableSums(tb testing.TB, path string) map[string]string {
	tb.Helper()
	d, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	var tables []string
	rows, err := d.Query(`SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name <> 'imports' ORDER BY name`)
	if err != nil {
		tb.Fatal(err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			tb.Fatal(err)
		}
		tables = append(tables, name)
	}
	if err := rows.Close(); err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	for _, table := range tables {
		rows, err := d.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			tb.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			tb.Fatal(err)
		}
		sum := sha256.New()
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			fmt.Fprintf(sum, "%q\n", vals)
		}
		if err := rows.Close(); err != nil {
			tb.Fatal(err)
		}
		out[table] = hex.EncodeToString(sum.Sum(nil))
	}
	return out
}

package main_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// loadgen and hotline are built once by TestMain; the tests run them as run.sh does.
var loadgen, hotline string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "loadgen-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	loadgen, hotline = filepath.Join(dir, "loadgen"), filepath.Join(dir, "hotline")
	for out, pkg := range map[string]string{loadgen: ".", hotline: "../.."} {
		if b, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building %s: %v\n%s", pkg, err, b)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the load generator with args and returns its exit code, stdout and stderr.
func run(tb testing.TB, args ...string) (int, string, string) {
	tb.Helper()
	cmd := exec.Command(loadgen, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errOut.String()
	} else if err != nil {
		tb.Fatal(err)
	}
	return 0, out.String(), errOut.String()
}

func TestRefusesUnboundedOrRemoteRuns(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"remote url", []string{"--url", "http://10.1.2.3:8001/"}, "not a loopback address"},
		{"not http", []string{"--url", "ftp://127.0.0.1/"}, "not an http:// URL"},
		{"no clients", []string{"--clients", "0"}, "--clients"},
		{"endless duration", []string{"--duration", "2h"}, "--duration"},
		{"no rows", []string{"--rows", "0"}, "--rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q: want exit 2 and %q", code, stderr, tt.want)
			}
		})
	}
}

// TestSmallRun measures a small table end to end: every page answers, the CSV stream has
// a header and every row, and a second run reuses the generated file.
func TestSmallRun(t *testing.T) {
	const rows = 3000
	db := filepath.Join(t.TempDir(), "small.db")
	args := []string{"--hotline", hotline, "--db", db, "--rows", strconv.Itoa(rows),
		"--clients", "2", "--duration", "1s", "--requests", "30", "--csv-runs", "1"}
	code, stdout, stderr := run(t, args...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, page := range []string{"table page", "filtered + sorted page", "JSON, 100 rows", "facet page (mode)", "count(*) via SQL"} {
		t.Run(page, func(t *testing.T) {
			f := fieldsOfLine(t, stdout, page)
			if ok, failed := f[len(f)-8], f[len(f)-7]; ok == "0" || failed != "0" {
				t.Errorf("%s requests, %s failed:\n%s", ok, failed, stdout)
			}
		})
	}
	if f := fieldsOfLine(t, stdout, "hotline ?_stream=on"); f[len(f)-2] != strconv.Itoa(rows+1) {
		t.Errorf("the CSV stream has %s lines, want %d:\n%s", f[len(f)-2], rows+1, stdout)
	}
	if _, err := exec.LookPath("sqlite3"); err == nil {
		if f := fieldsOfLine(t, stdout, "sqlite3 -csv"); f[len(f)-2] != strconv.Itoa(rows+1) {
			t.Errorf("the sqlite3 dump has %s lines, want %d:\n%s", f[len(f)-2], rows+1, stdout)
		}
	}
	if !strings.Contains(stdout, "issue 11, serving") || !strings.Contains(stdout, "whole-table CSV vs sqlite3 -csv") {
		t.Errorf("no issue 11 table:\n%s", stdout)
	}
	if _, _, stderr := run(t, append(args, "--only", "json")...); !strings.Contains(stderr, "reusing") {
		t.Errorf("the second run did not reuse %s:\n%s", db, stderr)
	}
}

// TestPrevious measures a previous binary (here the same one) beside this one: both
// are reported, and the issue table has a column for each.
func TestPrevious(t *testing.T) {
	db := filepath.Join(t.TempDir(), "prev.db")
	code, stdout, stderr := run(t, "--hotline", hotline, "--prev", hotline, "--db", db, "--rows", "2000",
		"--clients", "2", "--duration", "1s", "--requests", "20", "--only", "json,count")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"prev:\n", "now:\n", "issue 11, serving"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %q in the report:\n%s", want, stdout)
		}
	}
	for _, work := range []string{"JSON page, 100 rows", "ad hoc count(*)"} {
		t.Run(work, func(t *testing.T) {
			if n := strings.Count(fieldsLine(t, stdout, work), "/s, "); n != 2 {
				t.Errorf("want a prev and a now figure, got %d:\n%s", n, stdout)
			}
		})
	}
}

// fieldsLine returns the report line that starts with label.
func fieldsLine(tb testing.TB, report, label string) string {
	tb.Helper()
	for _, line := range strings.Split(report, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), label) {
			return line
		}
	}
	tb.Fatalf("no line %q in the report:\n%s", label, report)
	return ""
}

// fieldsOfLine returns the whitespace-separated fields of the report line that starts
// with label.
func fieldsOfLine(tb testing.TB, report, label string) []string {
	tb.Helper()
	for _, line := range strings.Split(report, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), label) {
			return strings.Fields(line)
		}
	}
	tb.Fatalf("no line %q in the report:\n%s", label, report)
	return nil
}

package db_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"hotline/db"
)

// repeatCols is "SELECT expr, expr, ..." with n copies of expr.
func repeatCols(expr string, n int) string {
	return "SELECT " + strings.TrimSuffix(strings.Repeat(expr+", ", n), ", ")
}

// TestWorkAndMemoryBombs: single function calls that used to run for seconds past the
// time limit (SQLite checks it only between steps) or to take gigabytes. Each must now be
// answered quickly by a refusal naming the limit (EINVALID), or by its (cheap) answer;
// never by the time limit, which would mean one call ran long enough to meet it.
func TestWorkAndMemoryBombs(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{SQLTimeLimit: 2 * time.Second})
	ok, invalid := "", db.EINVALID
	tests := []struct {
		name, sql string
		codes     []string
		message   string // part of the refusal
	}{
		{"instr over 2 MB (27.6 s before)", `SELECT instr(printf('%.*c', 2000000, 'a'), printf('%.*c', 1000000, 'a') || 'b')`, []string{ok}, ""},
		{"instr over the value limit", `SELECT instr(printf('%.*c', 20000000, 'a'), 'b')`, []string{invalid}, "8 MB limit on values"},
		{"replace, quadratic in SQLite", `SELECT length(replace(printf('%.*c', 4000000, 'a'), printf('%.*c', 2000000, 'a') || 'b', 'x'))`, []string{ok}, ""},
		{"replace that grows past the limit", `SELECT length(replace(printf('%.*c', 4000000, 'a'), 'a', 'aaaa'))`, []string{invalid}, "8 MB limit on values"},
		{"trim with a huge set (2 min before)", `SELECT length(trim(printf('%.*c', 1000000, 'a'), printf('%.*c', 1000000, 'b') || 'a'))`, []string{ok}, ""},
		{"like with a missing tail (13 s before)", `SELECT printf('%.*c', 4000000, 'a') LIKE '%' || printf('%.*c', 999, 'a') || 'b'`, []string{ok}, ""},
		{"like backtracking", `SELECT printf('%.*c', 4000000, 'a') LIKE '%' || printf('%.*c', 999, 'a') || '_b'`, []string{invalid}, "pattern too complex"},
		{"glob backtracking", `SELECT printf('%.*c', 4000000, 'a') GLOB '*' || printf('%.*c', 999, 'a') || '?b'`, []string{invalid}, "pattern too complex"},
		{"three randomblob(99e6) (8.9 s before)", repeatCols(`length(randomblob(99000000))`, 3), []string{invalid}, "8 MB limit on values"},
		{"zeroblob", `SELECT length(zeroblob(99000000))`, []string{invalid}, "8 MB limit on values"},
		{"60 printf columns of 99 MB (6.4 GB before)", repeatCols(`length(printf('%.*c', 99000000, 'x'))`, 60), []string{invalid}, "8 MB limit on values"},
		{"group_concat past the limit", `WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000)
			SELECT length(group_concat(printf('%.*c', 10000, 'x'))) FROM c`, []string{invalid}, "8 MB limit on values"},
		// Last, as they keep a core busy after their answer:
		// Sixty 8 MB calls in a row: SQLite checks its time limit only between loop steps,
		// so this runs past it; the answer comes on time anyway (ETIMEOUT), or the memory
		// limit stops it first when the statements before it still hold memory.
		{"60 printf columns of 8 MB", repeatCols(`length(printf('%.*c', 8000000, 'x'))`, 60), []string{db.ETIMEOUT, invalid}, ""},
		{"60 values of 8 MB held at once", repeatCols(`printf('%.*c', 8000000, 'x')`, 60), []string{invalid, db.ETIMEOUT}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := r.Query(context.Background(), tc.sql, nil)
			if !slices.Contains(tc.codes, db.ErrorCode(err)) {
				t.Fatalf("got %v (code %q), want one of %q", err, db.ErrorCode(err), tc.codes)
			}
			if !strings.Contains(db.ErrorMessage(err), tc.message) {
				t.Errorf("message %q does not name the limit (%q)", db.ErrorMessage(err), tc.message)
			}
		})
	}
}

// TestResultSizeLimit: rows under the row limit can still add up to gigabytes (1,000 rows
// of 8 MB); the result held in memory has a cap of its own.
func TestResultSizeLimit(t *testing.T) {
	r := openReader(t, writeFixture(t), db.ReadOptions{MaxResultBytes: 1 << 20})
	_, err := r.Query(context.Background(), `WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000)
		SELECT zeroblob(20000) FROM c`, nil)
	if db.ErrorCode(err) != db.EINVALID || !strings.Contains(db.ErrorMessage(err), "the result is larger than the 1 MB") {
		t.Errorf("got %v (code %q), want EINVALID naming the 1 MB limit", err, db.ErrorCode(err))
	}
	if _, err := r.Query(context.Background(), `SELECT zeroblob(20000) FROM (SELECT 1 UNION ALL SELECT 2)`, nil); err != nil {
		t.Errorf("a small result: %v", err)
	}
}

package views_test

import (
	"context"
	"crypto/sha256"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"hotline/db"
	"hotline/views"
)

// hostileSQL is the standing hostile suite of the explorer's SQL (issue 8): writes,
// escapes from the sandbox, and time and memory bombs. refuse marks statements that must
// be refused (4xx) as JSON and CSV (the HTML editor may show an empty or waiting form with
// a 200); the others may also run (200) but never fail with a 5xx.
func hostileSQL(dir string) []struct {
	sql    string
	refuse bool
} {
	x := filepath.Join(dir, "x.db")
	return []struct {
		sql    string
		refuse bool
	}{
		// writes
		{"insert into contacts (mode) values ('x')", true},
		{"update contacts set mode = 'x'", true},
		{"delete from contacts", true},
		{"replace into actors (id, name) values (1, 'x')", true},
		{"insert into actors (id, name) values (1, 'x') on conflict do nothing", true},
		{"insert or ignore into big select * from big", true},
		{"with x as (select 1) delete from contacts", true},
		{"with x as (select 1) update contacts set mode = 'y'", true},
		{"drop table contacts", true},
		{"drop view if exists nope", true},
		{"drop index if exists nope", true},
		{"create table x (a)", true},
		{"create table x as select * from contacts", true},
		{"create temp table x (a)", true},
		{"create temporary view v as select 1", true},
		{"create index i on contacts(mode)", true},
		{"create trigger t after insert on contacts begin select 1; end", true},
		{"create temp trigger t after insert on contacts begin delete from big; end", true},
		{"create virtual table temp.f using fts5(a)", true},
		{"create virtual table f using rtree(id, a, b)", true},
		{"alter table contacts add column z", true},
		{"alter table contacts rename to c2", true},
		{"insert into quotes_fts (quotes_fts) values ('rebuild')", true},
		{"insert into quotes_fts (quotes_fts) values ('delete-all')", true},
		// escapes: files, connections, code
		{"attach '" + x + "' as x", true},
		{"attach database '" + x + "' as x", true},
		{"attach 'file:" + x + "?mode=rwc' as x", true},
		{"attach ':memory:' as m", true},
		{"/* c */ attach '" + x + "' as x", true},
		{"detach main", true},
		{"vacuum", true},
		{"vacuum into '" + x + "'", true},
		{"vacuum main into '" + x + "'", true},
		{"analyze", true},
		{"reindex", true},
		{"begin", true},
		{"begin immediate", true},
		{"commit", true},
		{"savepoint a", true},
		{"release a", true},
		{"select load_extension('x')", true},
		{"select load_extension('/usr/lib/x86_64-linux-gnu/libsqlite3.so')", true},
		{"select writefile('" + x + "', 'y')", true},
		{"select readfile('/etc/passwd')", true},
		{"select edit('x')", true},
		{"select fts3_tokenizer('simple')", true},
		{"select * from sqlite_dbpage", false},
		{"select * from dbstat", false},
		// pragmas
		{"pragma query_only = 0", true},
		{"pragma writable_schema = 1", true},
		{"pragma journal_mode = wal", true},
		{"pragma journal_mode = delete", true},
		{"pragma user_version = 5", true},
		{"pragma main.application_id = 5", true},
		{"pragma database_list", true},
		{"pragma temp_store_directory = '" + dir + "'", true},
		{"pragma temp_store = memory", true},
		{"pragma cache_size = -2000000", true},
		{"pragma mmap_size = 1000000000", true},
		{"pragma hard_heap_limit = 0", true},
		{"pragma soft_heap_limit = 0", true},
		{"pragma case_sensitive_like = 1", true},
		{"pragma recursive_triggers = 1", true},
		{"pragma wal_checkpoint", true},
		{"pragma integrity_check", true},
		{"pragma optimize", true},
		{"pragma shrink_memory", true},
		{"select * from pragma_journal_mode('wal')", true},
		{"pragma table_info(contacts)", false},
		{"select * from pragma_table_info('contacts')", false},
		// time bombs
		{"with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c", true},
		{"with recursive c(x) as (select 1 union all select x + 1 from c) select x from c order by x desc limit 1", true},
		{"with recursive c(x) as (select 1 union all select x from c) select group_concat(x) from c", true},
		{"select count(*) from big a, big b, big c", true},
		{"select count(*) from big a, big b where a.label like '%' || b.label || '%'", true},
		{"select instr(printf('%.*c', 2000000, 'a'), printf('%.*c', 1000000, 'a') || 'b')", false},
		{"select length(replace(printf('%.*c', 4000000, 'a'), printf('%.*c', 2000000, 'a') || 'b', 'x'))", false},
		{"select length(trim(printf('%.*c', 1000000, 'a'), printf('%.*c', 1000000, 'b') || 'a'))", false},
		{"select printf('%.*c', 4000000, 'a') like '%' || printf('%.*c', 999, 'a') || '_b'", true},
		{"select printf('%.*c', 4000000, 'a') glob '*' || printf('%.*c', 999, 'a') || '?b'", true},
		// memory bombs
		{"select length(randomblob(99000000)), length(randomblob(99000000)), length(randomblob(99000000))", true},
		{"select length(zeroblob(2000000000))", true},
		{"select length(printf('%.*c', 2000000000, 'x'))", true},
		{"select " + strings.TrimSuffix(strings.Repeat("length(printf('%.*c', 99000000, 'x')),", 60), ","), true},
		{"select hex(zeroblob(99000000))", true},
		{"with recursive c(i) as (select 1 union all select i + 1 from c where i < 20000) select length(group_concat(printf('%.*c', 1000, 'x'))) from c", true},
		{"with recursive b(s, n) as (select 'x', 0 union all select s || s, n + 1 from b where n < 40) select max(length(s)) from b", true},
		{"select json_group_array(printf('%.*c', 100000, 'x')) from big", true},
		// parser abuse
		{"select " + strings.Repeat("(", 5000) + "1" + strings.Repeat(")", 5000), true},
		{"select " + strings.Repeat("-", 100000) + "1", false},
		{"select 1 in (" + strings.TrimSuffix(strings.Repeat("1,", 100000), ",") + ")", false},
		{"select " + strings.TrimSuffix(strings.Repeat("1,", 40000), ","), true},
		{"select * from contacts " + strings.Repeat("union all select * from contacts ", 600), true},
		{"select json(" + "'" + strings.Repeat("[", 3000) + strings.Repeat("]", 3000) + "')", true},
		{"select ?", true},
		{"select $a(b)", true},
		{"select $a::b", true},
		{"select :1", true},
		{"select 1; drop table contacts", true},
		{"select 1; select 2", true},
		{"", true},
		{"-- only a comment", true},
		{"select '\x00'", false},
		{"select char(0, 55296, 1114112)", false},
		{"select * from quotes_fts where quotes_fts match '\"'", true},
		{"select * from quotes_fts where quotes_fts match 'a NEAR/999999999 b'", false},
		{"select highlight(quotes_fts, 0, '<script>', '</script>') from quotes_fts where quotes_fts match 'peace'", false},
	}
}

// TestHostileSQL runs the suite in HTML, JSON and CSV: no statement gets a 5xx, those that
// must be refused get a 4xx, the file is byte for byte unchanged and no file appears.
func TestHostileSQL(t *testing.T) {
	path := fixtureDB(t)
	dir := filepath.Dir(path)
	r, err := db.OpenReader(context.Background(), path, db.ReadOptions{SQLTimeLimit: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	h, err := views.New(r, testConfig(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	before, files := sha256File(t, path), listDir(t, dir)
	suite := hostileSQL(dir)
	if len(suite) < 90 {
		t.Fatalf("the hostile suite has %d statements, want at least 90", len(suite))
	}
	for _, form := range []string{"/hotline/-/query", "/hotline/-/query.json", "/hotline/-/query.csv"} {
		for _, tc := range suite {
			target := form + "?sql=" + url.QueryEscape(tc.sql)
			name := form + " " + tc.sql
			t.Run(name[:min(len(name), 80)], func(t *testing.T) {
				req := httptest.NewRequest(http.MethodGet, target, nil)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				switch {
				case rec.Code >= 500:
					t.Fatalf("status %d: %s", rec.Code, firstLines(rec.Body.String()))
				case tc.refuse && rec.Code < 400 && form != "/hotline/-/query":
					t.Errorf("status %d, want a refusal", rec.Code)
				}
			})
		}
	}
	if sha256File(t, path) != before {
		t.Error("the database file changed")
	}
	if got := listDir(t, dir); !slices.Equal(got, files) {
		t.Errorf("files beside the database: %v, want %v", got, files)
	}
}

func sha256File(tb testing.TB, path string) [32]byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return sha256.Sum256(b)
}

func listDir(tb testing.TB, dir string) []string {
	tb.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

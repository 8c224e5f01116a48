package main_test

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestQuery(t *testing.T) {
	dir := t.TempDir()
	if r := hotline(t, dir, nil, "", "import", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: exit %d: %s", r.code, r.stderr)
	}
	const modes = "SELECT mode, count(*) AS n FROM contacts GROUP BY mode ORDER BY mode"
	t.Run("table", func(t *testing.T) {
		r := hotline(t, dir, nil, "", "query", modes)
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		if r.code != 0 || len(lines) < 3 || strings.Fields(lines[0])[0] != "mode" || !strings.HasPrefix(lines[1], "----") {
			t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("csv agrees with json", func(t *testing.T) {
		c := hotline(t, dir, nil, "", "query", "hotline.db", modes, "--format", "csv")
		j := hotline(t, dir, nil, "", "query", "hotline.db", modes, "--format", "json")
		recs, err := csv.NewReader(strings.NewReader(c.stdout)).ReadAll()
		if err != nil || c.code != 0 {
			t.Fatalf("csv: exit %d, %v: %q", c.code, err, c.stdout)
		}
		var objs []map[string]any
		if err := json.Unmarshal([]byte(j.stdout), &objs); err != nil || j.code != 0 {
			t.Fatalf("json: exit %d, %v: %q", j.code, err, j.stdout)
		}
		if len(recs) != len(objs)+1 || len(objs) == 0 {
			t.Fatalf("%d csv records, %d json objects", len(recs), len(objs))
		}
		for i, o := range objs {
			if o["mode"] != recs[i+1][0] || strings.TrimSuffix(strings.TrimSpace(jsonText(o["n"])), ".0") != recs[i+1][1] {
				t.Errorf("row %d: json %v, csv %v", i, o, recs[i+1])
			}
		}
	})
	t.Run("jsonl with a parameter", func(t *testing.T) {
		r := hotline(t, dir, nil, "", "query", "SELECT name FROM actors WHERE country = :c ORDER BY name", "-p", "c=RU", "--format", "jsonl")
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		var first map[string]string
		if r.code != 0 || len(lines) == 0 || json.Unmarshal([]byte(lines[0]), &first) != nil || first["name"] == "" {
			t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
		}
	})
	for _, c := range []struct{ name, sql, format, want string }{
		{"writing is refused", "DELETE FROM actors", "table", "not allowed"},
		{"bad SQL says where", "SELEC 1", "table", "syntax error"},
		{"unknown format", "SELECT 1", "xml", "--format must be"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := hotline(t, dir, nil, "", "query", c.sql, "--format", c.format)
			if r.code == 0 || !strings.Contains(r.stderr, c.want) {
				t.Errorf("exit %d, stderr %q, want a failure saying %q", r.code, r.stderr, c.want)
			}
		})
	}
	if n := count(t, dir+"/hotline.db", "actors"); n == 0 {
		t.Error("the actors are gone")
	}
}

// jsonText prints a decoded JSON number as the CSV writes it.
func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

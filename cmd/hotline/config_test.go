package main_test

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// settings runs `hotline config` and decodes what it printed.
func settings(tb testing.TB, dir string, env []string, args ...string) map[string]any {
	tb.Helper()
	r := hotline(tb, dir, env, "", append([]string{"config"}, args...)...)
	if r.code != 0 {
		tb.Fatalf("hotline config %v: exit %d: %s", args, r.code, r.stderr)
	}
	var m map[string]any
	if err := yaml.Unmarshal([]byte(r.stdout), &m); err != nil {
		tb.Fatalf("config output is not YAML: %v\n%s", err, r.stdout)
	}
	return m
}

func TestConfigPrecedence(t *testing.T) {
	const file = "addr: 127.0.0.1:7000\nsql_time_limit_ms: 700\nallow_sql: false\n"
	tests := []struct {
		name string
		file string
		env  []string
		args []string
		key  string
		want any
	}{
		{"default", "", nil, nil, "addr", "127.0.0.1:8001"},
		{"file over default", file, nil, nil, "addr", "127.0.0.1:7000"},
		{"env over file", file, []string{"HOTLINE_ADDR=127.0.0.1:7100"}, nil, "addr", "127.0.0.1:7100"},
		{"flag over env", file, []string{"HOTLINE_ADDR=127.0.0.1:7100"}, []string{"--addr", "127.0.0.1:7200"}, "addr", "127.0.0.1:7200"},
		{"flag left at default does not override file", file, nil, []string{"--db", "x.db"}, "addr", "127.0.0.1:7000"},
		{"env only, no file", "", []string{"HOTLINE_SQL_TIME_LIMIT_MS=250"}, nil, "sql_time_limit_ms", 250},
		{"env bool over file", file, []string{"HOTLINE_ALLOW_SQL=true"}, nil, "allow_sql", true},
		{"file int", file, nil, nil, "sql_time_limit_ms", 700},
		{"answer cache off from env", "", []string{"HOTLINE_SQL_CACHE_MB=0"}, nil, "sql_cache_mb", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, "config.yaml", tt.file)
			}
			got := settings(t, dir, tt.env, tt.args...)[tt.key]
			if got != tt.want {
				t.Errorf("%s = %v (%T), want %v (%T)", tt.key, got, got, tt.want, tt.want)
			}
		})
	}
}

func TestConfigFlagNamesFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "config.yaml", "addr: 127.0.0.1:7000\n")
	writeFile(t, dir, "other.yaml", "addr: 127.0.0.1:7300\n")
	if got := settings(t, dir, nil, "--config", "other.yaml")["addr"]; got != "127.0.0.1:7300" {
		t.Errorf("--config other.yaml: addr = %v", got)
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		args    []string
		env     []string
		mention []string
	}{
		{"unknown key", "adress: x\n", nil, nil, []string{"config.yaml", "adress"}},
		{"wrong type", "sql_time_limit_ms: soon\n", nil, nil, []string{"config.yaml", "sql_time_limit_ms"}},
		{"bad yaml", "addr: [unclosed\n", nil, nil, []string{"config.yaml"}},
		{"missing --config file", "", []string{"--config", "nope.yaml"}, nil, []string{"nope.yaml"}},
		{"invalid value", "progress: sometimes\n", nil, nil, []string{"progress"}},
		{"negative answer cache", "sql_cache_mb: -1\n", nil, nil, []string{"sql_cache_mb"}},
		{"bad env value", "", nil, []string{"HOTLINE_MAX_RETURNED_ROWS=lots"}, []string{"max_returned_rows"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, "config.yaml", tt.file)
			}
			r := hotline(t, dir, tt.env, "", append([]string{"config"}, tt.args...)...)
			if r.code == 0 {
				t.Fatalf("exit 0, want a failure; stdout %q", r.stdout)
			}
			lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
			if len(lines) != 1 {
				t.Errorf("want one line on stderr, got %d:\n%s", len(lines), r.stderr)
			}
			for _, m := range tt.mention {
				if !strings.Contains(r.stderr, m) {
					t.Errorf("stderr %q does not mention %q", r.stderr, m)
				}
			}
		})
	}
}

package main_test

import (
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServeRefusesMissingNamedFile(t *testing.T) {
	for name, args := range map[string][]string{
		"argument":     {"serve", "typo.db", "--addr", "127.0.0.1:0"},
		"--db setting": {"serve", "--addr", "127.0.0.1:0"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var env []string
			if name == "--db setting" {
				env = []string{"HOTLINE_DB=typo.db"}
			}
			r := hotline(t, dir, env, "", args...)
			if r.code == 0 || !strings.Contains(r.stderr, "typo.db") {
				t.Errorf("exit %d, stderr %q: want a failure naming typo.db", r.code, r.stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, "typo.db")); err == nil {
				t.Error("serve built typo.db from the samples")
			}
		})
	}
}

func TestServeChecksThePortFirst(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := t.TempDir()
	r := hotline(t, dir, nil, "", "serve", "--addr", ln.Addr().String(), "--progress", "never")
	if r.code == 0 || !strings.Contains(r.stderr, "already in use") || !strings.Contains(r.stderr, "--addr") {
		t.Errorf("exit %d, stderr %q: want 'already in use' and a hint about --addr", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "hotline.db")); err == nil {
		t.Error("the sample database was built although the port was taken")
	}
}

func TestVersionsMatchTheVersionCommand(t *testing.T) {
	dir := t.TempDir()
	cli := hotline(t, dir, nil, "", "version")
	base, stop := startServe(t, dir)
	defer stop()
	resp, err := http.Get(base + "-/versions.json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v struct {
		Hotline struct{ Version string } `json:"hotline"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		t.Fatal(err)
	}
	if v.Hotline.Version == "" || !strings.HasPrefix(cli.stdout, "hotline "+v.Hotline.Version+" ") {
		t.Errorf("/-/versions.json says %q, hotline version says %q", v.Hotline.Version, cli.stdout)
	}
}

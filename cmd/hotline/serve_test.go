package main_test

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startServe starts `hotline serve` with args in dir and returns its base URL once it
// listens, and a function that stops it with SIGINT and returns what it printed.
func startServe(tb testing.TB, dir string, args ...string) (string, func() string) {
	tb.Helper()
	_, base, stop := startServeEnv(tb, dir, nil, args...)
	return base, stop
}

// startServeEnv is startServe with extra environment variables; it also returns the
// process, for tests that read its /proc entries.
func startServeEnv(tb testing.TB, dir string, env []string, args ...string) (*os.Process, string, func() string) {
	tb.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", "127.0.0.1:0", "--progress", "never"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(cleanEnv(), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var printed strings.Builder
	url := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	deadline := time.After(60 * time.Second)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				cmd.Wait()
				tb.Fatalf("serve exited before listening:\n%s%s", printed.String(), stderr.String())
			}
			printed.WriteString(line + "\n")
			if u := url.FindString(line); u != "" {
				stop := func() string {
					cmd.Process.Signal(syscall.SIGINT)
					for line := range lines {
						printed.WriteString(line + "\n")
					}
					if err := cmd.Wait(); err != nil {
						tb.Errorf("serve did not exit cleanly on SIGINT: %v\n%s", err, stderr.String())
					}
					return printed.String()
				}
				return cmd.Process, u, stop
			}
		case <-deadline:
			cmd.Process.Kill()
			tb.Fatalf("serve did not print its address within 60s:\n%s%s", printed.String(), stderr.String())
		}
	}
}

func TestServeBuildsSeedsWhenMissing(t *testing.T) {
	dir := t.TempDir()
	base, stop := startServe(t, dir)
	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "hotline") {
		t.Errorf("GET /: status %d, body does not name the database", resp.StatusCode)
	}
	out := stop()
	if !strings.Contains(out, "built it from the sample articles") {
		t.Errorf("serve did not say it built the database:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "hotline.db")); err != nil {
		t.Errorf("hotline.db was not built: %v", err)
	}
	if !strings.Contains(out, "Stopped.") {
		t.Errorf("no graceful stop message:\n%s", out)
	}
}

func TestServeOpensReadOnly(t *testing.T) {
	dir := t.TempDir()
	if r := hotline(t, dir, nil, "", "import", "--db", "x.db", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "x.db"))
	base, stop := startServe(t, dir, "x.db")
	resp, err := http.Get(base + "x/-/query.json?sql=" + "delete+from+articles")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode < 400 || resp.StatusCode >= 500 {
		t.Errorf("a DELETE through the SQL page answered %d, want a 4xx refusal", resp.StatusCode)
	}
	stop()
	after, _ := os.ReadFile(filepath.Join(dir, "x.db"))
	if string(before) != string(after) {
		t.Error("serving changed the database file")
	}
}

func TestServeRejectsMissingConfig(t *testing.T) {
	r := hotline(t, t.TempDir(), nil, "", "serve", "--config", "absent.yaml")
	if r.code == 0 || !strings.Contains(r.stderr, "absent.yaml") {
		t.Errorf("exit %d, stderr %q: want a failure naming absent.yaml", r.code, r.stderr)
	}
}

// TestServeCPUProfile checks that --cpuprofile writes the profile of the whole serve when
// it stops, so a server can be profiled under real load without rebuilding it.
func TestServeCPUProfile(t *testing.T) {
	dir := t.TempDir()
	if r := hotline(t, dir, nil, "", "import", "--db", "x.db", "--progress", "never"); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	base, stop := startServe(t, dir, "x.db", "--cpuprofile", "cpu.out")
	resp, err := http.Get(base + "x/contacts.json")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	stop()
	if st, err := os.Stat(filepath.Join(dir, "cpu.out")); err != nil || st.Size() == 0 {
		t.Errorf("cpu.out: %v, want a non-empty profile", err)
	}
}

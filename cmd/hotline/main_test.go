package main_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binary is the hotline executable built once by TestMain; the tests run it as a user
// would, with real flags, environment variables, config files and signals.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hotline-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "hotline")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building hotline: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary printed and how it exited.
type result struct {
	stdout, stderr string
	code           int
}

// hotline runs the binary in dir with args, extra environment and stdin.
func hotline(tb testing.TB, dir string, env []string, stdin string, args ...string) result {
	tb.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(cleanEnv(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		tb.Fatalf("running hotline %v: %v", args, err)
	}
	return result{out.String(), errOut.String(), code}
}

// cleanEnv is the test process's environment without HOTLINE_* variables, so a developer's
// own settings cannot change the outcome.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HOTLINE_") {
			env = append(env, kv)
		}
	}
	return env
}

// writeFile writes content to dir/name.
func writeFile(tb testing.TB, dir, name, content string) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestVersion(t *testing.T) {
	r := hotline(t, t.TempDir(), nil, "", "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "hotline ") {
		t.Fatalf("version: code %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, cmd := range []string{"import", "serve", "query", "config", "version"} {
		t.Run(cmd, func(t *testing.T) {
			r := hotline(t, t.TempDir(), nil, "", cmd, "--help")
			if r.code != 0 || !strings.Contains(r.stdout, "Examples:") {
				t.Errorf("%s --help: code %d, no Examples section in\n%s", cmd, r.code, r.stdout)
			}
		})
	}
}

package main_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDatasetteClientScript runs bench/datasette/client.py, a client written against
// Datasette's JSON API (_where, _labels, _extra, _facet_date, _nl, _size=max, next_url),
// against `hotline serve` of the sample database: it must work unchanged.
func TestDatasetteClientScript(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed")
	}
	base, stop := startServe(t, t.TempDir())
	defer stop()
	out, err := exec.Command(python, "bench/datasette/client.py", base, "hotline").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "OK") {
		t.Errorf("the Datasette client failed: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}

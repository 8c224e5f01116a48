package views_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"hotline/db"
	"hotline/db/bench"
	"hotline/views"
)

// BenchmarkJSONPage measures the page of issue 11's serving table (a JSON page of 100
// rows of a generated contacts table, immutable file) through the handler alone, so the
// CPU per page can be compared between builds without a load generator on the same cores:
//
//	go test ./views -run '^$' -bench JSONPage -count 6 | benchstat ...
func BenchmarkJSONPage(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	if err := bench.Generate(context.Background(), path, 20000); err != nil {
		b.Fatal(err)
	}
	h := benchHandler(b, path, db.ReadOptions{Immutable: true}, views.Config{BaseURL: "http://127.0.0.1:8001", AllowSQL: true})
	for _, bc := range []struct{ name, target string }{
		{"objects", "/bench/contacts.json?_size=100"},
		{"array", "/bench/contacts.json?_size=100&_shape=array"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := processCPU(b)
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8001"+bc.target, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d: %s", rec.Code, rec.Body)
				}
			}
			b.ReportMetric(float64(processCPU(b)-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// processCPU is the CPU time (user + system) the test process has used: on a machine
// shared with other work it moves far less than the wall time of a page.
func processCPU(b *testing.B) time.Duration {
	b.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchHandler serves the file at path with the given settings for a benchmark.
func benchHandler(b *testing.B, path string, opt db.ReadOptions, cfg views.Config) http.Handler {
	b.Helper()
	r, err := db.OpenReader(context.Background(), path, opt)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	h, err := views.New(r, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	return h
}

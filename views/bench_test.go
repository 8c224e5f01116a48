package views_test

import (
	"net/http"
	"testing"
)

// Benchmarks of the explorer's hot paths over the fixture; compare runs with benchstat.
func BenchmarkPages(b *testing.B) {
	h := newHandler(b, nil)
	for _, target := range []string{
		"/hotline/big?_size=50",
		"/hotline/big?_size=50&_sort_desc=label&_facet=n",
		"/hotline/big.json?_size=50",
		"/hotline/big.csv?_stream=on",
		"/hotline/contacts/1",
	} {
		b.Run(target, func(b *testing.B) {
			for b.Loop() {
				if rec := get(b, h, target); rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}

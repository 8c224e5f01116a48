package views_test

import (
	"context"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"hotline/db"
	"hotline/db/synth"
)

// BenchmarkPictures serves a made-up database of 5,000 articles, 2,000 actors and 9,000
// contacts and times each picture's page and data. The reference is the contacts table's
// JSON page, which runs the same filters without a picture: compare each result with it.
//
//	go test ./views -run XXX -bench Pictures
func BenchmarkPictures(b *testing.B) {
	path := filepath.Join(b.TempDir(), "hotline.db")
	if err := synth.Write(context.Background(), path, synth.Options{Articles: 5000, Actors: 2000, Contacts: 9000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	cfg := testConfig()
	cfg.DefaultSize = 100
	h := benchHandler(b, path, db.ReadOptions{SQLTimeLimit: 10 * time.Second}, cfg)
	for _, target := range []string{
		"/hotline/contacts.json?mode=phone",    // the reference: rows, no picture
		"/hotline/contacts?mode=phone",         // the same page as HTML, with its timeline
		"/hotline/-/timeline.json?mode=phone",  // the timeline's data alone
		"/hotline/contact_partners?country=RU", // a view page with its timeline
		"/hotline/-/network.json",              // every contact: 2,000 nodes
		"/hotline/-/network",                   // the network page (tables of the same data)
		"/hotline/-/matrix",                    // country matrix
		"/hotline/-/events.csv",                // 9,000 event records
		"/hotline/actors/1",                    // the busiest actor's page with its profile
		"/hotline/-/country/US",                // the commonest country's page
	} {
		b.Run(target, func(b *testing.B) {
			for b.Loop() {
				if rec := get(b, h, target); rec.Code != http.StatusOK {
					b.Fatalf("status %d: %s", rec.Code, firstLines(rec.Body.String()))
				}
			}
		})
	}
}

//go:build unix

package db_test

import (
	"bufio"
	"context"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"hotline/db"
)

// BenchmarkFullTextBuilder measures the import's full-text phase alone: building the
// articles' index in the private database, as the importer's builder goroutine does, with
// the file's own definition and settings. The articles are those of the JSON Lines file
// named by HOTLINE_FTS_CORPUS (title and text of each line, such as a generated import
// corpus), or else 2,000 generated articles of words drawn from a Zipf law.
func BenchmarkFullTextBuilder(b *testing.B) {
	ctx := context.Background()
	def := fullTextDef(b)
	docs := benchArticles(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d[0]) + len(d[1]))
	}
	b.SetBytes(size)
	cpu0 := processCPU()
	b.ResetTimer()
	for b.Loop() {
		fb, err := db.NewFullTextBuilder(ctx, def)
		if err != nil {
			b.Fatal(err)
		}
		for i, d := range docs {
			if err := fb.Add(ctx, int64(i+1), d[0], d[1]); err != nil {
				b.Fatal(err)
			}
		}
		if err := fb.Finish(ctx); err != nil {
			b.Fatal(err)
		}
		fb.Close()
	}
	// The machine may be shared: CPU time is steadier than the wall clock.
	cpu := processCPU()
	b.ReportMetric(float64(cpu[0]-cpu0[0])/float64(b.N), "user-ns/op")
	b.ReportMetric(float64(cpu[1]-cpu0[1])/float64(b.N), "sys-ns/op")
}

// processCPU is the CPU time (user, system; nanoseconds) this process has used.
func processCPU() [2]int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return [2]int64{ru.Utime.Nano(), ru.Stime.Nano()}
}

// fullTextDef is the articles' full-text definition of a new file.
func fullTextDef(b *testing.B) db.FullTextDef {
	ctx := context.Background()
	s, err := db.OpenStore(ctx, filepath.Join(b.TempDir(), "h.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	tx, err := s.Begin(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	def, ok, err := tx.ArticlesFullText(ctx)
	if err != nil || !ok {
		b.Fatalf("ArticlesFullText: %v %v", ok, err)
	}
	return def
}

// benchArticles returns the (title, text) pairs BenchmarkFullTextBuilder indexes.
func benchArticles(b *testing.B) [][2]string {
	if path := os.Getenv("HOTLINE_FTS_CORPUS"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		var docs [][2]string
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var a struct{ Title, Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, [2]string{a.Title, a.Text})
		}
		if err := sc.Err(); err != nil {
			b.Fatal(err)
		}
		return docs
	}
	rng := rand.New(rand.NewSource(1))
	zipf := rand.NewZipf(rng, 1.1, 1, 50000)
	word := func() string {
		n := zipf.Uint64()
		var w []byte
		for ; ; n /= 26 {
			w = append(w, byte('a'+n%26))
			if n < 26 {
				return string(w)
			}
		}
	}
	docs := make([][2]string, 2000)
	for i := range docs {
		var title, text strings.Builder
		for range 8 {
			title.WriteString(word() + " ")
		}
		for range 600 {
			text.WriteString(word() + " ")
		}
		docs[i] = [2]string{title.String(), text.String()}
	}
	return docs
}

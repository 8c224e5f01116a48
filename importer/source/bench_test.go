package source_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"hotline/importer/source"
)

// BenchmarkReadJSONL measures streaming a JSON Lines export of 1000 articles.
func BenchmarkReadJSONL(b *testing.B) {
	var sb strings.Builder
	body := strings.Repeat("The ministers spoke by phone on Monday about the crisis. ", 40)
	for i := range 1000 {
		fmt.Fprintf(&sb, "{\"title\":\"Story %d\",\"text\":%q,\"date\":\"2022-02-01T10:00:00Z\"}\n", i, body)
	}
	dir := writeFiles(b, map[string]string{"all.jsonl": sb.String()})
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		n := 0
		_, err := source.Read(context.Background(), []source.Input{{Path: dir}}, func(source.Article) error { n++; return nil })
		if err != nil || n != 1000 {
			b.Fatalf("read %d articles: %v", n, err)
		}
	}
}

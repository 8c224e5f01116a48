package main_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// moreArticles is a JSON Lines file of n articles that are not among the seeds.
func moreArticles(n, from int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"title":"Call %d","text":"President Joe Biden spoke with Chancellor Olaf Scholz by phone on Monday about item %d."}`+"\n", from+i, from+i)
	}
	return b.String()
}

// get fetches url and fails the test on anything but 200.
func get(tb testing.TB, url string) string {
	tb.Helper()
	resp, err := http.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		tb.Fatalf("GET %s: %d %s", url, resp.StatusCode, body)
	}
	return string(body)
}

// articleCounts reads the article count the explorer shows in JSON and on the index page.
func articleCounts(tb testing.TB, base string) (jsonCount, htmlCount int) {
	tb.Helper()
	var page struct {
		Count int `json:"count"`
	}
	if err := json.Unmarshal([]byte(get(tb, base+"hotline/articles.json")), &page); err != nil {
		tb.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)href="/hotline/articles"[^>]*>articles</a>.*?([\d,]+) rows?`).FindStringSubmatch(get(tb, base))
	if m == nil {
		tb.Fatalf("the index page shows no article count")
	}
	fmt.Sscan(strings.ReplaceAll(m[1], ",", ""), &htmlCount)
	return page.Count, htmlCount
}

// TestServeFollowsImports is issue 9's bar test: with the explorer running, an import adds
// articles and the next page load shows the new counts in HTML and JSON; a file served
// --immutable keeps what it first read.
func TestServeFollowsImports(t *testing.T) {
	for _, immutable := range []bool{false, true} {
		t.Run(fmt.Sprintf("immutable=%v", immutable), func(t *testing.T) {
			dir := t.TempDir()
			if r := hotline(t, dir, nil, "", "import", "--progress", "never"); r.code != 0 {
				t.Fatalf("import: %s", r.stderr)
			}
			args := []string{}
			if immutable {
				args = append(args, "--immutable")
			}
			base, stop := startServe(t, dir, args...)
			defer stop()
			if j, h := articleCounts(t, base); j != 5 || h != 5 {
				t.Fatalf("before the import: counts %d (JSON) and %d (HTML), want 5", j, h)
			}
			writeFile(t, dir, "more.jsonl", moreArticles(3, 1))
			if r := hotline(t, dir, nil, "", "import", "more.jsonl", "--progress", "never"); r.code != 0 {
				t.Fatalf("second import: exit %d: %s", r.code, r.stderr)
			}
			want := 8
			if immutable {
				want = 5
			}
			if j, h := articleCounts(t, base); j != want || h != want {
				t.Errorf("after the import: counts %d (JSON) and %d (HTML), want %d", j, h, want)
			}
		})
	}
}

package main_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// artefactDir is where screenshots go: $HOTLINE_ARTEFACTS, else artefacts/ at the
// repository root (two levels up from this package), which git ignores.
func artefactDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("HOTLINE_ARTEFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "artefacts")
	}
	dir, err := filepath.Abs(filepath.Join(dir, "browser"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// screenshot saves the whole page (or only the viewport) as dir/name.png and logs where.
func screenshot(tb testing.TB, ctx context.Context, dir, name string, wholePage bool) {
	tb.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	shot := chromedp.CaptureScreenshot()
	if wholePage {
		shot = chromedp.FullScreenshot(100) // 100 means PNG
	}
	png, err := chromedp.Run(sctx, shot)
	if err != nil {
		tb.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("screenshot: %s", path)
}

// downloadCSV clicks a link with downloads allowed into a temporary folder, waits for the
// browser to finish the file, and parses it as CSV.
func downloadCSV(tb testing.TB, ctx context.Context, link chromedp.CSS) [][]string {
	tb.Helper()
	dir := tb.TempDir()
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	progress := chromedp.Events(dctx, browser.DownloadProgress)
	events := true
	err := chromedp.Do(dctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior:      browser.SetDownloadBehaviorBehaviorAllowAndName,
				DownloadPath:  dir,
				EventsEnabled: &events,
			})
			return err
		}),
		chromedp.Click(link))
	if err != nil {
		tb.Fatalf("clicking %s: %v", link, err)
	}
	for ev, err := range progress {
		if err != nil {
			tb.Fatalf("waiting for the download of %s (did the browser show it as a page instead?): %v", link, err)
		}
		switch ev.State {
		case browser.DownloadProgressStateCanceled:
			tb.Fatalf("the browser cancelled the download of %s", link)
		case browser.DownloadProgressStateCompleted:
			f, err := os.Open(filepath.Join(dir, ev.GUID))
			if err != nil {
				tb.Fatal(err)
			}
			defer f.Close()
			rows, err := csv.NewReader(f).ReadAll()
			if err != nil {
				tb.Fatalf("the downloaded CSV does not parse: %v", err)
			}
			return rows
		}
	}
	tb.Fatalf("no download finished after clicking %s", link)
	return nil
}

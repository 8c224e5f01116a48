package main_test

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns the browser the browser test drives: $HOTLINE_CHROMIUM, else
// Debian's /usr/bin/chromium, else chromium on PATH. Without one the test is skipped,
// because a machine without a browser cannot say anything about the pages.
func findChromium(tb testing.TB) string {
	tb.Helper()
	if p := os.Getenv("HOTLINE_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	tb.Skip("no Chromium found: install it (`apt-get install chromium`) or set HOTLINE_CHROMIUM to its path")
	return ""
}

// newBrowser starts a headless Chromium that lives until the test ends. The flags keep it
// off the network (this machine refuses outside connections, and Chromium would otherwise
// hang trying) and out of the user's profile; the overall timeout stops a wedged browser.
func newBrowser(tb testing.TB, path string) context.Context {
	tb.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox, // the tests may run as root
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
	}
	overall, cancelOverall := context.WithTimeout(context.Background(), 3*time.Minute)
	alloc, cancelAlloc := chromedp.NewExecAllocator(overall, opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	tb.Cleanup(func() { cancelCtx(); cancelAlloc(); cancelOverall() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser, without a step timeout
		tb.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// step runs browser actions with a time limit, so one stuck wait fails one step.
func step(tb testing.TB, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		tb.Fatalf("%s: %v", what, err)
	}
}

// follow runs actions that navigate (a click on a link, a form submit) and waits for the
// new page, which must answer 200.
func follow(tb testing.TB, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	resp, err := chromedp.RunResponse(sctx, actions...)
	if err != nil {
		tb.Fatalf("%s: %v", what, err)
	}
	if resp.Status != 200 {
		tb.Fatalf("%s: %s answered %d", what, resp.URL, resp.Status)
	}
}

// eval evaluates a JavaScript expression in the page and decodes its result.
func eval[T any](tb testing.TB, ctx context.Context, js string, opts ...chromedp.EvaluateOption) T {
	tb.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(sctx, chromedp.Evaluate[T](js, opts...))
	if err != nil {
		tb.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// testid is the CSS selector of the element a page marks with data-testid.
func testid(id string) chromedp.CSS {
	return chromedp.CSS(`[data-testid="` + id + `"]`)
}

// textOf is the text of the element marked data-testid=id.
func textOf(tb testing.TB, ctx context.Context, id string) string {
	tb.Helper()
	return eval[string](tb, ctx, `document.querySelector('[data-testid="`+id+`"]').textContent`)
}

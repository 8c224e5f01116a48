package main_test

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	_ "modernc.org/sqlite"
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

// shownGrid is the results table as the reader sees it.
type shownGrid struct {
	Headers []string   `json:"headers"` // the column names, without sort arrows
	Arrows  []string   `json:"arrows"`  // the sort arrow of each column, "" for none
	Rows    [][]string `json:"rows"`    // each cell's full value (its tooltip when cut short)
}

// readGrid reads the results table of the current page.
func readGrid(tb testing.TB, ctx context.Context) shownGrid {
	tb.Helper()
	return eval[shownGrid](tb, ctx, `(() => {
		const t = document.querySelector('[data-testid="results-table"]');
		if (!t) return {headers: [], arrows: [], rows: []};
		const ths = [...t.querySelectorAll('thead th')];
		return {
			headers: ths.map(th => (th.querySelector('a') || th).textContent.trim()),
			arrows: ths.map(th => { const a = th.querySelector('.arrow'); return a ? a.textContent.trim() : ''; }),
			rows: [...t.querySelectorAll('tbody tr')].map(tr => [...tr.cells].map(td =>
				td.title || (td.querySelector('a') || td).textContent.trim())),
		};
	})()`)
}

// column returns the values of the named column of g.
func (g shownGrid) column(tb testing.TB, name string) []string {
	tb.Helper()
	for i, h := range g.Headers {
		if h == name {
			var out []string
			for _, r := range g.Rows {
				out = append(out, r[i])
			}
			return out
		}
	}
	tb.Fatalf("no column %q in the results table (columns %q)", name, g.Headers)
	return nil
}

// countIn reads the number of rows a row-count text ("1,234 rows where ...") announces.
func countIn(tb testing.TB, text string) int {
	tb.Helper()
	m := regexp.MustCompile(`([\d,]+) rows?`).FindStringSubmatch(text)
	if m == nil {
		tb.Fatalf("no row count in %q", text)
	}
	n, err := strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// openOracle opens the served file read-only, so the test can compare what the browser
// shows with what SQLite itself answers.
func openOracle(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	d, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close() })
	return d
}

// strings1 runs a query whose rows are one text column each (NULL becomes "").
func strings1(tb testing.TB, d *sql.DB, query string, args ...any) []string {
	tb.Helper()
	rows, err := d.Query(query, args...)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			tb.Fatal(err)
		}
		out = append(out, s.String)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

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

// queryOf returns the query parameters of the page the browser shows.
func queryOf(tb testing.TB, ctx context.Context) url.Values {
	tb.Helper()
	u, err := url.Parse(eval[string](tb, ctx, `location.href`))
	if err != nil {
		tb.Fatal(err)
	}
	return u.Query()
}

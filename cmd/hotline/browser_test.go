package main_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBrowserExplorer drives the explorer in a real headless Chromium the way a reader
// would: it clicks a column header, fills in the filter form, types SQL and downloads a
// CSV, and checks each page against what SQLite itself answers for the same question.
// Screenshots of every step are kept as artefacts for a human to look at.
func TestBrowserExplorer(t *testing.T) {
	chrome := findChromium(t)
	dir := t.TempDir()
	base, stop := startServe(t, dir)
	t.Cleanup(func() { stop() })
	oracle := openOracle(t, filepath.Join(dir, "hotline.db"))
	ctx := newBrowser(t, chrome)
	shots := artefactDir(t)

	follow(t, ctx, "open the index page", chromedp.Navigate(base))
	screenshot(t, ctx, shots, "1-index", true)
	tableURL := eval[string](t, ctx, `document.querySelector('[data-testid="table-link-actors"]').href`)
	countries := strings1(t, oracle, `select country from actors where country is not null
		group by country order by count(*) desc, country limit 1`)
	if len(countries) == 0 {
		t.Fatal("the sample database has no actor with a country, which every step filters on")
	}
	country := countries[0]
	var filteredURL string

	t.Run("sort by clicking a column header", func(t *testing.T) {
		follow(t, ctx, "open the actors table", chromedp.Navigate(tableURL))
		for _, click := range []string{"first", "second"} {
			follow(t, ctx, click+" click on the name header", chromedp.Click(testid("sort-name")))
			g := readGrid(t, ctx)
			arrow := g.Arrows[slices.Index(g.Headers, "name")]
			order := map[string]string{"▲": "asc", "▼": "desc"}[arrow]
			if order == "" {
				t.Fatalf("after the %s click the name header shows arrow %q, want ▲ or ▼ (URL query %v)", click, arrow, queryOf(t, ctx))
			}
			want := strings1(t, oracle, `select name from actors order by name `+order+` limit ?`, len(g.Rows))
			if got := g.column(t, "name"); len(got) < 2 || !slices.Equal(got, want) {
				t.Errorf("after the %s click (%s) the names read\n%q\nwant\n%q", click, arrow, got, want)
			}
			if click == "first" {
				screenshot(t, ctx, shots, "2-sorted", true)
				// The grid scrolls in its own box; its header row must stay at the top.
				gap := eval[float64](t, ctx, `new Promise(done => {
					const wrap = document.querySelector('[data-testid="results-table"]').parentElement;
					wrap.scrollTop = 400; wrap.scrollIntoView();
					const gap = () => wrap.querySelector('th').getBoundingClientRect().top - wrap.getBoundingClientRect().top;
					requestAnimationFrame(() => requestAnimationFrame(() => done(gap())));
				})`, chromedp.EvalAwaitPromise)
				screenshot(t, ctx, shots, "2b-sorted-scrolled", false)
				if gap < -1 || gap > 2 {
					t.Errorf("after scrolling the rows the header row is %.0fpx from the top of the table, want it to stick", gap)
				}
			}
		}
	})

	t.Run("filter through the form", func(t *testing.T) {
		follow(t, ctx, "open the actors table", chromedp.Navigate(tableURL))
		before := eval[string](t, ctx, `document.querySelector('[data-testid="row-count"]').textContent`)
		op := eval[string](t, ctx, `(() => { const o = [...document.querySelector('[data-testid="filter-op"]').options]
			.find(o => o.value === 'exact' || o.textContent.trim() === '='); return o ? o.value : ''; })()`)
		if op == "" {
			t.Fatal(`the filter form offers no "exact" (=) operator`)
		}
		step(t, ctx, "fill in the filter form",
			chromedp.SetValue(testid("filter-column"), "country"),
			chromedp.SetValue(testid("filter-op"), op),
			chromedp.SendKeys(testid("filter-value"), country))
		follow(t, ctx, "submit the filter", chromedp.Click(testid("filter-submit")))
		screenshot(t, ctx, shots, "3-filtered", true)
		filteredURL = eval[string](t, ctx, `location.href`)

		after := eval[string](t, ctx, `document.querySelector('[data-testid="row-count"]').textContent`)
		wantIDs := strings1(t, oracle, `select id from actors where country = ? order by id`, country)
		if after == before || countIn(t, after) != len(wantIDs) {
			t.Errorf("row count went from %q to %q; want %d rows with country %s", before, after, len(wantIDs), country)
		}
		g := readGrid(t, ctx)
		if got := g.column(t, "id"); !slices.Equal(got, wantIDs[:min(len(wantIDs), len(got))]) || len(got) == 0 {
			t.Errorf("filtered ids %q, want the first of %q", got, wantIDs)
		}
		for i, c := range g.column(t, "country") {
			if c != country {
				t.Errorf("row %d has country %q after filtering on %q", i, c, country)
			}
		}
	})

	t.Run("run SQL typed into the editor", func(t *testing.T) {
		query := `select name, country from actors where country = '` + country + `' order by name`
		follow(t, ctx, "open the index page", chromedp.Navigate(base))
		follow(t, ctx, "open the database page", chromedp.Click(testid("db-link")))
		step(t, ctx, "type the query", chromedp.SendKeys(testid("sql-editor"), query))
		follow(t, ctx, "run the query", chromedp.Click(testid("sql-submit")))
		screenshot(t, ctx, shots, "4-sql", true)

		g := readGrid(t, ctx)
		if !slices.Equal(g.Headers, []string{"name", "country"}) {
			t.Fatalf("result columns %q, want [name country]", g.Headers)
		}
		want := strings1(t, oracle, `select name from actors where country = ? order by name`, country)
		if got := g.column(t, "name"); !slices.Equal(got, want) {
			t.Errorf("query names\n%q\nwant\n%q", got, want)
		}
		count := eval[string](t, ctx, `document.querySelector('[data-testid="row-count"]').textContent`)
		if countIn(t, count) != len(want) {
			t.Errorf("row count says %q, want %d", count, len(want))
		}
		if typed := eval[string](t, ctx, `document.querySelector('[data-testid="sql-editor"]').value`); typed != query {
			t.Errorf("the editor shows %q after running, want the query kept: %q", typed, query)
		}
	})

	t.Run("Ctrl+Enter runs SQL, copy link copies", func(t *testing.T) {
		follow(t, ctx, "open the index page", chromedp.Navigate(base))
		follow(t, ctx, "open the database page", chromedp.Click(testid("db-link")))
		step(t, ctx, "type the query", chromedp.SendKeys(testid("sql-editor"), `select count(*) as n from actors`))
		follow(t, ctx, "press Ctrl+Enter", chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
		want := strings1(t, oracle, `select count(*) from actors`)
		if g := readGrid(t, ctx); !slices.Equal(g.Headers, []string{"n"}) || !slices.Equal(g.column(t, "n"), want) {
			t.Errorf("after Ctrl+Enter the results are %q %q, want [n] %q", g.Headers, g.Rows, want)
		}

		origin := strings.TrimSuffix(base, "/")
		step(t, ctx, "allow the clipboard", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			for _, name := range []string{"clipboard-read", "clipboard-write"} {
				if _, err := chromedp.Call(ctx, browser.SetPermission, browser.SetPermissionParams{
					Permission: &browser.PermissionDescriptor{Name: name},
					Setting:    browser.PermissionSettingGranted,
					Origin:     origin,
				}); err != nil {
					return err
				}
			}
			return nil
		}))
		link := eval[string](t, ctx, `document.querySelector('.exports a').href`)
		step(t, ctx, "click the first copy link button", chromedp.Click(testid("copy-link")))
		// The button says "copied" once the clipboard holds the link; give it a second.
		copied := eval[string](t, ctx, `new Promise((done, fail) => {
			const b = document.querySelector('[data-testid="copy-link"]');
			let tries = 0;
			const check = () => b.textContent === 'copied' ? navigator.clipboard.readText().then(done, fail)
				: ++tries > 50 ? done('(the button still says ' + b.textContent + ')') : setTimeout(check, 20);
			check();
		})`, chromedp.EvalAwaitPromise)
		if copied != link {
			t.Errorf("copy link put %q on the clipboard, want %q", copied, link)
		}
	})

	t.Run("download the filtered page as CSV", func(t *testing.T) {
		if filteredURL == "" {
			t.Skip("the filter step failed, so there is no filtered page to export")
		}
		follow(t, ctx, "open the filtered page", chromedp.Navigate(filteredURL))
		shown := readGrid(t, ctx)
		rows := downloadCSV(t, ctx, testid("export-csv"))
		if len(rows) == 0 || !slices.Equal(rows[0], shown.Headers) {
			t.Fatalf("CSV header %q, want the page's columns %q", rows[:min(1, len(rows))], shown.Headers)
		}
		want := strings1(t, oracle, `select id from actors where country = ? order by id`, country)
		if len(rows)-1 != len(want) {
			t.Errorf("CSV has %d data rows, want %d", len(rows)-1, len(want))
		}
		var ids []string
		id, cc := slices.Index(rows[0], "id"), slices.Index(rows[0], "country")
		for i, r := range rows[1:] {
			ids = append(ids, r[id])
			if r[cc] != country {
				t.Errorf("CSV row %d is %q: want country %s", i+1, r, country)
				break
			}
		}
		if !slices.Equal(ids, want) {
			t.Errorf("CSV ids %q, want %q", ids, want)
		}
	})

	t.Run("contacts table with its foreign keys", func(t *testing.T) {
		follow(t, ctx, "open the index page", chromedp.Navigate(base))
		follow(t, ctx, "open the contacts table", chromedp.Click(testid("table-link-contacts")))
		screenshot(t, ctx, shots, "6-contacts", true)
		count := eval[string](t, ctx, `document.querySelector('[data-testid="row-count"]').textContent`)
		want := strings1(t, oracle, `select count(*) from contacts`)[0]
		if fmt.Sprint(countIn(t, count)) != want {
			t.Errorf("row count says %q, want %s contacts", count, want)
		}
		initiators := strings1(t, oracle, `select count(*) from contacts where initiator_id is not null`)[0]
		links := eval[int](t, ctx, `document.querySelectorAll('[data-testid="results-table"] [data-testid="fk-link"]').length`)
		if initiators != "0" && links == 0 {
			t.Errorf("%s contacts name an initiator, but the table shows no foreign-key links", initiators)
		}
	})

	t.Run("narrow screen", func(t *testing.T) {
		step(t, ctx, "phone-sized viewport", chromedp.EmulateViewport(390, 844))
		follow(t, ctx, "open the actors table", chromedp.Navigate(tableURL))
		screenshot(t, ctx, shots, "5-table-phone", false)
		overflow := eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`)
		if overflow {
			t.Errorf("the page scrolls sideways on a 390px screen; only the results table should")
		}
	})
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

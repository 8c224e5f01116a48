package main_test

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// runTypedSQL types a query into the editor on the database page and runs it with the
// button: the results are SQLite's, the count says so, and the editor keeps the query.
func runTypedSQL(t *testing.T, s *session) {
	query := `select name, country from actors where country = '` + s.country + `' order by name`
	openEditor(t, s)
	step(t, s.ctx, "type the query", chromedp.SendKeys(testid("sql-editor"), query))
	follow(t, s.ctx, "run the query", chromedp.Click(testid("sql-submit")))
	s.screenshot(t, "4-sql", true)

	g := readGrid(t, s.ctx)
	if !slices.Equal(g.Headers, []string{"name", "country"}) {
		t.Fatalf("result columns %q, want [name country]", g.Headers)
	}
	want := strings1(t, s.oracle, `select name from actors where country = ? order by name`, s.country)
	if got := g.column(t, "name"); !slices.Equal(got, want) {
		t.Errorf("query names\n%q\nwant\n%q", got, want)
	}
	if count := textOf(t, s.ctx, "row-count"); countIn(t, count) != len(want) {
		t.Errorf("row count says %q, want %d", count, len(want))
	}
	if typed := eval[string](t, s.ctx, `document.querySelector('[data-testid="sql-editor"]').value`); typed != query {
		t.Errorf("the editor shows %q after running, want the query kept: %q", typed, query)
	}
}

// ctrlEnterAndCopyLink checks the page script, which only a browser runs: Ctrl+Enter in
// the editor runs the query, and a "copy link" button puts its export URL on the clipboard.
func ctrlEnterAndCopyLink(t *testing.T, s *session) {
	openEditor(t, s)
	step(t, s.ctx, "type the query", chromedp.SendKeys(testid("sql-editor"), `select count(*) as n from actors`))
	follow(t, s.ctx, "press Ctrl+Enter", chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	want := strings1(t, s.oracle, `select count(*) from actors`)
	if g := readGrid(t, s.ctx); !slices.Equal(g.Headers, []string{"n"}) || !slices.Equal(g.column(t, "n"), want) {
		t.Errorf("after Ctrl+Enter the results are %q %q, want [n] %q", g.Headers, g.Rows, want)
	}

	step(t, s.ctx, "allow the clipboard", grantClipboard(strings.TrimSuffix(s.base, "/")))
	link := eval[string](t, s.ctx, `document.querySelector('.exports a').href`)
	step(t, s.ctx, "click the first copy link button", chromedp.Click(testid("copy-link")))
	// The button says "copied" once the clipboard holds the link; give it a second.
	copied := eval[string](t, s.ctx, `new Promise((done, fail) => {
		const b = document.querySelector('[data-testid="copy-link"]');
		let tries = 0;
		const check = () => b.textContent === 'copied' ? navigator.clipboard.readText().then(done, fail)
			: ++tries > 50 ? done('(the button still says ' + b.textContent + ')') : setTimeout(check, 20);
		check();
	})`, chromedp.EvalAwaitPromise)
	if copied != link {
		t.Errorf("copy link put %q on the clipboard, want %q", copied, link)
	}
}

// openEditor goes from the index page to the database page, which holds the SQL editor.
func openEditor(t *testing.T, s *session) {
	follow(t, s.ctx, "open the index page", chromedp.Navigate(s.base))
	follow(t, s.ctx, "open the database page", chromedp.Click(testid("db-link")))
}

// grantClipboard lets pages of origin read and write the clipboard without asking, as a
// reader who clicked "allow" would.
func grantClipboard(origin string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
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
	})
}

// longValueOpens checks that a value of an SQL result too long for its cell opens in
// place when clicked, so it can be read and selected without a tooltip.
func longValueOpens(t *testing.T, s *session) {
	long := strings.TrimSpace(strings.Repeat("word ", 150))
	sql := `select trim(replace(hex(zeroblob(150)), '00', 'word ')) as t`
	follow(t, s.ctx, "run a query with a long value", chromedp.Navigate(strings.TrimSuffix(s.tableURL, "/actors")+
		"/-/query?sql="+url.QueryEscape(sql)))
	step(t, s.ctx, "open the cut cell", chromedp.Click(`[data-testid="unfold"] summary`))
	if open := eval[bool](t, s.ctx, `document.querySelector('[data-testid="unfold"]').open`); !open {
		t.Fatal("the cut cell did not open on a click")
	}
	if got := readGrid(t, s.ctx).column(t, "t"); len(got) != 1 || got[0] != long {
		t.Errorf("the open cell reads %.80q..., want the whole value", got)
	}
}

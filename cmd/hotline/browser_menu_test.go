package main_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// openColumnMenu clicks the ⚙ of a column header and checks that its menu shows.
func openColumnMenu(t *testing.T, s *session, col string) {
	t.Helper()
	step(t, s.ctx, "open the menu of "+col, chromedp.Click(`[data-testid="colmenu-`+col+`"] summary`))
	if !eval[bool](t, s.ctx, `(() => { const m = document.querySelector('[data-testid="colmenu-`+col+`"] .colmenu-items');
		const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; })()`) {
		t.Fatalf("the menu of %s did not open", col)
	}
}

// columnMenu uses the ⚙ menus of the actors table: only one menu opens at a time and
// Escape closes it; "Facet by this" shows the facet, "Sort descending" sorts, "Hide this
// column" hides it and "Show only non-blank rows" keeps the rows SQLite counts.
func columnMenu(t *testing.T, s *session) {
	follow(t, s.ctx, "open the actors table", chromedp.Navigate(s.tableURL))
	openColumnMenu(t, s, "kind")
	s.screenshot(t, "8-column-menu", false)
	openColumnMenu(t, s, "country")
	if n := eval[int](t, s.ctx, `document.querySelectorAll('details.colmenu[open]').length`); n != 1 {
		t.Errorf("%d menus open after opening a second one, want 1", n)
	}
	step(t, s.ctx, "press Escape", chromedp.KeyEvent("\x1b"))
	if n := eval[int](t, s.ctx, `document.querySelectorAll('details.colmenu[open]').length`); n != 0 {
		t.Errorf("%d menus still open after Escape", n)
	}

	openColumnMenu(t, s, "country")
	follow(t, s.ctx, "facet by country", chromedp.Click(`[data-testid="colmenu-country"] [data-testid="colmenu-facet"]`))
	values := eval[int](t, s.ctx, `document.querySelectorAll('[data-testid="facet-country"] [data-testid="facet-value"]').length`)
	want := strings1(t, s.oracle, `select count(distinct coalesce(country, '')) from actors`)[0]
	if fmt.Sprint(values) != want && values != 30 {
		t.Errorf("the country facet lists %d values, want %s", values, want)
	}

	openColumnMenu(t, s, "name")
	follow(t, s.ctx, "sort by name, descending", chromedp.Click(`[data-testid="colmenu-name"] [data-testid="colmenu-sort-desc"]`))
	g := readGrid(t, s.ctx)
	wantNames := strings1(t, s.oracle, `select name from actors order by name desc limit ?`, len(g.Rows))
	if got := g.column(t, "name"); !slices.Equal(got, wantNames) {
		t.Errorf("after Sort descending the names read %q, want %q", got, wantNames)
	}

	openColumnMenu(t, s, "role")
	follow(t, s.ctx, "hide role", chromedp.Click(`[data-testid="colmenu-role"] [data-testid="colmenu-hide"]`))
	if slices.Contains(readGrid(t, s.ctx).Headers, "role") {
		t.Error("role is still shown after Hide this column")
	}

	openColumnMenu(t, s, "country")
	follow(t, s.ctx, "only non-blank countries", chromedp.Click(`[data-testid="colmenu-country"] [data-testid="colmenu-notblank"]`))
	s.screenshot(t, "8b-column-menu-used", true)
	wantCount := strings1(t, s.oracle, `select count(*) from actors where country is not null and country != ''`)[0]
	if got := countIn(t, textOf(t, s.ctx, "row-count")); fmt.Sprint(got) != wantCount {
		t.Errorf("after Show only non-blank the count is %d, want %s", got, wantCount)
	}
}

// columnMenuWithoutScript turns JavaScript off: the menu still opens (it is a <details>)
// and its links still work.
func columnMenuWithoutScript(t *testing.T, s *session) {
	step(t, s.ctx, "turn JavaScript off", emulateNoScript(true))
	defer step(t, s.ctx, "turn JavaScript back on", emulateNoScript(false))
	follow(t, s.ctx, "open the actors table", chromedp.Navigate(s.tableURL))
	openColumnMenu(t, s, "kind")
	follow(t, s.ctx, "facet by kind", chromedp.Click(`[data-testid="colmenu-kind"] [data-testid="colmenu-facet"]`))
	if eval[int](t, s.ctx, `document.querySelectorAll('[data-testid="facet-kind"] [data-testid="facet-value"]').length`) == 0 {
		t.Error("without JavaScript, Facet by this showed no facet")
	}
}

// suggestedAndDateFacets follows the contacts table's suggested facets: a date column is
// offered by year and by month, and the year facet's counts are SQLite's.
func suggestedAndDateFacets(t *testing.T, s *session) {
	follow(t, s.ctx, "open the index page", chromedp.Navigate(s.base))
	follow(t, s.ctx, "open the contacts table", chromedp.Click(testid("table-link-contacts")))
	offered := eval[[]string](t, s.ctx, `[...document.querySelectorAll('[data-testid="suggested-facet"]')].map(a => a.textContent.trim())`)
	if !slices.Contains(offered, "date (year)") || !slices.Contains(offered, "date (month)") {
		t.Fatalf("suggested facets %q: want date (year) and date (month)", offered)
	}
	follow(t, s.ctx, "add the year facet", chromedp.Click(chromedp.Search(`//a[@data-testid="suggested-facet"][normalize-space()="date (year)"]`)))
	s.screenshot(t, "9-date-facet", true)
	shown := eval[map[string]string](t, s.ctx, `Object.fromEntries([...document.querySelectorAll('[data-testid="facet-date (year)"] li')]
		.map(li => [li.querySelector('a').textContent.trim(), li.querySelector('.count').textContent.trim()]))`)
	want := strings1(t, s.oracle, `select y || '=' || n from (select substr(date, 1, 4) as y, count(*) as n from contacts where date is not null group by y)`)
	for _, w := range want {
		var year, n string
		fmt.Sscanf(w, "%4s=%s", &year, &n)
		if shown[year] != n {
			t.Errorf("year facet shows %q for %s, want %s (facet %v)", shown[year], year, n, shown)
		}
	}
}

// longTextWraps opens the quotes table: a long quotation wraps inside its column instead
// of making the column wider than 40rem.
func longTextWraps(t *testing.T, s *session) {
	follow(t, s.ctx, "open the index page", chromedp.Navigate(s.base))
	follow(t, s.ctx, "open the quotes table", chromedp.Click(testid("table-link-quotes")))
	widest := eval[float64](t, s.ctx, `Math.max(...[...document.querySelectorAll('[data-testid="results-table"] td.text')]
		.map(td => td.getBoundingClientRect().width))`)
	rem := eval[float64](t, s.ctx, `parseFloat(getComputedStyle(document.documentElement).fontSize)`)
	if widest > 41*rem {
		t.Errorf("a text cell is %.0fpx wide; long text should wrap within 40rem (%.0fpx)", widest, 40*rem)
	}
}

// emulateNoScript turns the page's JavaScript off (or back on), as a reader who blocks
// scripts has it.
func emulateNoScript(off bool) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: off})
		return err
	})
}

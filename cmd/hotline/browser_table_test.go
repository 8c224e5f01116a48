package main_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// sortByHeader clicks the name header twice: each click must sort the rows by name, in
// the direction its arrow shows, and the second must reverse the first.
func sortByHeader(t *testing.T, s *session) {
	follow(t, s.ctx, "open the actors table", chromedp.Navigate(s.tableURL))
	var orders []string
	for _, click := range []string{"first", "second"} {
		follow(t, s.ctx, click+" click on the name header", chromedp.Click(testid("sort-name")))
		g := readGrid(t, s.ctx)
		arrow := g.Arrows[slices.Index(g.Headers, "name")]
		order := map[string]string{"▲": "asc", "▼": "desc"}[arrow]
		if order == "" {
			t.Fatalf("after the %s click the name header shows arrow %q, want ▲ or ▼ (URL query %v)", click, arrow, queryOf(t, s.ctx))
		}
		orders = append(orders, order)
		want := strings1(t, s.oracle, `select name from actors order by name `+order+` limit ?`, len(g.Rows))
		if got := g.column(t, "name"); len(got) < 2 || !slices.Equal(got, want) {
			t.Errorf("after the %s click (%s) the names read\n%q\nwant\n%q", click, arrow, got, want)
		}
		if click == "first" {
			s.screenshot(t, "2-sorted", true)
			checkStickyHeader(t, s)
		}
	}
	if orders[0] == orders[1] {
		t.Errorf("both clicks sorted %s; the second should reverse the first", orders[0])
	}
}

// checkStickyHeader scrolls the rows, which scroll in their own box, and checks that the
// header row stays at the top of that box.
func checkStickyHeader(t *testing.T, s *session) {
	gap := eval[float64](t, s.ctx, `new Promise(done => {
		const wrap = document.querySelector('[data-testid="results-table"]').parentElement;
		wrap.scrollTop = 400; wrap.scrollIntoView();
		const gap = () => wrap.querySelector('th').getBoundingClientRect().top - wrap.getBoundingClientRect().top;
		requestAnimationFrame(() => requestAnimationFrame(() => done(gap())));
	})`, chromedp.EvalAwaitPromise)
	s.screenshot(t, "2b-sorted-scrolled", false)
	if gap < -1 || gap > 2 {
		t.Errorf("after scrolling the rows the header row is %.0fpx from the top of the table, want it to stick", gap)
	}
}

// filterThroughForm picks a column, the = operator and a value in the filter form, and
// checks the count and the rows against the same filter in SQLite.
func filterThroughForm(t *testing.T, s *session) {
	follow(t, s.ctx, "open the actors table", chromedp.Navigate(s.tableURL))
	before := textOf(t, s.ctx, "row-count")
	op := eval[string](t, s.ctx, `(() => { const o = [...document.querySelector('[data-testid="filter-op"]').options]
		.find(o => o.value === 'exact' || o.textContent.trim() === '='); return o ? o.value : ''; })()`)
	if op == "" {
		t.Fatal(`the filter form offers no "exact" (=) operator`)
	}
	step(t, s.ctx, "fill in the filter form",
		chromedp.SetValue(testid("filter-column"), "country"),
		chromedp.SetValue(testid("filter-op"), op),
		chromedp.SendKeys(testid("filter-value"), s.country))
	follow(t, s.ctx, "submit the filter", chromedp.Click(testid("filter-submit")))
	s.screenshot(t, "3-filtered", true)
	s.filteredURL = eval[string](t, s.ctx, `location.href`)

	after := textOf(t, s.ctx, "row-count")
	wantIDs := strings1(t, s.oracle, `select id from actors where country = ? order by id`, s.country)
	if after == before || countIn(t, after) != len(wantIDs) {
		t.Errorf("row count went from %q to %q; want %d rows with country %s", before, after, len(wantIDs), s.country)
	}
	g := readGrid(t, s.ctx)
	if got := g.column(t, "id"); len(got) == 0 || !slices.Equal(got, wantIDs[:min(len(wantIDs), len(got))]) {
		t.Errorf("filtered ids %q, want the first of %q", got, wantIDs)
	}
	for i, c := range g.column(t, "country") {
		if c != s.country {
			t.Errorf("row %d has country %q after filtering on %q", i, c, s.country)
		}
	}
}

// downloadFilteredCSV downloads the filtered page's CSV in the browser: the page's
// columns, and exactly the filtered rows.
func downloadFilteredCSV(t *testing.T, s *session) {
	if s.filteredURL == "" {
		t.Skip("the filter step failed, so there is no filtered page to export")
	}
	follow(t, s.ctx, "open the filtered page", chromedp.Navigate(s.filteredURL))
	shown := readGrid(t, s.ctx)
	rows := downloadCSV(t, s.ctx, testid("export-csv"))
	if len(rows) == 0 || !slices.Equal(rows[0], shown.Headers) {
		t.Fatalf("CSV header %q, want the page's columns %q", rows[:min(1, len(rows))], shown.Headers)
	}
	want := strings1(t, s.oracle, `select id from actors where country = ? order by id`, s.country)
	var ids []string
	id, cc := slices.Index(rows[0], "id"), slices.Index(rows[0], "country")
	for i, r := range rows[1:] {
		ids = append(ids, r[id])
		if r[cc] != s.country {
			t.Errorf("CSV row %d is %q: want country %s", i+1, r, s.country)
			break
		}
	}
	if !slices.Equal(ids, want) {
		t.Errorf("CSV ids %q, want %q", ids, want)
	}
}

// contactsTable opens contacts from the index: the count must be SQLite's, and initiators
// must show as links to their actors.
func contactsTable(t *testing.T, s *session) {
	follow(t, s.ctx, "open the index page", chromedp.Navigate(s.base))
	follow(t, s.ctx, "open the contacts table", chromedp.Click(testid("table-link-contacts")))
	s.screenshot(t, "6-contacts", true)
	count := textOf(t, s.ctx, "row-count")
	if want := strings1(t, s.oracle, `select count(*) from contacts`)[0]; fmt.Sprint(countIn(t, count)) != want {
		t.Errorf("row count says %q, want %s contacts", count, want)
	}
	initiators := strings1(t, s.oracle, `select count(*) from contacts where initiator_id is not null`)[0]
	links := eval[int](t, s.ctx, `document.querySelectorAll('[data-testid="results-table"] [data-testid="fk-link"]').length`)
	if initiators != "0" && links == 0 {
		t.Errorf("%s contacts name an initiator, but the table shows no foreign-key links", initiators)
	}
}

// narrowScreen opens a table on a phone-sized screen: only the table may scroll sideways.
func narrowScreen(t *testing.T, s *session) {
	step(t, s.ctx, "phone-sized viewport", chromedp.EmulateViewport(390, 844))
	follow(t, s.ctx, "open the actors table", chromedp.Navigate(s.tableURL))
	s.screenshot(t, "5-table-phone", false)
	if eval[bool](t, s.ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Errorf("the page scrolls sideways on a 390px screen; only the results table should")
	}
}

// searchActors types a surname into the actors page's search box (actors_fts) and sees
// the actors the full-text index finds, with the word in their names.
func searchActors(t *testing.T, s *session) {
	names := strings1(t, s.oracle, `select name from actors where kind = 'person' and name like '% %' order by id limit 1`)
	if len(names) == 0 {
		t.Fatal("the sample database has no person with a full name, which the search step needs")
	}
	surname := names[0][strings.LastIndex(names[0], " ")+1:]
	follow(t, s.ctx, "open the actors table", chromedp.Navigate(s.tableURL))
	step(t, s.ctx, "type a surname into the search box", chromedp.SendKeys(testid("search-input"), surname))
	follow(t, s.ctx, "submit the search", chromedp.Click(testid("search-submit")))
	want := strings1(t, s.oracle, `select rowid from actors_fts where actors_fts match ? order by rowid`, `"`+surname+`"`)
	if got := countIn(t, textOf(t, s.ctx, "row-count")); got != len(want) || got == 0 {
		t.Errorf("searching %q shows %d rows, want the %d the index finds", surname, got, len(want))
	}
	for i, n := range readGrid(t, s.ctx).column(t, "name") {
		if !strings.Contains(strings.ToLower(n), strings.ToLower(surname)) {
			t.Errorf("row %d, %q, does not hold %q", i, n, surname)
		}
	}
}

package main_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// session is what the browser steps share: the server of the sample database, one browser
// tab, the served file opened separately as an oracle (what SQLite itself answers is what
// the pages must show), and the folder the screenshots go to.
type session struct {
	ctx      context.Context
	base     string // the server's root URL, ending in "/"
	tableURL string // the actors table, as the index page links it
	country  string // the commonest actor country: the value the filter steps use
	oracle   *sql.DB
	shots    string

	filteredURL string // the page the filter step reached; the CSV step exports it
}

// TestBrowserExplorer drives the explorer in a real headless Chromium the way a reader
// would: it clicks a column header, fills in the filter form, types SQL, presses keys and
// downloads a CSV, and checks each page against SQLite's own answer to the same question.
// A screenshot of every step is kept as an artefact for a human to look at.
func TestBrowserExplorer(t *testing.T) {
	chrome := findChromium(t)
	dir := t.TempDir()
	base, stop := startServe(t, dir)
	t.Cleanup(func() { stop() })
	s := &session{
		ctx:    newBrowser(t, chrome),
		base:   base,
		oracle: openOracle(t, filepath.Join(dir, "hotline.db")),
		shots:  artefactDir(t),
	}
	follow(t, s.ctx, "open the index page", chromedp.Navigate(base))
	s.screenshot(t, "1-index", true)
	s.tableURL = eval[string](t, s.ctx, `document.querySelector('[data-testid="table-link-actors"]').href`)
	countries := strings1(t, s.oracle, `select country from actors where country is not null
		group by country order by count(*) desc, country limit 1`)
	if len(countries) == 0 {
		t.Fatal("the sample database has no actor with a country, which the filter steps need")
	}
	s.country = countries[0]

	// The steps run in this order in one tab; each opens its own starting page.
	steps := []struct {
		name string
		run  func(*testing.T, *session)
	}{
		{"sort by clicking a column header", sortByHeader},
		{"filter through the form", filterThroughForm},
		{"search the actors through the box", searchActors},
		{"run SQL typed into the editor", runTypedSQL},
		{"Ctrl+Enter runs SQL, copy link copies", ctrlEnterAndCopyLink},
		{"a long SQL value opens in its cell", longValueOpens},
		{"download the filtered page as CSV", downloadFilteredCSV},
		{"contacts table with its foreign keys", contactsTable},
		{"a report's article link lands on its words", reportLandsOnSentence},
		{"column menu", columnMenu},
		{"column menu without JavaScript", columnMenuWithoutScript},
		{"suggested and date facets", suggestedAndDateFacets},
		{"long text wraps", longTextWraps},
		{"narrow screen", narrowScreen},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) { st.run(t, s) })
	}
}

// screenshot saves the page as an artefact named name.png.
func (s *session) screenshot(tb testing.TB, name string, wholePage bool) {
	tb.Helper()
	screenshot(tb, s.ctx, s.shots, name, wholePage)
}

package main_test

import (
	"context"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// shownGrid is the results table as the reader sees it.
type shownGrid struct {
	Headers []string   `json:"headers"` // the column names, without sort arrows
	Arrows  []string   `json:"arrows"`  // the sort arrow of each column, "" for none
	Rows    [][]string `json:"rows"`    // each cell's full value (its tooltip or open text when cut short)
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
			rows: [...t.querySelectorAll('tbody tr')].map(tr => [...tr.cells].map(td => {
				const open = td.querySelector('details.unfold'); // a long value of a view or SQL result
				if (open) return [...open.childNodes].filter(n => n.nodeName !== 'SUMMARY').map(n => n.textContent).join('').trim();
				return td.title || (td.querySelector('a') || td).textContent.trim();
			})),
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

// queryOf returns the query parameters of the page the browser shows.
func queryOf(tb testing.TB, ctx context.Context) url.Values {
	tb.Helper()
	u, err := url.Parse(eval[string](tb, ctx, `location.href`))
	if err != nil {
		tb.Fatal(err)
	}
	return u.Query()
}

package main_test

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// consolePages are the pages a reader reaches from the index, one of each kind: the
// index, the database, tables with facets, sort and search, rows with their evidence and
// profiles, the SQL editor with a result and a canned query, the pictures and the
// instance pages.
var consolePages = []string{
	"",
	"hotline",
	"hotline/actors",
	"hotline/actors?_facet=country&_sort_desc=name",
	"hotline/contacts?_facet=mode&_facet_month=date",
	"hotline/articles?_search=minister",
	"hotline/quotes?_search=peace",
	"hotline/articles/1",
	"hotline/actors/1",
	"hotline/contacts/1",
	"hotline/contact_participants/1,1",
	"hotline/-/query?sql=select+id,+name+from+actors+order+by+id+limit+5",
	"hotline/contacts_of",
	"hotline/contact_timeline",
	"hotline/-/network",
	"hotline/-/matrix",
	"hotline/-/country/US",
	"-/versions",
	"-/metadata",
}

// TestBrowserConsoleClean opens each of consolePages in a desktop window and on a 390px
// phone screen and fails on anything the console reports as wrong (a script error, a
// resource refused by the Content-Security-Policy, a failed load) and, on the phone, on
// a page that scrolls sideways: the unit tests read the HTML but only a browser runs the
// scripts under the policy and lays the page out.
func TestBrowserConsoleClean(t *testing.T) {
	chrome := findChromium(t)
	base, stop := startServe(t, t.TempDir())
	t.Cleanup(func() { stop() })
	ctx := newBrowser(t, chrome)
	con := watchConsole(t, ctx)

	for _, width := range []int64{1280, 390} {
		step(t, ctx, "set the viewport", chromedp.EmulateViewport(width, 844))
		for _, p := range consolePages {
			t.Run(p+"@"+strconv.FormatInt(width, 10), func(t *testing.T) {
				for _, m := range con.take() {
					t.Errorf("console, late from the page before: %s", m)
				}
				follow(t, ctx, "open "+p, chromedp.Navigate(base+p))
				// Let deferred scripts run and pictures draw before reading the console.
				step(t, ctx, "settle", chromedp.Sleep(300*time.Millisecond))
				for _, m := range con.take() {
					t.Errorf("console: %s", m)
				}
				if squeezed := eval[string](t, ctx, squeezedTicksJS); squeezed != "" {
					t.Errorf("timeline labels drawn squeezed or stretched on a %dpx screen: %s", width, squeezed)
				}
				if width < 500 && eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
					wide := eval[string](t, ctx, widestJS)
					t.Errorf("the page scrolls sideways on a %dpx screen (widest: %s); only a results table should", width, wide)
				}
			})
		}
	}
	t.Run("a CSP violation is seen", func(t *testing.T) {
		// The checks above would pass on a deaf listener: make the page break its own
		// policy (img-src 'self') and require that the console tells. It runs last, so
		// that the first page's own requests (the icon) are checked above.
		follow(t, ctx, "open the index", chromedp.Navigate(base))
		con.take()
		step(t, ctx, "load a foreign image", chromedp.Evaluate[chromedp.Void](
			`document.body.appendChild(Object.assign(new Image(), {src: 'http://198.51.100.7/x.png'})), undefined`))
		if got := con.wait(5 * time.Second); !strings.Contains(strings.Join(got, "\n"), "Content Security Policy") {
			t.Fatalf("a foreign image broke the page's policy but the console reported %q", got)
		}
	})
}

// squeezedTicksJS lists the timeline's tick labels whose drawn width is not that of the
// same text set in HTML: text inside the stretched bars picture was squeezed to 40% of
// its width on a phone.
const squeezedTicksJS = `[...document.querySelectorAll('text.tick')].map(t => {
	const probe = document.createElement('span');
	probe.textContent = t.textContent;
	probe.style.font = getComputedStyle(t).font;
	probe.style.position = 'absolute';
	document.body.appendChild(probe);
	const want = probe.getBoundingClientRect().width, got = t.getBoundingClientRect().width;
	probe.remove();
	return got / want < 0.9 || got / want > 1.1 ? t.textContent + ' ' + Math.round(100 * got / want) + '%' : '';
}).filter(Boolean).join(', ')`

// widestJS names the elements that stick out to the right of the window, or whose
// content does, outside any box that scrolls on its own, so a failure says what to fix.
const widestJS = `[...document.querySelectorAll('body *')].filter(e => {
	const r = e.getBoundingClientRect();
	const own = getComputedStyle(e).overflowX;
	const spills = (own === 'visible' && e.scrollWidth > e.clientWidth + 1) ? r.left + e.scrollWidth : r.right;
	if (spills <= window.innerWidth + 1) return false;
	for (let p = e.parentElement; p; p = p.parentElement) {
		const o = getComputedStyle(p).overflowX;
		if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
	}
	return true;
}).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ')`

// consoleLog keeps what the tab's console reports that a reader would call an error:
// errors, warnings and uncaught exceptions, from the page's scripts or from the browser
// (a refused resource, a failed load).
type consoleLog struct {
	mu   sync.Mutex
	msgs []string
}

// watchConsole starts collecting the console of ctx's tab until the test ends.
func watchConsole(tb testing.TB, ctx context.Context) *consoleLog {
	tb.Helper()
	c := &consoleLog{}
	lctx, cancel := context.WithCancel(ctx)
	messages := chromedp.Console(lctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if strings.Contains(m.Text, "GL Driver Message") {
				continue // the software GPU's own performance notes (sigma reads pixels back)
			}
			switch m.Type {
			case chromedp.ConsoleError, chromedp.ConsoleWarning, chromedp.ConsoleException:
				c.mu.Lock()
				c.msgs = append(c.msgs, m.String()+" ("+m.URL+")")
				c.mu.Unlock()
			}
		}
	}()
	tb.Cleanup(func() { cancel(); <-done })
	return c
}

// take returns the messages so far and forgets them.
func (c *consoleLog) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.msgs
	c.msgs = nil
	return out
}

// wait returns the messages as soon as there are some, or none after d.
func (c *consoleLog) wait(d time.Duration) []string {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		c.mu.Lock()
		n := len(c.msgs)
		c.mu.Unlock()
		if n > 0 {
			break
		}
	}
	return c.take()
}

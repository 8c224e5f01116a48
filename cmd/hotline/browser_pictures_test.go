package main_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hotline/db/synth"
)

// pictures is what the picture steps share: one tab on a served database, the file as
// the oracle, and where screenshots go.
type pictures struct {
	ctx    context.Context
	db     string // the database's URL root, "http://127.0.0.1:PORT/NAME"
	oracle *sql.DB
	shots  string
	prefix string // of screenshot names
}

// TestBrowserPictures draws every picture on the sample database as a reader would see
// it, checks each drew what SQL says, and follows a bar, a node and a matrix cell.
func TestBrowserPictures(t *testing.T) {
	chrome := findChromium(t)
	dir := t.TempDir()
	base, stop := startServe(t, dir)
	t.Cleanup(func() { stop() })
	p := &pictures{ctx: newBrowser(t, chrome), db: base + "hotline", oracle: openOracle(t, filepath.Join(dir, "hotline.db")),
		shots: artefactDir(t), prefix: "pictures-seeds"}
	p.run(t)
}

// TestBrowserPicturesAtScale is TestBrowserPictures on a made-up database of 5,000
// articles, 2,000 actors and 9,000 contacts (db/synth), so that every picture is checked
// at the size of a real collection. It takes half a minute, so -short skips it.
func TestBrowserPicturesAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the 5,000-article database takes a while to build")
	}
	chrome := findChromium(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "scale.db")
	if err := synth.Write(context.Background(), path, synth.Options{Articles: 5000, Actors: 2000, Contacts: 9000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, dir, path)
	t.Cleanup(func() { stop() })
	p := &pictures{ctx: newBrowser(t, chrome), db: base + "scale", oracle: openOracle(t, path), shots: artefactDir(t), prefix: "pictures-scale"}
	p.run(t)
}

func (p *pictures) run(t *testing.T) {
	country := strings1(t, p.oracle, `SELECT country FROM actors WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 1`)[0]
	t.Run("timeline above the contacts table, click a bar", func(t *testing.T) { p.timeline(t) })
	t.Run("network, hover and click a node", func(t *testing.T) { p.network(t, "") })
	t.Run("network of one country's phone calls", func(t *testing.T) { p.network(t, "?mode=phone&country="+country) })
	t.Run("country matrix, click a cell", func(t *testing.T) { p.matrix(t) })
	t.Run("country page", func(t *testing.T) { p.country(t, country) })
}

func (p *pictures) shot(t *testing.T, name string) {
	t.Helper()
	screenshot(t, p.ctx, p.shots, p.prefix+"-"+name, true)
}

// timeline opens the contacts table, checks the bars against SQL and clicks the tallest.
func (p *pictures) timeline(t *testing.T) {
	// On a big file the first visit may find the timeline still being counted (it is
	// cached in the background, and a table page waits for it only briefly): reload, as
	// its note asks a reader to.
	for try := 0; ; try++ {
		follow(t, p.ctx, "open the contacts table", chromedp.Navigate(p.db+"/contacts"))
		if eval[string](t, p.ctx, `document.querySelector('[data-testid="timeline"]').dataset.period || ''`) != "" {
			break
		}
		if try == 60 {
			t.Fatalf("the timeline was not drawn after %d reloads: %s", try, textOf(t, p.ctx, "timeline"))
		}
		time.Sleep(500 * time.Millisecond)
	}
	nav := eval[[]float64](t, p.ctx, `(() => { const n = performance.getEntriesByType('navigation')[0];
		return [n.responseStart - n.requestStart, n.domContentLoadedEventEnd - n.startTime, n.loadEventEnd - n.startTime]; })()`)
	t.Logf("contacts page with its timeline: first byte %.0f ms after the request, DOM ready %.0f ms, loaded %.0f ms", nav[0], nav[1], nav[2])
	p.shot(t, "timeline")
	type bar struct {
		Count  int     `json:"count"`
		Start  string  `json:"start"`
		Height float64 `json:"height"`
	}
	type timeline struct {
		Period string `json:"period"`
		Bars   []bar  `json:"bars"`
		Note   string `json:"note"`
	}
	shown := eval[timeline](t, p.ctx, `(() => {
		const f = document.querySelector('[data-testid="timeline"]');
		const note = document.querySelector('[data-testid="timeline-note"]');
		return {period: f.dataset.period, note: note ? note.textContent : '',
			bars: [...f.querySelectorAll('[data-testid="timeline-bar"]')].map(a => ({count: +a.dataset.count, start: a.dataset.start,
				height: [...a.querySelectorAll('rect.bar')].reduce((h, r) => h + r.getBoundingClientRect().height, 0)}))};
	})()`)
	// The same question asked of SQLite: dated contacts per period.
	key := map[string]string{"month": "substr(date, 1, 7)", "year": "substr(date, 1, 4)",
		"week": "date(date, '-6 days', 'weekday 1')"}[shown.Period]
	if key == "" {
		t.Fatalf("the timeline's period is %q", shown.Period)
	}
	cond := "date IS NOT NULL"
	if shown.Period == "week" {
		cond = "length(date) = 10"
	}
	want := map[string]int{}
	rows, err := p.oracle.Query(`SELECT ` + key + `, count(*) FROM contacts WHERE ` + cond + ` GROUP BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k string
		var n int
		rows.Scan(&k, &n)
		want[k] = n
	}
	rows.Close()
	nonEmpty, tallest := 0, bar{}
	for _, b := range shown.Bars {
		if b.Count > 0 {
			nonEmpty++
			if b.Height <= 0 {
				t.Errorf("bar %s counts %d but drew nothing", b.Start, b.Count)
			}
		}
		if b.Count != want[b.Start] {
			t.Errorf("bar %s shows %d contacts, SQL says %d", b.Start, b.Count, want[b.Start])
		}
		if b.Count > tallest.Count {
			tallest = b
		}
	}
	if nonEmpty != len(want) {
		t.Errorf("%d bars drawn with contacts, SQL has %d periods with contacts", nonEmpty, len(want))
	}
	undated := len(strings1(t, p.oracle, `SELECT id FROM contacts WHERE date IS NULL`))
	if undated > 0 && !strings.Contains(shown.Note, fmt.Sprintf("%d contact", undated)) {
		t.Errorf("%d undated contacts, the note says %q", undated, shown.Note)
	}
	follow(t, p.ctx, "click the tallest bar", chromedp.Click(`[data-testid="timeline-bar"][data-start="`+tallest.Start+`"]`))
	p.shot(t, "timeline-bar-clicked")
	q := queryOf(t, p.ctx)
	if q.Get("date__gte") != tallest.Start {
		t.Fatalf("the bar led to %v, not to its period", q)
	}
	if got := countIn(t, textOf(t, p.ctx, "row-count")); got != tallest.Count {
		t.Errorf("the bar counted %d contacts, its table lists %d", tallest.Count, got)
	}
}

// drawn waits for network.js to finish the picture in the box marked testid network and
// returns what it says it drew.
type drawn struct {
	Nodes    int     `json:"nodes"`
	Edges    int     `json:"edges"`
	RenderMS float64 `json:"renderMS"`
	LayoutMS float64 `json:"layoutMS"`
	Error    string  `json:"error"`
}

// The force layout is stopped as soon as the first picture is there, as a reader may do
// with its button: the test is about what was drawn, and it needs nodes that stay put to
// click them (on a busy machine the layout of 2,000 nodes takes a while).
func waitNetwork(t testing.TB, ctx context.Context) drawn {
	t.Helper()
	// Three minutes: CI runs the other packages' tests on the same two cores meanwhile,
	// and SwiftShader draws 2,000 nodes on the CPU.
	wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	return waitNetworkFor(t, wctx, true)
}

// waitNetworkFor is waitNetwork under ctx's deadline, letting the layout run its course
// unless stop.
func waitNetworkFor(t testing.TB, ctx context.Context, stop bool) drawn {
	t.Helper()
	js := `new Promise(done => {
		const box = document.querySelector('[data-testid="network"]');
		box.scrollIntoView();
		const check = () => {
			if (STOP && box.hotline && box.hotline.stopLayout) box.hotline.stopLayout();
			if (box.dataset.ready || box.dataset.error) {
				done({nodes: +box.dataset.nodes || 0, edges: +box.dataset.edges || 0, renderMS: +box.dataset.renderMs || 0,
					layoutMS: +box.dataset.layoutMs || 0, error: box.dataset.error || ''});
			} else setTimeout(check, 50);
		};
		check();
	})`
	d, err := chromedp.Run(ctx, chromedp.Evaluate[drawn](strings.Replace(js, "STOP", fmt.Sprint(stop), 1), chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("waiting for the network to be drawn: %v", err)
	}
	return d
}

// network opens the network page with params, compares what it drew with SQL, hovers
// the biggest node and clicks it.
func (p *pictures) network(t *testing.T, params string) {
	follow(t, p.ctx, "open the network", chromedp.Navigate(p.db+"/-/network"+params))
	d := waitNetwork(t, p.ctx)
	name := "network"
	if params != "" {
		name = "network-filtered"
	}
	p.shot(t, name)
	if d.Error != "" {
		t.Fatalf("the network was not drawn: %s", d.Error)
	}
	sel := "SELECT contact_id FROM contact_partners"
	var args []any
	if params != "" {
		country := queryOf(t, p.ctx).Get("country")
		sel += " WHERE mode = 'phone' AND country = ?"
		args = []any{country}
	}
	nodes := len(strings1(t, p.oracle, `SELECT DISTINCT actor_id FROM contact_participants WHERE contact_id IN (`+sel+`)`, args...))
	edges := len(strings1(t, p.oracle, `SELECT DISTINCT a.actor_id || '-' || b.actor_id FROM contact_participants a
		JOIN contact_participants b ON b.contact_id = a.contact_id AND b.actor_id > a.actor_id WHERE a.contact_id IN (`+sel+`)`, args...))
	if d.Nodes != min(nodes, 2000) || d.Edges > edges || (nodes <= 2000 && d.Edges != edges) {
		t.Errorf("drew %d nodes and %d edges; SQL says %d and %d", d.Nodes, d.Edges, nodes, edges)
	}
	t.Logf("network of %d nodes, %d edges: first picture %.0f ms after the data arrived, layout stopped after %.0f ms", d.Nodes, d.Edges, d.RenderMS, d.LayoutMS)
	// The biggest node, where it is on the screen now that the layout has settled.
	type spot struct {
		ID   string  `json:"id"`
		Name string  `json:"name"`
		X    float64 `json:"x"`
		Y    float64 `json:"y"`
	}
	at := eval[spot](t, p.ctx, `(() => {
		const box = document.querySelector('[data-testid="network"]');
		const g = box.hotline.graph, r = box.hotline.renderer;
		let best = null;
		g.forEachNode((n, a) => { if (!best || a.size > g.getNodeAttribute(best, 'size')) best = n; });
		const a = g.getNodeAttributes(best), v = r.graphToViewport({x: a.x, y: a.y}), rect = box.getBoundingClientRect();
		return {id: best, name: a.label, x: rect.left + v.x, y: rect.top + v.y};
	})()`)
	step(t, p.ctx, "hover the biggest node", chromedp.MouseEvent("mouseMoved", at.X, at.Y))
	tip := eval[string](t, p.ctx, `new Promise(done => setTimeout(() => done(document.querySelector('[data-testid="network-tip"]').textContent), 200))`, chromedp.EvalAwaitPromise)
	if !strings.Contains(tip, "contact") {
		t.Errorf("hovering %s shows %q, want its name and counts", at.Name, tip)
	}
	if params == "" {
		p.shot(t, "network-hover")
	}
	follow(t, p.ctx, "click the biggest node", chromedp.MouseClickXY(at.X, at.Y))
	path := eval[string](t, p.ctx, `location.pathname`)
	if !strings.HasSuffix(path, "/actors/"+at.ID) {
		t.Fatalf("clicking %s (%s) led to %s, not to the actor's page", at.Name, at.ID, path)
	}
	if params != "" {
		return
	}
	// The actor page draws the actor's neighbourhood.
	d = waitNetwork(t, p.ctx)
	p.shot(t, "actor-page")
	nb := len(strings1(t, p.oracle, `SELECT DISTINCT actor_id FROM contact_participants WHERE contact_id IN
		(SELECT contact_id FROM contact_participants WHERE actor_id = ?)`, at.ID))
	if d.Nodes != min(nb, 200) {
		t.Errorf("the neighbourhood of %s drew %d nodes, SQL says %d", at.Name, d.Nodes, nb)
	}
}

// matrix opens the country matrix, checks its cells and follows the biggest.
func (p *pictures) matrix(t *testing.T) {
	follow(t, p.ctx, "open the country matrix", chromedp.Navigate(p.db+"/-/matrix"))
	p.shot(t, "matrix")
	cells := eval[int](t, p.ctx, `[...document.querySelectorAll('[data-testid="matrix-cell"] a')].length`)
	want := len(strings1(t, p.oracle, `SELECT DISTINCT coalesce(country, '') || '-' || coalesce(partner_country, '') FROM contact_partners WHERE partner_id IS NOT NULL`))
	if cells != want {
		t.Errorf("%d non-empty cells, SQL has %d pairs of countries", cells, want)
	}
	n := eval[int](t, p.ctx, `Math.max(...[...document.querySelectorAll('[data-testid="matrix-cell"]')].map(c => +c.dataset.count))`)
	follow(t, p.ctx, "click the biggest cell", chromedp.Click(fmt.Sprintf(`[data-testid="matrix-cell"][data-count="%d"] a`, n)))
	q := queryOf(t, p.ctx)
	var rows int
	args := []any{}
	cond := "partner_id IS NOT NULL"
	for _, col := range []string{"country", "partner_country"} {
		if v := q.Get(col); v != "" {
			cond += " AND " + col + " = ?"
			args = append(args, v)
		} else {
			cond += " AND " + col + " IS NULL"
		}
	}
	if err := p.oracle.QueryRow(`SELECT count(*) FROM contact_partners WHERE `+cond, args...).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if got := countIn(t, textOf(t, p.ctx, "row-count")); got != rows {
		t.Errorf("the cell of %d contacts leads to %d rows, SQL says %d", n, got, rows)
	}
}

// country opens a country's page: its actors, its timeline, its network.
func (p *pictures) country(t *testing.T, code string) {
	follow(t, p.ctx, "open the country page", chromedp.Navigate(p.db+"/-/country/"+code))
	d := waitNetwork(t, p.ctx)
	p.shot(t, "country")
	listed := eval[int](t, p.ctx, `document.querySelectorAll('[data-testid="country-actor"]').length`)
	actors := len(strings1(t, p.oracle, `SELECT id FROM actors WHERE country = ?`, code))
	if listed != min(actors, 100) {
		t.Errorf("%d actors listed for %s, SQL has %d", listed, code, actors)
	}
	nodes := len(strings1(t, p.oracle, `SELECT DISTINCT actor_id FROM contact_participants WHERE contact_id IN
		(SELECT contact_id FROM contact_partners WHERE country = ?)`, code))
	if d.Nodes != min(nodes, 300) {
		t.Errorf("the network of %s drew %d nodes, SQL says %d", code, d.Nodes, nodes)
	}
	total := eval[int](t, p.ctx, `+document.querySelector('[data-testid="timeline"]').dataset.total`)
	if want := len(strings1(t, p.oracle, `SELECT DISTINCT contact_id FROM contact_partners WHERE country = ?`, code)); total != want {
		t.Errorf("the timeline of %s counts %d contacts, SQL says %d", code, total, want)
	}
}

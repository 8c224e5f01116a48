package views_test

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"hotline/db"
	"hotline/db/synth"
	"hotline/views"
)

// pictureServer serves a made-up Hotline database (db/synth) with its raw file opened
// beside it as the oracle: every count a picture shows is checked against SQLite's own
// answer to the same question, written independently here.
func pictureServer(tb testing.TB) (http.Handler, *sql.DB) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "hotline.db")
	if err := synth.Write(context.Background(), path, synth.Options{Articles: 60, Actors: 40, Contacts: 300, Seed: 1}); err != nil {
		tb.Fatal(err)
	}
	r, err := db.OpenReader(context.Background(), path, db.ReadOptions{SQLTimeLimit: 5 * time.Second})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { r.Close() })
	h, err := views.New(r, testConfig(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		tb.Fatal(err)
	}
	oracle, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { oracle.Close() })
	return h, oracle
}

func oracleInt(tb testing.TB, d *sql.DB, q string, args ...any) int {
	tb.Helper()
	var n int
	if err := d.QueryRow(q, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestTimelineJSON checks the timeline's counts against SQL for several filters: every
// selected contact is in a bar, undated or month-only.
func TestTimelineJSON(t *testing.T) {
	h, oracle := pictureServer(t)
	cases := []struct {
		name, params, where string
	}{
		{"all contacts", "", "1"},
		{"phone", "&mode=phone", "mode = 'phone'"},
		{"held in 2022", "&status=held&date__gte=2022&date__lt=2023", "status = 'held' AND date >= '2022' AND date < '2023'"},
		{"Russia by partner view", "&_table=contact_partners&country=RU", "id IN (SELECT contact_id FROM contact_partners WHERE country = 'RU')"},
	}
	for _, c := range cases {
		for _, period := range []string{"month", "year", "week"} {
			t.Run(c.name+" by "+period, func(t *testing.T) {
				var tl db.Timeline
				getJSON(t, h, "/hotline/-/timeline.json?_period="+period+c.params, &tl)
				want := oracleInt(t, oracle, "SELECT count(*) FROM contacts WHERE "+c.where)
				undated := oracleInt(t, oracle, "SELECT count(*) FROM contacts WHERE date IS NULL AND "+c.where)
				if tl.Total != want || tl.Undated != undated {
					t.Fatalf("total %d undated %d, want %d and %d", tl.Total, tl.Undated, want, undated)
				}
				sum := 0
				for _, b := range tl.Bins {
					n := oracleInt(t, oracle, "SELECT count(*) FROM contacts WHERE date >= ? AND date < ? AND "+c.where+
						map[bool]string{true: " AND length(date) = 10", false: ""}[period == "week"], b.Start, b.End)
					if b.Total != n {
						t.Errorf("bin %s–%s: %d, want %d", b.Start, b.End, b.Total, n)
					}
					sum += b.Total
				}
				if sum+tl.Undated+tl.MonthOnly != tl.Total {
					t.Errorf("bars %d + undated %d + month-only %d != total %d", sum, tl.Undated, tl.MonthOnly, tl.Total)
				}
			})
		}
	}
}

// TestTimelineOnTablePages checks the SVG drawn above a table of contacts: one bar per
// period, its counts those of the page's filter, each bar a link to its period.
func TestTimelineOnTablePages(t *testing.T) {
	h, oracle := pictureServer(t)
	doc := getHTML(t, h, "/hotline/contacts?mode=meeting", http.StatusOK)
	tl := testid(doc, "timeline")
	if tl.Length() != 1 {
		t.Fatal("no timeline above the contacts table")
	}
	sum := 0
	testid(doc, "timeline-bar").Each(func(_ int, s *goquery.Selection) {
		n, _ := strconv.Atoi(s.AttrOr("data-count", ""))
		sum += n
		href := s.AttrOr("href", "")
		if n > 0 && (!strings.Contains(href, "mode=meeting") || !strings.Contains(href, "date__gte=")) {
			t.Errorf("bar link %q lost the filter or the period", href)
		}
	})
	dated := oracleInt(t, oracle, "SELECT count(*) FROM contacts WHERE mode = 'meeting' AND date IS NOT NULL")
	monthOnly := 0
	if tl.AttrOr("data-period", "") == "week" {
		monthOnly = oracleInt(t, oracle, "SELECT count(*) FROM contacts WHERE mode = 'meeting' AND length(date) = 7")
	}
	if sum != dated-monthOnly {
		t.Errorf("bars hold %d contacts, want %d", sum, dated-monthOnly)
	}
	if !strings.Contains(testid(doc, "timeline-note").Text(), "without a date") {
		t.Errorf("undated contacts not said: %q", testid(doc, "timeline-note").Text())
	}
	if testid(getHTML(t, h, "/hotline/actors", http.StatusOK), "timeline").Length() != 0 {
		t.Error("a timeline on the actors table, which is not a table of contacts")
	}
}

// TestNetworkExports parses the JSON, GEXF and GraphML of one filtered network and checks
// they hold the same nodes and edges as SQL says.
func TestNetworkExports(t *testing.T) {
	h, oracle := pictureServer(t)
	const filter = "mode=phone&date__gte=2020-01-01&date__lte=2022-12-31"
	sel := "SELECT contact_id FROM contact_partners WHERE mode = 'phone' AND date >= '2020-01-01' AND date <= '2022-12-31'"
	nodes := oracleInt(t, oracle, "SELECT count(DISTINCT actor_id) FROM contact_participants WHERE contact_id IN ("+sel+")")
	edges := oracleInt(t, oracle, `SELECT count(*) FROM (SELECT DISTINCT a.actor_id, b.actor_id FROM contact_participants a
		JOIN contact_participants b ON b.contact_id = a.contact_id AND b.actor_id > a.actor_id WHERE a.contact_id IN (`+sel+`))`)
	weight := oracleInt(t, oracle, `SELECT count(*) FROM contact_participants a
		JOIN contact_participants b ON b.contact_id = a.contact_id AND b.actor_id > a.actor_id WHERE a.contact_id IN (`+sel+`)`)
	if nodes < 5 || edges < 5 {
		t.Fatalf("the fixture's network is too small to test: %d nodes, %d edges", nodes, edges)
	}
	t.Run("json", func(t *testing.T) {
		var n db.Network
		getJSON(t, h, "/hotline/-/network.json?"+filter, &n)
		w := 0
		for _, e := range n.Edges {
			w += e.Contacts
		}
		if len(n.Nodes) != nodes || len(n.Edges) != edges || w != weight {
			t.Errorf("%d nodes, %d edges, weight %d; want %d, %d, %d", len(n.Nodes), len(n.Edges), w, nodes, edges, weight)
		}
	})
	t.Run("gexf", func(t *testing.T) {
		rec := get(t, h, "/hotline/-/network.gexf?"+filter)
		var g struct {
			Graph struct {
				Type  string `xml:"defaultedgetype,attr"`
				Nodes []struct {
					ID    string `xml:"id,attr"`
					Label string `xml:"label,attr"`
				} `xml:"nodes>node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
					Weight int    `xml:"weight,attr"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(rec.Body.Bytes(), &g); err != nil {
			t.Fatalf("GEXF does not parse: %v", err)
		}
		w, ids := 0, map[string]bool{}
		for _, n := range g.Graph.Nodes {
			ids[n.ID] = n.Label != ""
		}
		for _, e := range g.Graph.Edges {
			w += e.Weight
			if !ids[e.Source] || !ids[e.Target] {
				t.Errorf("edge %s–%s has an end that is no labelled node", e.Source, e.Target)
			}
		}
		if len(g.Graph.Nodes) != nodes || len(g.Graph.Edges) != edges || w != weight || g.Graph.Type != "undirected" {
			t.Errorf("%d nodes, %d edges, weight %d, %q; want %d, %d, %d", len(g.Graph.Nodes), len(g.Graph.Edges), w, g.Graph.Type, nodes, edges, weight)
		}
	})
	t.Run("graphml", func(t *testing.T) {
		rec := get(t, h, "/hotline/-/network.graphml?"+filter)
		var g struct {
			Keys []struct {
				ID string `xml:"id,attr"`
			} `xml:"key"`
			Graph struct {
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"node"`
				Edges []struct {
					Data []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(rec.Body.Bytes(), &g); err != nil {
			t.Fatalf("GraphML does not parse: %v", err)
		}
		w := 0
		for _, e := range g.Graph.Edges {
			for _, d := range e.Data {
				if d.Key == "weight" {
					n, _ := strconv.Atoi(d.Value)
					w += n
				}
			}
		}
		if len(g.Graph.Nodes) != nodes || len(g.Graph.Edges) != edges || w != weight {
			t.Errorf("%d nodes, %d edges, weight %d; want %d, %d, %d", len(g.Graph.Nodes), len(g.Graph.Edges), w, nodes, edges, weight)
		}
	})
	t.Run("html", func(t *testing.T) {
		doc := getHTML(t, h, "/hotline/-/network?"+filter, http.StatusOK)
		box := testid(doc, "network")
		if box.AttrOr("data-want-nodes", "") != strconv.Itoa(nodes) || box.AttrOr("data-want-edges", "") != strconv.Itoa(edges) {
			t.Errorf("the page promises %s nodes and %s edges, want %d and %d", box.AttrOr("data-want-nodes", ""), box.AttrOr("data-want-edges", ""), nodes, edges)
		}
		if testid(doc, "network-actor").Length() == 0 {
			t.Error("no actors listed for readers without script")
		}
	})
}

// ploverFields are the fields every PLOVER event record carries (PLOVER's event data
// format as POLECAT publishes it: id, date, type, mode, quad, source and target actors
// with countries, place, and the story), in Hotline's snake_case names.
func ploverFields() []string {
	return []string{"event_id", "event_date", "event_type", "event_mode", "quad_code", "source_actor", "source_country",
		"target_actor", "target_country", "placename", "story_id", "publication_date", "sentence"}
}

// ploverTypes are PLOVER's sixteen event types.
func ploverTypes() []string {
	return []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
}

// TestEventsAreValidPLOVER reads the JSONL and CSV exports of a filter and checks one
// record per selected contact, each with PLOVER's fields and vocabulary.
func TestEventsAreValidPLOVER(t *testing.T) {
	h, oracle := pictureServer(t)
	want := oracleInt(t, oracle, "SELECT count(DISTINCT contact_id) FROM contact_partners WHERE country = 'US' AND status = 'held'")
	rec := get(t, h, "/hotline/-/events.jsonl?_table=contact_partners&country=US&status=held")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	sc := bufio.NewScanner(rec.Body)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		var e map[string]any
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line %d is not JSON: %v", n, err)
		}
		for _, f := range ploverFields() {
			if _, ok := e[f]; !ok {
				t.Fatalf("record %d has no %s: %v", n, f, e)
			}
		}
		if !slices.Contains(ploverTypes(), e["event_type"].(string)) {
			t.Errorf("event type %q is not PLOVER's", e["event_type"])
		}
		if m := e["event_mode"].(string); m != "" && m != "phone" && m != "meet" {
			t.Errorf("mode %q is not a PLOVER CONSULT mode", m)
		}
		if e["source_country"] != "US" && e["target_country"] != "US" && !strings.Contains(fmt.Sprint(e["targets"]), "of US") {
			t.Errorf("record %v has no US actor", e["event_id"])
		}
		if d := e["event_date"].(string); d != "" && len(d) != 10 && len(d) != 7 {
			t.Errorf("date %q is not ISO 8601", d)
		}
	}
	if n != want {
		t.Errorf("%d records, want one per contact: %d", n, want)
	}
	rows, _ := getCSV(t, h, "/hotline/-/events.csv?_table=contact_partners&country=US&status=held")
	if len(rows) != want+1 {
		t.Fatalf("%d CSV rows, want a header and %d", len(rows), want)
	}
	for _, f := range ploverFields() {
		if !slices.Contains(rows[0], f) {
			t.Errorf("CSV header lacks %s: %v", f, rows[0])
		}
	}
}

// TestCountryMatrix checks each cell against SQL and that its link lists its contacts.
func TestCountryMatrix(t *testing.T) {
	h, oracle := pictureServer(t)
	var m db.Matrix
	getJSON(t, h, "/hotline/-/matrix.json?mode=phone", &m)
	if len(m.Countries) < 3 {
		t.Fatalf("matrix of %d countries", len(m.Countries))
	}
	for i, a := range m.Countries {
		for j, b := range m.Countries {
			want := oracleInt(t, oracle, `SELECT count(DISTINCT contact_id) FROM contact_partners WHERE mode = 'phone'
				AND coalesce(country, '') = ? AND coalesce(partner_country, '') = ? AND partner_id IS NOT NULL`, a, b)
			if m.Cells[i][j] != want {
				t.Errorf("%s–%s: %d, want %d", a, b, m.Cells[i][j], want)
			}
		}
	}
	doc := getHTML(t, h, "/hotline/-/matrix?mode=phone", http.StatusOK)
	cell := testid(doc, "matrix-cell").FilterFunction(func(_ int, s *goquery.Selection) bool { return s.Find("a").Length() > 0 }).First()
	href := cell.Find("a").AttrOr("href", "")
	if !strings.Contains(href, "/hotline/contact_partners?") || !strings.Contains(href, "mode=phone") || !strings.Contains(href, "partner_country") {
		t.Errorf("cell link %q", href)
	}
}

// TestViewLinks checks that names, ids and countries in the exploration views link.
func TestViewLinks(t *testing.T) {
	h, _ := pictureServer(t)
	doc := getHTML(t, h, "/hotline/actor_partners?_size=5", http.StatusOK)
	for _, kind := range []string{"fk-link", "name-link", "country-link"} {
		if testid(doc, kind).Length() == 0 {
			t.Errorf("no %s in actor_partners", kind)
		}
	}
	href := testid(doc, "name-link").First().AttrOr("href", "")
	if !strings.HasPrefix(href, "/hotline/actors/") {
		t.Errorf("a name links to %q", href)
	}
	if c := testid(doc, "country-link").First().AttrOr("href", ""); !strings.HasPrefix(c, "/hotline/-/country/") {
		t.Errorf("a country links to %q", c)
	}
}

// TestProfiles checks an actor's page shows its profile and a country's page its actors.
func TestProfiles(t *testing.T) {
	h, oracle := pictureServer(t)
	var id int
	var country string
	if err := oracle.QueryRow(`SELECT a.id, a.country FROM actors a JOIN contact_participants p ON p.actor_id = a.id
		WHERE a.country IS NOT NULL GROUP BY a.id ORDER BY count(*) DESC LIMIT 1`).Scan(&id, &country); err != nil {
		t.Fatal(err)
	}
	doc := getHTML(t, h, fmt.Sprintf("/hotline/actors/%d", id), http.StatusOK)
	if testid(doc, "actor-profile").Length() != 1 || testid(doc, "timeline").Length() != 1 || testid(doc, "network").Length() != 1 {
		t.Fatal("the actor page lacks its profile, timeline or neighbourhood")
	}
	partners := oracleInt(t, oracle, "SELECT count(*) FROM actor_partners WHERE actor_id = ?", id)
	if got := testid(doc, "profile-partner").Length(); got != min(partners, 20) {
		t.Errorf("%d partners listed, want %d", got, min(partners, 20))
	}
	cdoc := getHTML(t, h, "/hotline/-/country/"+country, http.StatusOK)
	actors := oracleInt(t, oracle, "SELECT count(*) FROM actors WHERE country = ?", country)
	if got := testid(cdoc, "country-actor").Length(); got != min(actors, 100) {
		t.Errorf("%d actors listed for %s, want %d", got, country, min(actors, 100))
	}
	if testid(cdoc, "country-partner").Length() == 0 {
		t.Error("no partner countries")
	}
}

// TestCountryLowercase checks that a country code typed in lowercase lands on the
// country's one address, with its format and query kept.
func TestCountryLowercase(t *testing.T) {
	h, _ := pictureServer(t)
	for url, want := range map[string]string{
		"/hotline/-/country/ru":          "/hotline/-/country/RU",
		"/hotline/-/country/ru.json":     "/hotline/-/country/RU.json",
		"/hotline/-/country/Ru?_limit=5": "/hotline/-/country/RU?_limit=5",
	} {
		t.Run(url, func(t *testing.T) {
			rec := get(t, h, url)
			if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != want {
				t.Errorf("%d Location %q; want 301 to %q", rec.Code, rec.Header().Get("Location"), want)
			}
		})
	}
}

// TestPictureErrors checks that what a user types wrong is a 400 or 404 saying what.
func TestPictureErrors(t *testing.T) {
	h, _ := pictureServer(t)
	cases := []struct {
		url    string
		status int
		says   string
	}{
		{"/hotline/-/timeline.json?_period=day", 400, "_period"},
		{"/hotline/-/timeline.json?_by=colour", 400, "_by"},
		{"/hotline/-/timeline.json?_table=actors", 400, "table of contacts"},
		{"/hotline/-/network.json?nope=1", 400, "nope"},
		{"/hotline/-/network.json?_limit=0", 400, "_limit"},
		{"/hotline/-/events.jsonl?date__zz=1", 400, "zz"},
		{"/hotline/-/events.jsonl?country=RU", 400, "_table=contact_partners"},
		{"/hotline/-/matrix.json?_table=contacts", 400, "contact_partners"},
		{"/hotline/-/country/Russia", 404, "two capital letters"},
		{"/hotline/-/country/QQ", 404, "QQ"},
		{"/hotline/-/country/r1", 404, "two capital letters"},
		{"/hotline/-/actor/999999.json", 404, "999999"},
	}
	for _, c := range cases {
		t.Run(c.url, func(t *testing.T) {
			rec := get(t, h, c.url)
			if rec.Code != c.status || !strings.Contains(rec.Body.String(), c.says) {
				t.Errorf("%d %s; want %d saying %q", rec.Code, firstLines(rec.Body.String()), c.status, c.says)
			}
		})
	}
}

// TestPictureFormAsTyped checks that what people type in a picture's form finds what
// they mean: a year or month in "to" includes it, a country code in lower case is one.
func TestPictureFormAsTyped(t *testing.T) {
	h, _ := pictureServer(t)
	tests := []struct{ name, url, want string }{
		{"year to year", "/hotline/-/network?date__gte=2022&date__lte=2022", "/hotline/-/network?date__gte=2022&date__lte=2022-12-31"},
		{"to a month", "/hotline/-/matrix?date__lte=2024-02&mode=phone", "/hotline/-/matrix?date__lte=2024-02-29&mode=phone"},
		{"lower-case countries", "/hotline/-/network?country=ru&partner_country=+us", "/hotline/-/network?country=RU&partner_country=US"},
		{"already right", "/hotline/-/network?date__lte=2022-06-30&country=RU", ""},
		{"to a 30-day month", "/hotline/-/matrix?date__lte=2022-06", "/hotline/-/matrix?date__lte=2022-06-30"},
		{"exports are not redirected", "/hotline/-/network.json?date__lte=2022&country=ru", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.url)
			if tt.want == "" {
				if rec.Code != http.StatusOK {
					t.Fatalf("%d Location %q; want 200", rec.Code, rec.Header().Get("Location"))
				}
				return
			}
			if rec.Code != http.StatusFound || rec.Header().Get("Location") != tt.want {
				t.Fatalf("%d Location %q; want 302 to %q", rec.Code, rec.Header().Get("Location"), tt.want)
			}
			getHTML(t, h, tt.want, http.StatusOK)
		})
	}
}

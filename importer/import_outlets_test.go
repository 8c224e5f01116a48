package importer_test

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
)

// outletStory is one made-up article as an outlet would print it: its own name forms,
// its own date words and its own word for the contact.
type outletStory struct {
	file, outlet, published, body string
}

func (s outletStory) markdown() string {
	return "---\ntitle: " + s.outlet + " report\ndate: " + s.published + "\nsource: " + s.outlet + "\n---\n\n" + s.body + "\n"
}

// outletCase is a corpus of reports and the contacts it must make (reportedContacts).
type outletCase struct {
	name    string
	stories []outletStory
	want    []string
	// known, when set, says why the importer still misses want: the case is skipped with
	// what it made while it misses, and fails once it passes, so that the note goes.
	known string
}

// checkOutletCases imports each corpus into a new database, through the built-in
// extractor, with contacts held in memory and read back from the index's saved state at
// every report, and compares the contacts made with the wanted ones.
func checkOutletCases(t *testing.T, cases []outletCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{}
			for _, s := range tc.stories {
				files[s.file] = s.markdown()
			}
			for _, held := range []int{0, 1} {
				path, _ := importEach(t, importer.Options{HeldContacts: held}, files)
				got := reportedContacts(t, path)
				switch equal := slices.Equal(got, tc.want); {
				case tc.known != "" && !equal:
					t.Skipf("known miss (%s): contacts\n%q", tc.known, got)
				case tc.known != "":
					t.Errorf("held %d: passes now; drop the known miss %q", held, tc.known)
				case !equal:
					t.Errorf("held %d, contacts:\n%q\nwant\n%q", held, got, tc.want)
				}
			}
		})
	}
}

// reportedContacts lists every contact as "title|files of the articles reporting it",
// in the order of titles.
func reportedContacts(t *testing.T, path string) []string {
	t.Helper()
	return queryRows(t, rawDB(t, path), `SELECT c.title,
		(SELECT group_concat(f, ',') FROM (SELECT DISTINCT replace(a.source, rtrim(a.source, replace(a.source, '/', '')), '') AS f
			FROM contact_mentions m JOIN articles a ON a.id = m.article_id WHERE m.contact_id = c.id ORDER BY f))
		FROM contacts c ORDER BY c.title`)
}

// TestImportOneContactPerEventAcrossOutlets imports small corpora of articles from
// different outlets, through the built-in extractor, into a real SQLite file, and checks
// that the reports of one real event become one contacts row with a mention per article,
// and that different events between the same actors stay apart.
func TestImportOneContactPerEventAcrossOutlets(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "a call dated by one outlet, by weekday and time of day by another",
		stories: []outletStory{
			{"wire.md", "Wire", "2022-07-28", "WASHINGTON, July 28 - U.S. President Joe Biden and Chinese President Xi Jinping spoke by phone on Thursday for more than two hours, the White House said."},
			{"agency.md", "Agency", "2022-07-29", "BEIJING, July 29 -- Chinese President Xi Jinping had a phone conversation with U.S. President Joe Biden on Thursday evening at the request of the latter."},
		},
		want: []string{"Joe Biden & Xi Jinping (phone, 2022-07-28)|agency.md,wire.md"},
	}, {
		name: "a call dated a day apart by the two capitals' press, phone by one and video by the other",
		stories: []outletStory{
			{"west.md", "West", "2022-03-18", "President Joe Biden spoke by phone with Chinese President Xi Jinping on Friday morning, the White House said."},
			{"east.md", "East", "2022-03-19", "Chinese President Xi Jinping held a video call with U.S. President Joe Biden on Saturday at Biden's request."},
		},
		want: []string{"Joe Biden & Xi Jinping (video, 2022-03-19)|east.md,west.md"},
	}, {
		name: "a call that an undated page gives the other capital's weekday",
		stories: []outletStory{
			{"west.md", "West", "2022-03-18", "President Joe Biden spoke by phone with Chinese President Xi Jinping on Friday morning, the White House said."},
			{"east.md", "East", "", "Chinese President Xi Jinping spoke by phone with U.S. President Joe Biden on Saturday at Biden's request."},
		},
		want: []string{"Joe Biden & Xi Jinping (phone, 2022-03-18)|east.md,west.md"},
	}, {
		name: "transliterations of an Arabic name, and a report that gives no date",
		stories: []outletStory{
			{"wire.md", "Wire", "2024-04-20", "ISTANBUL, April 20 - Turkish President Tayyip Erdogan met Hamas political leader Ismail Haniyeh in Istanbul on Saturday, the Turkish presidency said."},
			{"gulf.md", "Gulf", "2024-04-21", "Turkey's President Recep Tayyip Erdogan held talks with the head of Hamas's political bureau, Ismail Haniya, in Istanbul, in a meeting that lasted two and a half hours."},
		},
		want: []string{"Ismail Haniya & Recep Tayyip Erdogan (meeting, 2024-04-20)|gulf.md,wire.md"},
	}, {
		name: "Mohammed and Muhammad, a received call and an unspecified one",
		stories: []outletStory{
			{"press.md", "Press", "2023-10-12", "Crown Prince Mohammed bin Salman received a phone call on Wednesday from Iranian President Ebrahim Raisi."},
			{"wire.md", "Wire", "2023-10-11", "DUBAI, Oct 11 - Iranian President Ebrahim Raisi spoke with Saudi Crown Prince Muhammad bin Salman for the first time on Wednesday, Iranian state media reported."},
		},
		want: []string{"Ebrahim Raisi & Mohammed bin Salman (phone, 2023-10-11)|press.md,wire.md"},
	}, {
		name: "a virtual summit that one outlet calls talks",
		stories: []outletStory{
			{"agency.md", "Agency", "2021-11-16", "BEIJING, Nov. 16 -- Chinese President Xi Jinping held a virtual meeting with U.S. President Joe Biden on Tuesday morning Beijing time."},
			{"paper.md", "Paper", "2021-11-16", "President Joe Biden and Chinese President Xi Jinping held talks on Monday evening that lasted more than three hours."},
			{"later.md", "Paper", "2021-11-18", "Biden met Xi in Bali on Thursday."},
		},
		want: []string{
			"Joe Biden & Xi Jinping (meeting, 2021-11-18)|later.md",
			"Joe Biden & Xi Jinping (video, 2021-11-16)|agency.md,paper.md",
		},
	}, {
		name: "a compound surname hyphenated by one outlet and written solid by another",
		stories: []outletStory{
			{"agency.md", "Agency", "2023-09-20", "Iranian Foreign Minister Hossein Amir-Abdollahian met Turkish Foreign Minister Hakan Fidan in New York on Tuesday on the sidelines of the UN General Assembly."},
			{"daily.md", "Daily", "2023-09-20", "Foreign Minister Hakan Fidan held talks with Iran's Hossein Amirabdollahian in New York on Tuesday."},
		},
		want: []string{"Hakan Fidan & Hossein Amir-Abdollahian (meeting, 2023-09-19)|agency.md,daily.md"},
	}, {
		name: "an Arabic name with and without the grandfather's and the family's names",
		stories: []outletStory{
			{"agency.md", "Agency", "2023-10-15", "RIYADH - Saudi Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah received a phone call on Saturday from U.S. Secretary of State Antony Blinken."},
			{"readout.md", "Readout", "2023-10-14", "Secretary Blinken spoke with Saudi Foreign Minister Faisal bin Farhan Al Saud today about the situation in the region."},
		},
		want: []string{"Antony Blinken & Faisal bin Farhan bin Abdullah (phone, 2023-10-14)|agency.md,readout.md"},
	}, {
		name: "a ruler's full style and his short name",
		stories: []outletStory{
			{"agency.md", "Agency", "2023-07-15", "ABU DHABI - President His Highness Sheikh Mohamed bin Zayed Al Nahyan held talks with Indian Prime Minister Narendra Modi in Abu Dhabi on Saturday."},
			{"wire.md", "Wire", "2023-07-15", "Indian Prime Minister Narendra Modi met UAE President Sheikh Mohammed bin Zayed in Abu Dhabi on Saturday."},
		},
		want: []string{"Mohamed bin Zayed Al Nahyan & Narendra Modi (meeting, 2023-07-15)|agency.md,wire.md"},
	}, {
		name: "an undated report published the day after a dated one",
		stories: []outletStory{
			{"kremlin.md", "Agency", "2023-07-15", "MOSCOW, July 15 - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the grain deal in a telephone conversation, the Kremlin press service said."},
			{"ankara.md", "Daily", "2023-07-14", "President Erdogan spoke with Russian President Putin by phone on Friday, the Turkish Communications Directorate said."},
		},
		want: []string{"Recep Tayyip Erdogan & Vladimir Putin (phone, 2023-07-14)|ankara.md,kremlin.md"},
	}, {
		name: "planned, then held; a later call of the same pair stays apart",
		stories: []outletStory{
			{"plan.md", "Wire", "2023-02-15", "Secretary of State Antony Blinken will meet Chinese diplomat Wang Yi on the sidelines of the Munich Security Conference on Saturday, a State Department official said."},
			{"held.md", "Network", "2023-02-19", "US Secretary of State Antony J. Blinken met China's top diplomat Wang Yi in Munich on Saturday in the first high-level talks in months."},
			{"xinhua.md", "Agency", "2023-02-19", "MUNICH, Feb. 18 -- Wang Yi, director of the Office of the Central Foreign Affairs Commission, met with U.S. Secretary of State Antony Blinken in Munich on Saturday at the request of the U.S. side."},
			{"call.md", "Daily", "2023-03-10", "Antony Blinken spoke by phone with Wang Yi on Thursday, the State Department said."},
		},
		want: []string{
			"Antony Blinken & Wang Yi (meeting, 2023-02-18)|held.md,plan.md,xinhua.md",
			"Antony Blinken & Wang Yi (phone, 2023-03-09)|call.md",
		},
	}, {
		name: "a visit, hosting and talks, one report undated",
		stories: []outletStory{
			{"visit.md", "Wire", "2023-06-22", "Indian Prime Minister Narendra Modi visited the White House on Thursday and held talks with President Joe Biden."},
			{"host.md", "Paper", "2023-06-23", "President Biden hosted Prime Minister Modi at the White House on Thursday for a state visit."},
			{"talks.md", "Network", "2023-06-22", "Biden and Modi held talks in the Oval Office, focusing on defence and technology."},
		},
		want: []string{"Joe Biden & Narendra Modi (meeting, 2023-06-22)|host.md,talks.md,visit.md"},
	}, {
		name: "a trilateral summit named in full by two outlets in different orders",
		stories: []outletStory{
			{"a.md", "Wire", "2023-08-18", "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at Camp David on Friday."},
			{"b.md", "Paper", "2023-08-19", "Japan's Prime Minister Fumio Kishida and South Korea's President Yoon Suk-yeol met President Biden at Camp David on Friday for a trilateral summit."},
		},
		want: []string{"Fumio Kishida & Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|a.md,b.md"},
	}, {
		name: "a trilateral summit told through two of its leaders by an outlet that names the third",
		stories: []outletStory{
			{"a.md", "Wire", "2023-08-18", "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at Camp David on Friday."},
			{"b.md", "Paper", "2023-08-19", "South Korean President Yoon Suk Yeol met Biden at Camp David on Friday. Japanese Prime Minister Fumio Kishida, who also attended, called the summit historic."},
		},
		want: []string{"Fumio Kishida & Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|a.md,b.md"},
	}, {
		name: "the same, the outlet that names two of the three (and the third elsewhere) first",
		stories: []outletStory{
			{"a.md", "Paper", "2023-08-19", "South Korean President Yoon Suk Yeol met Biden at Camp David on Friday. Japanese Prime Minister Fumio Kishida, who also attended, called the summit historic."},
			{"b.md", "Wire", "2023-08-18", "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at Camp David on Friday."},
		},
		want: []string{"Fumio Kishida & Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|a.md,b.md"},
	}, {
		name: "two leaders of a trilateral summit alone, by an outlet that does not name the third",
		stories: []outletStory{
			{"a.md", "Wire", "2023-08-18", "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at Camp David on Friday."},
			{"b.md", "Paper", "2023-08-19", "Yoon met Biden at Camp David on Friday, with Japan pledging closer cooperation."},
		},
		want: []string{
			"Fumio Kishida & Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|a.md",
			"Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|b.md",
		},
	}, {
		name: "the same, the outlet that names two first",
		stories: []outletStory{
			{"a.md", "Daily", "2023-08-19", "Biden and Yoon met at Camp David on Friday."},
			{"b.md", "Network", "2023-08-19", "Biden, Yoon and Kishida met at Camp David on Friday."},
		},
		want: []string{
			"Fumio Kishida & Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|b.md",
			"Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|a.md",
		},
	}, {
		name: "a bilateral on the sidelines of a trilateral by an outlet that tells of both",
		stories: []outletStory{
			{"a.md", "Wire", "2023-08-18", "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at Camp David on Friday."},
			{"b.md", "Paper", "2023-08-19", "Biden met Yoon for bilateral talks at Camp David on Friday, before he, Yoon and Japanese Prime Minister Fumio Kishida held a trilateral summit."},
		},
		want: []string{
			"Fumio Kishida & Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|a.md,b.md",
			"Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|b.md",
		},
	}, {
		name: "two bilaterals of one leader beside a trilateral",
		stories: []outletStory{
			{"a.md", "Wire", "2023-08-18", "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met at Camp David on Friday."},
			{"b.md", "Paper", "2023-08-19", "Biden met South Korean President Yoon Suk Yeol at Camp David on Friday. He separately met Japanese Prime Minister Fumio Kishida."},
		},
		want: []string{
			"Fumio Kishida & Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|a.md",
			"Fumio Kishida & Joe Biden (meeting, 2023-08-18)|b.md",
			"Joe Biden & Yoon Suk Yeol (meeting, 2023-08-18)|b.md",
		},
	}, {
		name: "one pair at two summits and in between",
		stories: []outletStory{
			{"g7.md", "Wire", "2023-05-20", "Italian Prime Minister Giorgia Meloni met British Prime Minister Rishi Sunak on the sidelines of the G7 summit in Hiroshima on Saturday."},
			{"london.md", "Paper", "2023-05-26", "Rishi Sunak and Giorgia Meloni met in London on Thursday to discuss migration."},
			{"g20.md", "Network", "2023-09-09", "Sunak met Meloni at the G20 summit in New Delhi on Saturday."},
		},
		want: []string{
			"Giorgia Meloni & Rishi Sunak (meeting, 2023-05-20)|g7.md",
			"Giorgia Meloni & Rishi Sunak (meeting, 2023-05-25)|london.md",
			"Giorgia Meloni & Rishi Sunak (meeting, 2023-09-09)|g20.md",
		},
	}, {
		name: "two calls of one pair on different days, and a meeting",
		stories: []outletStory{
			{"one.md", "Wire", "2023-03-01", "Estonian Foreign Minister Margus Tsahkna spoke by phone with Latvian Foreign Minister Edgars Rinkevics on Tuesday."},
			{"two.md", "Paper", "2023-03-01", "Estonian Foreign Minister Margus Tsahkna will meet his Latvian counterpart Edgars Rinkevics in Riga on Friday, the ministry said."},
			{"three.md", "Network", "2023-03-10", "Tsahkna spoke by phone with Rinkēvičs on Thursday."},
		},
		want: []string{
			"Edgars Rinkevics & Margus Tsahkna (meeting, 2023-03-03)|two.md",
			"Edgars Rinkevics & Margus Tsahkna (phone, 2023-02-28)|one.md",
			"Edgars Rinkevics & Margus Tsahkna (phone, 2023-03-09)|three.md",
		},
	}})
}

// TestImportEventFromJSONLinesThenAgain imports three outlets' reports of one call from a
// JSON Lines file, then a fourth report and an unrelated call in a second run into the
// same file: the fourth merges with the contact the database already holds.
func TestImportEventFromJSONLinesThenAgain(t *testing.T) {
	records := []map[string]string{
		{"title": "Leaders talk", "date": "2022-07-28", "source": "Wire", "text": "U.S. President Joe Biden and Chinese President Xi Jinping spoke by phone on Thursday, the White House said."},
		{"title": "Xi holds phone talks", "date": "2022-07-29", "source": "Agency", "text": "Chinese President Xi Jinping had a phone conversation with U.S. President Joe Biden on Thursday evening."},
		{"title": "Call on Taiwan", "date": "2022-07-29", "source": "Paper", "text": "Biden and Xi spoke by telephone on Thursday, their fifth conversation as leaders."},
	}
	export := filepath.Join(t.TempDir(), "export.jsonl")
	writeJSONLines(t, export, records)
	s, path := newStore(t)
	first := runImport(t, s, importer.Options{}, source.Input{Path: export})
	if first.New != 3 || first.Contacts.New != 1 {
		t.Errorf("first run: %+v, want 3 articles and 1 contact", first)
	}
	want := []string{"Joe Biden & Xi Jinping (phone, 2022-07-28)|export.jsonl#1,export.jsonl#2,export.jsonl#3"}
	if got := reportedContacts(t, path); !slices.Equal(got, want) {
		t.Errorf("after the first run:\n%q\nwant\n%q", got, want)
	}
	second := runImport(t, s, importer.Options{}, folder(t, map[string]string{
		"late.md":  outletStory{"late.md", "Weekly", "2022-07-31", "Xi Jinping told Joe Biden in a phone call on Thursday that Beijing would respond."}.markdown(),
		"other.md": outletStory{"other.md", "Wire", "2022-08-10", "Joe Biden and Xi Jinping spoke by phone on Tuesday."}.markdown(),
	}))
	if second.New != 2 || second.Contacts.New != 1 {
		t.Errorf("second run: %+v, want 2 articles and 1 new contact", second)
	}
	want = []string{
		"Joe Biden & Xi Jinping (phone, 2022-07-28)|export.jsonl#1,export.jsonl#2,export.jsonl#3,late.md",
		"Joe Biden & Xi Jinping (phone, 2022-08-09)|other.md",
	}
	if got := reportedContacts(t, path); !slices.Equal(got, want) {
		t.Errorf("after the second run:\n%q\nwant\n%q", got, want)
	}
	// The export again, its third article edited: the others are unchanged, the edited one
	// replaces its rows and its report goes back to the same contact.
	records[2]["text"] = "Biden and Xi spoke by telephone on Thursday, their fifth conversation since Biden took office."
	writeJSONLines(t, export, records)
	third := runImport(t, s, importer.Options{}, source.Input{Path: export})
	if third.Unchanged != 2 || third.Updated != 1 || third.Contacts.New != 0 {
		t.Errorf("third run: %+v, want 2 unchanged, 1 updated, no new contact", third)
	}
	if got := reportedContacts(t, path); !slices.Equal(got, want) {
		t.Errorf("after the third run:\n%q\nwant\n%q", got, want)
	}
}

// writeJSONLines writes records as a JSON Lines file.
func writeJSONLines(t *testing.T, path string, records []map[string]string) {
	t.Helper()
	var lines []string
	for _, r := range records {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	writeFile(t, path, strings.Join(lines, "\n")+"\n")
}

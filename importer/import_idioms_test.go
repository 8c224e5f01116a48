package importer_test

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hotline/importer"
	"hotline/importer/source"
)

// TestImportOneContactPerEventInOutletIdioms imports made-up reports of one call or
// meeting as a wire service, a government readout, a broadcaster and a foreign outlet
// would each print them (their own name forms, honorifics, date words and words for the
// contact), through the built-in extractor, and checks that they become one contacts
// row with a mention per article, while other contacts of the same people stay apart.
func TestImportOneContactPerEventInOutletIdioms(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "readout, wire and broadcaster of one call between leaders no gazetteer knows",
		stories: []outletStory{
			{"readout.md", "Office", "2025-01-15", "Prime Minister Tarvo Kallemaa spoke today with Prime Minister Ilmar Saarepuu of Latvia. The leaders discussed the damage to undersea cables."},
			{"wire.md", "Wire", "2025-01-15", "TALLINN, Jan 15 (Reuters) - Estonian Prime Minister Tarvo Kallemaa and his Latvian counterpart Ilmar Saarepuu discussed the cable damage in a phone call on Wednesday, Kallemaa's office said."},
			{"bbc.md", "Broadcaster", "2025-01-16", "Estonia's prime minister has urged the Baltic states to act together after a second cable was cut. Mr Kallemaa told Latvian Prime Minister Ilmar Saarepuu during Wednesday's call that the region could not wait for Brussels."},
		},
		want: []string{"Ilmar Saarepuu & Tarvo Kallemaa (phone, 2025-01-15)|bbc.md,readout.md,wire.md"},
	}, {
		name: "Central Asian names transliterated with and without the y, a leading Ye or E",
		stories: []outletStory{
			{"agency.md", "Agency", "2024-06-11", "ASTANA, June 11 - Kazakh Foreign Minister Yerlan Tokbayev held a telephone conversation on Tuesday with his Kyrgyz counterpart Almazbek Kulmatov, the ministry's press service reported."},
			{"foreign.md", "Foreign", "2024-06-12", "Kyrgyz Foreign Minister Almazbek Kulmatov and Kazakh Foreign Minister Erlan Tokbaev discussed water sharing by phone on Tuesday, the Kyrgyz ministry said."},
		},
		want: []string{"Almazbek Kulmatov & Yerlan Tokbayev (phone, 2024-06-11)|agency.md,foreign.md"},
	}, {
		name: "family name first in a ministry's readout, given name first on the wire",
		stories: []outletStory{
			{"mofa.md", "Ministry", "2024-11-20", "On November 20, commencing at 10:15 a.m. for approximately 30 minutes, Mr. NAKAMORI Kenta, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Rangi Tahuri, Minister of Foreign Affairs of New Zealand."},
			{"wire.md", "Wire", "2024-11-20", "WELLINGTON, Nov 20 (Reuters) - New Zealand Foreign Minister Rangi Tahuri spoke by phone with Japanese Foreign Minister Kenta Nakamori on Wednesday about security in the Pacific."},
		},
		want: []string{"Kenta Nakamori & Rangi Tahuri (phone, 2024-11-20)|mofa.md,wire.md"},
	}, {
		name: "talks by one outlet, a telephone conversation by the other",
		stories: []outletStory{
			{"agency.md", "Agency", "2024-08-05", "ISLAMABAD, Aug 5 - Pakistani Foreign Minister Tariq Hamdani held talks with his Iranian counterpart Kaveh Farzanegan on Monday on the situation in the region, the Foreign Office said."},
			{"tasnim.md", "Foreign", "2024-08-05", "Iranian Foreign Minister Kaveh Farzanegan, in a telephone conversation with Pakistani Foreign Minister Tariq Hamdani on Monday, warned of the consequences of escalation."},
		},
		want: []string{"Kaveh Farzanegan & Tariq Hamdani (phone, 2024-08-05)|agency.md,tasnim.md"},
	}, {
		// Participants are a contact's, not a report's: the pair's article names no aide, so
		// its contact is the two leaders', and the three-party report stays one of its own.
		name: "an aide named beside the leader by one outlet only",
		stories: []outletStory{
			{"wire.md", "Wire", "2024-09-12", "NAIROBI, Sept 12 - Kenyan President Daniel Mwangi met Tanzanian President Halima Mrisho in Arusha on Thursday to settle a dispute over border trade."},
			{"paper.md", "Paper", "2024-09-13", "President Daniel Mwangi, joined by Foreign Affairs Cabinet Secretary Peter Otieno, held talks with President Halima Mrisho at the State House in Arusha on Thursday."},
		},
		want: []string{
			"Daniel Mwangi & Halima Mrisho & Peter Otieno (meeting, 2024-09-12)|paper.md",
			"Daniel Mwangi & Halima Mrisho (meeting, 2024-09-12)|wire.md",
		},
	}, {
		name: "a summit of five named in full by one outlet and in part by another, a bilateral on its sidelines apart",
		stories: []outletStory{
			{"wire.md", "Wire", "2024-08-09", "Presidents Kassym-Jomart Tokayev of Kazakhstan, Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan, Serdar Berdimuhamedov of Turkmenistan and Shavkat Mirziyoyev of Uzbekistan met in Astana on Friday for their annual consultative summit."},
			{"paper.md", "Paper", "2024-08-10", "Tokayev, Mirziyoyev and Rahmon met in Astana on Friday at a summit of Central Asian leaders, where water sharing topped the agenda."},
			{"side.md", "Agency", "2024-08-09", "On the sidelines of the summit in Astana on Friday, Uzbek President Shavkat Mirziyoyev held bilateral talks with Tajik President Emomali Rahmon."},
		},
		want: []string{
			"Emomali Rahmon & Kassym-Jomart Tokayev & Sadyr Japarov & Serdar Berdimuhamedov & Shavkat Mirziyoyev (meeting, 2024-08-09)|paper.md,wire.md",
			"Emomali Rahmon & Shavkat Mirziyoyev (meeting, 2024-08-09)|side.md",
		},
	}, {
		name: "weekly calls of one pair stay apart",
		stories: []outletStory{
			{"w1.md", "Wire", "2025-03-03", "French Foreign Minister Claire Vautrin spoke by phone with German Foreign Minister Jonas Kessler on Monday about aid to Ukraine."},
			{"w2.md", "Wire", "2025-03-10", "French Foreign Minister Claire Vautrin spoke by phone with German Foreign Minister Jonas Kessler on Monday, their second call in a week."},
			{"w3.md", "Paper", "2025-03-11", "Foreign ministers Claire Vautrin of France and Jonas Kessler of Germany spoke by telephone on Monday, the German Foreign Office said."},
			{"w4.md", "Paper", "2025-03-18", "French Foreign Minister Claire Vautrin phoned her German counterpart Jonas Kessler on Monday for the third week running."},
		},
		want: []string{
			"Claire Vautrin & Jonas Kessler (phone, 2025-03-03)|w1.md",
			"Claire Vautrin & Jonas Kessler (phone, 2025-03-10)|w2.md,w3.md",
			"Claire Vautrin & Jonas Kessler (phone, 2025-03-17)|w4.md",
		},
	}, {
		name: "a call, then a meeting a week later, told by a third outlet too",
		stories: []outletStory{
			{"call.md", "Wire", "2025-04-01", "Brazilian Foreign Minister Rodrigo Paiva spoke by phone on Tuesday with Argentine Foreign Minister Lucia Ferraro about the Mercosur trade deal."},
			{"meet.md", "Paper", "2025-04-08", "Argentine Foreign Minister Lucia Ferraro met Brazilian Foreign Minister Rodrigo Paiva in Brasilia on Tuesday."},
			{"both.md", "Agency", "2025-04-09", "Brazil's Rodrigo Paiva, who spoke by phone with Argentine Foreign Minister Lucia Ferraro on April 1, met Ferraro in Brasilia on Tuesday for talks on the trade deal."},
		},
		want: []string{
			"Lucia Ferraro & Rodrigo Paiva (meeting, 2025-04-08)|both.md,meet.md",
			"Lucia Ferraro & Rodrigo Paiva (phone, 2025-04-01)|both.md,call.md",
		},
	}, {
		name: "one report dated only by its publication",
		stories: []outletStory{
			{"dated.md", "Wire", "2025-05-06", "Chilean President Tomas Echeverria met Peruvian President Rosa Quispe in Lima on Tuesday, the Peruvian presidency said."},
			{"undated.md", "Paper", "2025-05-07", "Peruvian President Rosa Quispe received Chilean President Tomas Echeverria at the Government Palace in Lima, where the two leaders signed a border agreement."},
		},
		want: []string{"Rosa Quispe & Tomas Echeverria (meeting, 2025-05-06)|dated.md,undated.md"},
	}, {
		name: "a call yesterday in the other capital's paper of the next day",
		stories: []outletStory{
			{"west.md", "Wire", "2025-02-20", "Canadian Prime Minister Mark Delorme spoke by phone with Indonesian President Bima Santoso on Thursday evening, his office said."},
			{"east.md", "Foreign", "2025-02-21", "JAKARTA - President Bima Santoso received a phone call yesterday from Canadian Prime Minister Mark Delorme, the presidential palace said on Friday."},
		},
		want: []string{"Bima Santoso & Mark Delorme (phone, 2025-02-20)|east.md,west.md"},
	}, {
		name: "a surname-only report imported before the full names",
		stories: []outletStory{
			{"a.md", "Brief", "2025-06-03", "Greek Prime Minister Andreadis spoke by phone with Cypriot President Loizides on Tuesday about the Cyprus talks."},
			{"b.md", "Wire", "2025-06-03", "ATHENS, June 3 - Greek Prime Minister Nikos Andreadis and Cypriot President Stavros Loizides discussed the Cyprus talks by telephone on Tuesday."},
		},
		want: []string{"Nikos Andreadis & Stavros Loizides (phone, 2025-06-03)|a.md,b.md"},
	}, {
		name: "an Arabic name with its honorifics and without",
		stories: []outletStory{
			{"qna.md", "Agency", "2025-01-08", "DOHA - His Excellency Prime Minister and Minister of Foreign Affairs Sheikh Hamad bin Nasser bin Jassim Al Thani met today with Turkish Foreign Minister Kerem Aydin, on the sidelines of the conference in Doha."},
			{"wire.md", "Wire", "2025-01-08", "DOHA, Jan 8 - Qatar's Prime Minister Hamad bin Nasser Al Thani met Turkish Foreign Minister Kerem Aydin in Doha on Wednesday to discuss the Gaza ceasefire talks."},
		},
		want: []string{"Hamad bin Nasser bin Jassim Al Thani & Kerem Aydin (meeting, 2025-01-08)|qna.md,wire.md"},
	}, {
		name: "an Arabic family name with its article glued or apart, a nasab or none, a Persian q written gh",
		stories: []outletStory{
			{"a.md", "Agency", "2025-04-12", "Foreign Minister Sayyid Badr bin Hamad Albusaidi met with Iranian Foreign Minister Abbas Araghchi in Muscat on Saturday."},
			{"b.md", "Wire", "2025-04-13", "MUSCAT, April 13 (Reuters) - Iran's Foreign Minister Abbas Araqchi met Omani Foreign Minister Badr al-Busaidi in Muscat on Saturday before the talks."},
		},
		want: []string{"Abbas Araghchi & Badr bin Hamad Albusaidi (meeting, 2025-04-12)|a.md,b.md"},
	}, {
		name: "the same, the shorter forms first",
		stories: []outletStory{
			{"a.md", "Wire", "2025-04-13", "MUSCAT, April 13 (Reuters) - Iran's Foreign Minister Abbas Araqchi met Omani Foreign Minister Badr al-Busaidi in Muscat on Saturday before the talks."},
			{"b.md", "Agency", "2025-04-12", "Foreign Minister Sayyid Badr bin Hamad Albusaidi met with Iranian Foreign Minister Abbas Araghchi in Muscat on Saturday."},
		},
		want: []string{"Abbas Araqchi & Badr al-Busaidi (meeting, 2025-04-12)|a.md,b.md"},
	}, {
		name: "a Japanese name in either order, a Korean name hyphenated or not",
		stories: []outletStory{
			{"a.md", "Wire", "2024-09-23", "South Korean Foreign Minister Cho Tae-yul held talks with his Japanese counterpart Yoko Kamikawa in New York on Monday."},
			{"b.md", "Agency", "2024-09-24", "Foreign Minister Cho Tae Yul met Japan's Foreign Minister Kamikawa Yoko on the sidelines of the UN General Assembly in New York on Monday, the ministry said."},
		},
		want: []string{"Cho Tae-yul & Yoko Kamikawa (meeting, 2024-09-23)|a.md,b.md"},
	}, {
		name: "initials by one outlet, given names by another",
		stories: []outletStory{
			{"a.md", "Paper", "2024-06-20", "CHENNAI - Tamil Nadu Chief Minister Muthuvel Karunanidhi Stalin met Sri Lankan High Commissioner Kshenuka Senewiratne on Thursday."},
			{"b.md", "Agency", "2024-06-20", "Chief Minister M.K. Stalin held talks with Sri Lankan High Commissioner Kshenuka Senewiratne at the Secretariat on Thursday."},
		},
		want: []string{"Kshenuka Senewiratne & Muthuvel Karunanidhi Stalin (meeting, 2024-06-20)|a.md,b.md"},
	}, {
		name: "a counterpart called by title in the lead and named further down",
		stories: []outletStory{
			{"a.md", "Wire", "2023-11-15", "WOODSIDE, California - U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday at an estate south of San Francisco."},
			{"b.md", "Broadcaster", "2023-11-16", "Biden met the Chinese president for four hours on Wednesday. Xi Jinping told him that Taiwan was the most dangerous issue in the relationship."},
		},
		want: []string{"Joe Biden & Xi Jinping (meeting, 2023-11-15)|a.md,b.md"},
	}, {
		name: "two meetings of one pair two days apart during a visit",
		stories: []outletStory{
			{"mon.md", "Wire", "2024-03-11", "Vietnamese Prime Minister Pham Minh Chinh met Australian Prime Minister Anthony Albanese in Canberra on Monday."},
			{"wed.md", "Paper", "2024-03-13", "Australian Prime Minister Anthony Albanese met Vietnamese Prime Minister Pham Minh Chinh again in Melbourne on Wednesday, at the close of the ASEAN summit."},
			{"mon2.md", "Agency", "2024-03-12", "Prime Minister Pham Minh Chinh held talks with Prime Minister Anthony Albanese at Parliament House in Canberra on Monday."},
		},
		want: []string{
			"Anthony Albanese & Pham Minh Chinh (meeting, 2024-03-11)|mon.md,mon2.md",
			"Anthony Albanese & Pham Minh Chinh (meeting, 2024-03-13)|wed.md",
		},
	}, {
		name: "a summit of four and the next one a year later, named in part",
		stories: []outletStory{
			{"a.md", "Wire", "2023-05-20", "Joe Biden, Fumio Kishida, Narendra Modi and Anthony Albanese met in Hiroshima on Saturday for a Quad summit."},
			{"b.md", "Paper", "2023-05-21", "Modi, Kishida and Albanese met Biden on the sidelines of the G7 summit in Hiroshima on Saturday for Quad talks."},
			{"c.md", "Wire", "2024-09-21", "Joe Biden hosted Fumio Kishida, Narendra Modi and Anthony Albanese in Wilmington on Saturday for a Quad summit."},
		},
		want: []string{
			"Anthony Albanese & Fumio Kishida & Joe Biden & Narendra Modi (meeting, 2023-05-20)|a.md,b.md",
			"Anthony Albanese & Fumio Kishida & Joe Biden & Narendra Modi (meeting, 2024-09-21)|c.md",
		},
	}, {
		name: "a leader called by the given name, after the full name",
		stories: []outletStory{
			{"a.md", "Wire", "2024-05-20", "ISLAMABAD - Prime Minister Shehbaz Sharif spoke by phone with Turkish President Recep Tayyip Erdogan on Monday, his office said."},
			{"b.md", "Daily", "2024-05-21", "PM Shehbaz and President Erdogan discussed the situation in Gaza during a telephone call on Monday, state media reported."},
		},
		want: []string{"Recep Tayyip Erdogan & Shehbaz Sharif (phone, 2024-05-20)|a.md,b.md"},
	}, {
		name: "a leader called by the given name, before the full name",
		stories: []outletStory{
			{"a.md", "Daily", "2025-01-21", "President Prabowo held talks with Malaysia's Anwar Ibrahim at the Merdeka Palace on Monday, according to the palace."},
			{"b.md", "Wire", "2025-01-20", "JAKARTA - Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday."},
		},
		want: []string{"Anwar Ibrahim & Prabowo Subianto (meeting, 2025-01-20)|a.md,b.md"},
	}})
}

// TestImportEventsFromCSVInAnyOrder imports one CSV export of five outlets' reports of a
// pair's call, their meeting a week later and a second call, with its rows in three
// orders: each order makes the same three contacts from the same articles.
func TestImportEventsFromCSVInAnyOrder(t *testing.T) {
	records := [][]string{
		{"Leaders discuss Baltic security", "2024-10-01", "Wire", "HELSINKI, Oct 1 (Reuters) - Finnish President Aleksi Virtanen and Swedish Prime Minister Erik Lindqvist discussed Baltic security by phone on Tuesday, the Finnish presidency said."},
		{"Readout of the Prime Minister's call", "2024-10-01", "Government", "Prime Minister Erik Lindqvist today spoke with President Aleksi Virtanen of Finland. The leaders discussed Baltic security and support for Ukraine."},
		{"Virtanen in Stockholm", "2024-10-08", "Paper", "Swedish Prime Minister Erik Lindqvist met Finnish President Aleksi Virtanen in Stockholm on Tuesday, a week after their phone call."},
		{"Nordic neighbours talk defence", "2024-10-09", "Broadcaster", "The Swedish prime minister, Erik Lindqvist, hosted Finland's president, Aleksi Virtanen, in Stockholm on Tuesday. Mr Lindqvist said the two countries would buy air defence systems together."},
		{"Another call", "2024-10-15", "Agency", "Finnish President Aleksi Virtanen spoke by telephone with Swedish Prime Minister Erik Lindqvist on Monday about the cable incident."},
	}
	want := []string{
		"Aleksi Virtanen & Erik Lindqvist (meeting, 2024-10-08)|Nordic neighbours talk defence + Virtanen in Stockholm",
		"Aleksi Virtanen & Erik Lindqvist (phone, 2024-10-01)|Leaders discuss Baltic security + Readout of the Prime Minister's call",
		"Aleksi Virtanen & Erik Lindqvist (phone, 2024-10-14)|Another call",
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {3, 0, 4, 1, 2}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			var b strings.Builder
			w := csv.NewWriter(&b)
			w.Write([]string{"title", "date", "source", "text"})
			for _, i := range order {
				w.Write(records[i])
			}
			w.Flush()
			export := filepath.Join(t.TempDir(), "export.csv")
			writeFile(t, export, b.String())
			s, path := newStore(t)
			runImport(t, s, importer.Options{}, source.Input{Path: export})
			got := queryRows(t, rawDB(t, path), `SELECT c.title, (SELECT group_concat(title, ' + ') FROM
				(SELECT a.title FROM contact_mentions m JOIN articles a ON a.id = m.article_id WHERE m.contact_id = c.id ORDER BY a.title))
				FROM contacts c ORDER BY c.title`)
			if !slices.Equal(got, want) {
				t.Errorf("contacts:\n%q\nwant\n%q", got, want)
			}
		})
	}
}

// TestImportTalksThenCallInTwoRuns checks that a report of talks read back from the
// database (its mention's mode and rule) still merges with a later run's report of the
// call, in either order, and that the call's medium becomes the contact's.
func TestImportTalksThenCallInTwoRuns(t *testing.T) {
	talks := outletStory{"talks.md", "Agency", "2024-08-05", "ISLAMABAD, Aug 5 - Pakistani Foreign Minister Tariq Hamdani held talks with his Iranian counterpart Kaveh Farzanegan on Monday on the situation in the region, the Foreign Office said."}
	call := outletStory{"call.md", "Foreign", "2024-08-06", "Iranian Foreign Minister Kaveh Farzanegan, in a telephone conversation with Pakistani Foreign Minister Tariq Hamdani on Monday, warned of the consequences of escalation."}
	want := []string{"Kaveh Farzanegan & Tariq Hamdani (phone, 2024-08-05)|call.md,talks.md"}
	for _, order := range [][]outletStory{{talks, call}, {call, talks}} {
		t.Run(order[0].file+" first", func(t *testing.T) {
			path, _ := importEach(t, importer.Options{},
				map[string]string{order[0].file: order[0].markdown()}, map[string]string{order[1].file: order[1].markdown()})
			if got := reportedContacts(t, path); !slices.Equal(got, want) {
				t.Errorf("contacts:\n%q\nwant\n%q", got, want)
			}
		})
	}
}

package importer_test

import "testing"

// TestImportOneContactPerEventAcrossReports imports made-up reports of one call or meeting
// by two or three outlets that differ as real copy does (a given name transliterated two
// ways or left out, a family name written first and used alone, "spoke", "phone call" and
// "talks" for one call, a weekday read off each outlet's own publication date, a dated
// and an undated report) and checks that each event is one contacts row, while the same
// pair's other calls and a bilateral on a summit's sidelines stay apart.
func TestImportOneContactPerEventAcrossReports(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "a given name transliterated two ways, and the surname alone",
		stories: []outletStory{
			{"tass.md", "Agency", "2025-03-04", "MOSCOW, March 4 - Russian Foreign Minister Sergei Volkonsky held a telephone conversation on Tuesday with Turkish Foreign Minister Kemal Ozdenir, the ministry said."},
			{"wire.md", "Wire", "2025-03-04", "Turkish Foreign Minister Kemal Ozdenir spoke by phone with Russian Foreign Minister Sergey Volkonsky on Tuesday about grain shipments."},
			{"paper.md", "Paper", "2025-03-05", "Ankara's top diplomat Kemal Ozdenir held talks with Russian Foreign Minister Volkonsky on Tuesday, the Turkish ministry said."},
		},
		want: []string{"Kemal Ozdenir & Sergei Volkonsky (phone, 2025-03-04)|paper.md,tass.md,wire.md"},
	}, {
		name: "a family name written first and used alone with the office",
		stories: []outletStory{
			{"xinhua.md", "Agency", "2025-06-10", "BEIJING, June 10 - Chinese President Qiao Mingde held talks with Chilean President Tomas Echeverria in Beijing on Tuesday."},
			{"wire.md", "Wire", "2025-06-10", "Chilean President Tomas Echeverria met President Qiao in Beijing on Tuesday to discuss copper exports."},
		},
		want: []string{"Qiao Mingde & Tomas Echeverria (meeting, 2025-06-10)|wire.md,xinhua.md"},
	}, {
		name: "spoke, a phone call and talks on the weekday of each outlet's own clock",
		stories: []outletStory{
			{"west.md", "Wire", "2025-03-11", "German Chancellor Lukas Brenner spoke with Japanese Prime Minister Haruto Onishi on Tuesday about export controls."},
			{"east.md", "Foreign", "2025-03-12", "TOKYO - Prime Minister Haruto Onishi held a phone call with German Chancellor Lukas Brenner on Wednesday morning, the government said."},
			{"third.md", "Paper", "2025-03-12", "Chancellor Lukas Brenner and Prime Minister Haruto Onishi held talks on Tuesday on chip export controls, Berlin said."},
		},
		want: []string{"Haruto Onishi & Lukas Brenner (phone, 2025-03-11)|east.md,third.md,west.md"},
	}, {
		name: "a dated call and an undated one published the next day",
		stories: []outletStory{
			{"dated.md", "Wire", "2025-07-08", "Kenyan President Daniel Mwangi spoke by phone on Tuesday with Ethiopian Prime Minister Abebe Tesfaye about the dam dispute."},
			{"undated.md", "Paper", "2025-07-09", "Ethiopian Prime Minister Abebe Tesfaye and Kenyan President Daniel Mwangi discussed the dam dispute in a phone call, the Ethiopian government said."},
		},
		want: []string{"Abebe Tesfaye & Daniel Mwangi (phone, 2025-07-08)|dated.md,undated.md"},
	}, {
		name: "a summit of three by one outlet, a bilateral on its sidelines by another stays apart",
		stories: []outletStory{
			{"summit.md", "Wire", "2025-09-18", "Kenyan President Daniel Mwangi, Tanzanian President Halima Mrisho and Ugandan President Joseph Okello met in Arusha on Thursday for an East African summit."},
			{"side.md", "Agency", "2025-09-18", "On the sidelines of the East African summit in Arusha on Thursday, Kenyan President Daniel Mwangi held bilateral talks with Ugandan President Joseph Okello."},
		},
		want: []string{
			"Daniel Mwangi & Halima Mrisho & Joseph Okello (meeting, 2025-09-18)|summit.md",
			"Daniel Mwangi & Joseph Okello (meeting, 2025-09-18)|side.md",
		},
	}, {
		name: "the same pair's calls a week apart, one report undated",
		stories: []outletStory{
			{"c1.md", "Wire", "2025-10-06", "Polish Foreign Minister Marek Zielinski spoke by phone with Lithuanian Foreign Minister Ruta Vaitkute on Monday."},
			{"c2.md", "Paper", "2025-10-14", "Lithuanian Foreign Minister Ruta Vaitkute and Polish Foreign Minister Marek Zielinski spoke by phone again, the Lithuanian ministry said."},
		},
		want: []string{
			"Marek Zielinski & Ruta Vaitkute (phone)|c2.md",
			"Marek Zielinski & Ruta Vaitkute (phone, 2025-10-06)|c1.md",
		},
	}, {
		name: "a dated call and a report of last week's call",
		stories: []outletStory{
			{"c1.md", "Wire", "2025-10-06", "Polish Foreign Minister Marek Zielinski spoke by phone with Lithuanian Foreign Minister Ruta Vaitkute on Monday."},
			{"c2.md", "Weekly", "2025-10-12", "Lithuanian Foreign Minister Ruta Vaitkute, who spoke by phone with Polish Foreign Minister Marek Zielinski last week, said the corridor would stay open."},
		},
		want: []string{"Marek Zielinski & Ruta Vaitkute (phone, 2025-10-06)|c1.md,c2.md"},
	}, {
		name: "a meeting dated by the weekday of each outlet's clock, a day apart",
		stories: []outletStory{
			{"west.md", "Wire", "2025-02-03", "Australian Prime Minister Liam Hartley met Vietnamese Prime Minister Tran Van Hoa in Canberra on Monday evening to sign a trade pact."},
			{"east.md", "Foreign", "2025-02-04", "HANOI - Prime Minister Tran Van Hoa and Australian Prime Minister Liam Hartley held talks in Canberra on Tuesday, the government portal said."},
		},
		// One day each: the tie goes to the later report, as before days were counted.
		want: []string{"Liam Hartley & Tran Van Hoa (meeting, 2025-02-04)|east.md,west.md"},
	}, {
		name: "a video conference, talks and a phone call of one day",
		stories: []outletStory{
			{"a.md", "Agency", "2025-11-04", "Brazilian President Rodrigo Paiva held a video conference on Tuesday with South African President Thabo Mokoena on trade within the bloc."},
			{"b.md", "Wire", "2025-11-04", "South African President Thabo Mokoena held talks with Brazilian President Rodrigo Paiva on Tuesday, his spokesman said."},
			{"c.md", "Paper", "2025-11-05", "Brazilian President Rodrigo Paiva spoke by phone with South African President Thabo Mokoena on Tuesday about the bloc's summit."},
		},
		// A medium each: the later report's is taken.
		want: []string{"Rodrigo Paiva & Thabo Mokoena (phone, 2025-11-04)|a.md,b.md,c.md"},
	}, {
		name: "a meeting announced ahead and reported when held",
		stories: []outletStory{
			{"ahead.md", "Wire", "2025-12-02", "Spanish Foreign Minister Pablo Serrano will meet Moroccan Foreign Minister Youssef Bennani in Rabat on Thursday, the Spanish ministry said."},
			{"held.md", "Agency", "2025-12-04", "Moroccan Foreign Minister Youssef Bennani received his Spanish counterpart Pablo Serrano in Rabat on Thursday."},
		},
		want: []string{"Pablo Serrano & Youssef Bennani (meeting, 2025-12-04)|ahead.md,held.md"},
	}, {
		name: "accents by one outlet, a Korean given name hyphenated or spaced",
		stories: []outletStory{
			{"a.md", "Agency", "2025-05-13", "Mexican Foreign Minister José Ramón Álvarez met South Korean Foreign Minister Park Min-jun in Seoul on Tuesday."},
			{"b.md", "Wire", "2025-05-13", "South Korean Foreign Minister Park Min Jun held talks with Mexican Foreign Minister Jose Ramon Alvarez in Seoul on Tuesday."},
		},
		want: []string{"José Ramón Álvarez & Park Min-jun (meeting, 2025-05-13)|a.md,b.md"},
	}, {
		name: "an Arabic surname with its article by one outlet and without by another",
		stories: []outletStory{
			{"a.md", "Agency", "2025-05-21", "Iraqi Prime Minister Karim al-Sabbagh spoke by phone on Wednesday with Jordanian Foreign Minister Nabil Haddad about border crossings."},
			{"b.md", "Wire", "2025-05-22", "Jordanian Foreign Minister Nabil Haddad and Iraqi Prime Minister Sabbagh discussed border crossings in a phone call on Wednesday."},
		},
		want: []string{"Karim al-Sabbagh & Nabil Haddad (phone, 2025-05-21)|a.md,b.md"},
	}, {
		name: "an undated report that says spoke, read before the dated call",
		stories: []outletStory{
			{"a-undated.md", "Paper", "2025-07-16", "Ethiopian Prime Minister Abebe Tesfaye spoke with Kenyan President Daniel Mwangi about the dam dispute, the Ethiopian government said."},
			{"b-dated.md", "Wire", "2025-07-15", "Kenyan President Daniel Mwangi spoke by phone on Tuesday with Ethiopian Prime Minister Abebe Tesfaye about the dam dispute."},
		},
		want: []string{"Abebe Tesfaye & Daniel Mwangi (phone, 2025-07-15)|a-undated.md,b-dated.md"},
	}, {
		name: "an undated report published the day before a dated call of the next week stays apart",
		stories: []outletStory{
			{"a-undated.md", "Paper", "2025-07-08", "Ethiopian Prime Minister Abebe Tesfaye spoke with Kenyan President Daniel Mwangi about the dam dispute, the Ethiopian government said."},
			{"b-dated.md", "Wire", "2025-07-15", "Kenyan President Daniel Mwangi spoke by phone on Tuesday with Ethiopian Prime Minister Abebe Tesfaye about the dam dispute."},
		},
		want: []string{
			"Abebe Tesfaye & Daniel Mwangi (phone, 2025-07-15)|b-dated.md",
			"Abebe Tesfaye & Daniel Mwangi (unspecified)|a-undated.md",
		},
	}, {
		name: "a given name spelt Ye or E, and a patronymic by one outlet",
		stories: []outletStory{
			{"agency.md", "Agency", "2025-04-15", "Russian Deputy Prime Minister Yevgeny Marchenko met Indian Commerce Minister Arjun Mehra in New Delhi on Tuesday to discuss oil payments."},
			{"paper.md", "Paper", "2025-04-16", "Indian Commerce Minister Arjun Mehra held talks with Russian Deputy Prime Minister Evgeny Viktorovich Marchenko in New Delhi on Tuesday."},
		},
		want: []string{"Arjun Mehra & Evgeny Viktorovich Marchenko (meeting, 2025-04-15)|agency.md,paper.md"},
	}, {
		name: "Mohammed and Muhammad, a middle name by one outlet",
		stories: []outletStory{
			{"wire.md", "Wire", "2025-05-20", "Iraqi Prime Minister Mohammed Hadi al-Rubaie spoke by phone on Tuesday with French President Claire Vautrin about reconstruction."},
			{"ina.md", "Agency", "2025-05-20", "Prime Minister Muhammad al-Rubaie received a telephone call on Tuesday from French President Claire Vautrin, his media office said."},
		},
		want: []string{"Claire Vautrin & Muhammad al-Rubaie (phone, 2025-05-20)|ina.md,wire.md"},
	}, {
		name: "a leader called by family name and a different word for the office",
		stories: []outletStory{
			{"xinhua.md", "Agency", "2025-06-10", "BEIJING, June 10 - Chinese President Qiao Mingde held talks with Chilean President Tomas Echeverria in Beijing on Tuesday."},
			{"wire.md", "Wire", "2025-06-11", "Chilean President Tomas Echeverria met Chinese leader Qiao in Beijing on Tuesday to discuss copper exports."},
		},
		want: []string{"Qiao Mingde & Tomas Echeverria (meeting, 2025-06-10)|wire.md,xinhua.md"},
	}, {
		name: "two undated reports of one call on the same day, spoke and phoned",
		stories: []outletStory{
			{"a.md", "Wire", "2025-08-12", "Spanish Foreign Minister Pablo Serrano spoke with Moroccan Foreign Minister Youssef Bennani about migration, the Spanish ministry said."},
			{"b.md", "Agency", "2025-08-12", "Moroccan Foreign Minister Youssef Bennani phoned his Spanish counterpart Pablo Serrano to discuss migration, the Moroccan ministry said."},
		},
		want: []string{"Pablo Serrano & Youssef Bennani (phone)|a.md,b.md"},
	}, {
		name: "two undated reports of the same pair's calls two weeks apart stay apart",
		stories: []outletStory{
			{"a.md", "Wire", "2025-08-12", "Spanish Foreign Minister Pablo Serrano phoned Moroccan Foreign Minister Youssef Bennani about migration, the Spanish ministry said."},
			{"b.md", "Agency", "2025-08-27", "Moroccan Foreign Minister Youssef Bennani phoned his Spanish counterpart Pablo Serrano to discuss fisheries, the Moroccan ministry said."},
		},
		want: []string{
			"Pablo Serrano & Youssef Bennani (phone), in Agency report|b.md",
			"Pablo Serrano & Youssef Bennani (phone), in Wire report|a.md",
		},
	}})
}

// TestImportResolvesALeaderByOneName checks "leader" for the office of a head of state or
// government when a person is called by the first word of a known full name: one actor
// when both countries are given and agree and the known office heads a state or a
// government; apart for another office, no country, or another country.
func TestImportResolvesALeaderByOneName(t *testing.T) {
	checkResolved(t, []resolveCase{
		{"a leader for a president of the same country, after the full name",
			[]actorSpec{person("Rangi Tahuri", "President", "NZ"), person("Rangi", "Leader", "NZ")},
			[]string{"Rangi Tahuri|President|NZ|2"}},
		{"a leader for a prime minister of the same country, before the full name",
			[]actorSpec{person("Rangi", "Leader", "NZ"), person("Rangi Tahuri", "Prime Minister", "NZ")},
			[]string{"Rangi Tahuri|Prime Minister|NZ|2"}},
		{"a leader for a foreign minister",
			[]actorSpec{person("Rangi Tahuri", "Foreign Minister", "NZ"), person("Rangi", "Leader", "NZ")},
			[]string{"Rangi|Leader|NZ|1", "Rangi Tahuri|Foreign Minister|NZ|1"}},
		{"a leader of no country given",
			[]actorSpec{person("Rangi Tahuri", "President", "NZ"), person("Rangi", "Leader", "")},
			[]string{"Rangi|Leader||1", "Rangi Tahuri|President|NZ|1"}},
		{"a leader of another country",
			[]actorSpec{person("Rangi Tahuri", "President", "NZ"), person("Rangi", "Leader", "FJ")},
			[]string{"Rangi|Leader|FJ|1", "Rangi Tahuri|President|NZ|1"}},
	})
}

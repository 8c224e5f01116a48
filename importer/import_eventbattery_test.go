package importer_test

import "testing"

// TestImportEventBattery is the yardstick of issue 7: pairs and triples of made-up wire
// copy telling one real call or meeting the ways outlets differ (transliterations, a
// surname alone or the office for the name, the next day's "yesterday" or weekday, the
// date of the other capital's clock, a calendar date against a weekday or none, announced
// then held, the words for the medium, a summit named through different subsets, a
// readout against a wire story, a headline alone), each of which must be one contacts row
// with a mention per reporting article; and negatives that must stay apart (the same pair
// twice in a week, a month later, a call and an in-person meeting of one day, two persons
// of one surname). A call and a meeting are two modes the guidelines tell apart: they stay
// two contacts on one day, unless the meeting is told only as "talks", which names no
// medium (merge.go, talksCall).
func TestImportEventBattery(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "Sergei and Sergey",
		stories: []outletStory{
			{"a.md", "Agency", "2025-03-10", "MOSCOW, March 10 - Russian President Sergei Tarasov held a telephone conversation with French President Claire Vautrin on Monday, the Kremlin said."},
			{"b.md", "Wire", "2025-03-10", "French President Claire Vautrin spoke by phone with Russian President Sergey Tarasov on Monday about a ceasefire."},
		},
		want: []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
	}, {
		name: "Aleksandr and Alexander, Dmitry and Dmitri",
		stories: []outletStory{
			{"a.md", "Agency", "2025-04-07", "Belarusian Foreign Minister Aleksandr Kovalyov met Kazakh Foreign Minister Dmitry Serikbayev in Minsk on Monday."},
			{"b.md", "Wire", "2025-04-07", "Kazakh Foreign Minister Dmitri Serikbayev held talks with Belarusian Foreign Minister Alexander Kovalyov in Minsk on Monday."},
		},
		want: []string{"Aleksandr Kovalyov & Dmitry Serikbayev (meeting, 2025-04-07)|a.md,b.md"},
	}, {
		name: "a surname alone against the full name with the title",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-10", "Russian President Sergei Tarasov spoke by phone with French President Claire Vautrin on Monday about a ceasefire."},
			{"b.md", "Paper", "2025-03-11", "Vautrin and Tarasov discussed a ceasefire in a phone call on Monday, the Elysee said."},
		},
		want: []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
	}, {
		name: "the office with the name in apposition",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-10", "Russian President Sergei Tarasov spoke by phone with French President Claire Vautrin on Monday about a ceasefire."},
			{"b.md", "Paper", "2025-03-10", "The French president, Claire Vautrin, held a phone call on Monday with the Russian president, Sergei Tarasov, the Elysee said."},
		},
		want: []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-03-10)|a.md,b.md"},
	}, {
		name: "yesterday in an article of the next day",
		stories: []outletStory{
			{"a.md", "Wire", "2025-05-12", "Egyptian President Karim Fawzi met Greek Prime Minister Nikos Andreadis in Cairo on Monday to discuss gas exports."},
			{"b.md", "Paper", "2025-05-13", "Greek Prime Minister Nikos Andreadis met Egyptian President Karim Fawzi in Cairo yesterday, officials said."},
		},
		want: []string{"Karim Fawzi & Nikos Andreadis (meeting, 2025-05-12)|a.md,b.md"},
	}, {
		name: "the weekday in an article of the next day",
		stories: []outletStory{
			{"a.md", "Wire", "2025-05-12", "Egyptian President Karim Fawzi spoke by phone with Greek Prime Minister Nikos Andreadis on Monday."},
			{"b.md", "Paper", "2025-05-13", "Greek Prime Minister Nikos Andreadis and Egyptian President Karim Fawzi held a phone call on Monday, the Greek government said."},
		},
		want: []string{"Karim Fawzi & Nikos Andreadis (phone, 2025-05-12)|a.md,b.md"},
	}, {
		name: "calendar dates a day apart across time zones",
		stories: []outletStory{
			{"us.md", "Wire", "2025-06-02", "WASHINGTON, June 2 - U.S. Secretary of State Margaret Holloway spoke by phone with Chinese Foreign Minister Shen Guoliang on June 2, the State Department said."},
			{"cn.md", "Agency", "2025-06-03", "BEIJING, June 3 - Chinese Foreign Minister Shen Guoliang had a phone conversation with U.S. Secretary of State Margaret Holloway on June 3 at the request of the U.S. side."},
		},
		want: []string{"Margaret Holloway & Shen Guoliang (phone, 2025-06-03)|cn.md,us.md"},
	}, {
		name: "an Asian outlet's weekday a day after a US one",
		stories: []outletStory{
			{"us.md", "Wire", "2025-06-02", "U.S. Secretary of State Margaret Holloway spoke by phone with Japanese Foreign Minister Kenji Morita on Monday evening, the State Department said."},
			{"jp.md", "Foreign", "2025-06-03", "TOKYO - Foreign Minister Kenji Morita held a telephone talk with U.S. Secretary of State Margaret Holloway on Tuesday morning."},
		},
		// One day each: the tie goes to the later report (merge.go).
		want: []string{"Kenji Morita & Margaret Holloway (phone, 2025-06-03)|jp.md,us.md"},
	}, {
		name: "a calendar date and only a weekday",
		stories: []outletStory{
			{"a.md", "Agency", "2025-07-02", "ANKARA, July 1 - Turkish President Emre Kaplan met Azerbaijani President Farid Aliyev in Ankara on July 1."},
			{"b.md", "Wire", "2025-07-02", "Azerbaijani President Farid Aliyev held talks with Turkish President Emre Kaplan in Ankara on Tuesday."},
		},
		want: []string{"Emre Kaplan & Farid Aliyev (meeting, 2025-07-01)|a.md,b.md"},
	}, {
		name: "a calendar date and no date at all",
		stories: []outletStory{
			{"a.md", "Agency", "2025-07-01", "Turkish President Emre Kaplan met Azerbaijani President Farid Aliyev in Ankara on July 1."},
			{"b.md", "Wire", "2025-07-01", "Azerbaijani President Farid Aliyev held talks with Turkish President Emre Kaplan in Ankara, focusing on energy transit."},
		},
		want: []string{"Emre Kaplan & Farid Aliyev (meeting, 2025-07-01)|a.md,b.md"},
	}, {
		name: "a weekday and no date at all",
		stories: []outletStory{
			{"a.md", "Wire", "2025-09-03", "Italian Prime Minister Giulia Ferraro spoke by phone with Tunisian President Hedi Belhaj on Wednesday about migration."},
			{"b.md", "Paper", "2025-09-03", "Tunisian President Hedi Belhaj and Italian Prime Minister Giulia Ferraro discussed migration in a phone call, the Tunisian presidency said."},
		},
		want: []string{"Giulia Ferraro & Hedi Belhaj (phone, 2025-09-03)|a.md,b.md"},
	}, {
		name: "a call announced for Tuesday and reported held",
		stories: []outletStory{
			{"ahead.md", "Wire", "2025-09-08", "Italian Prime Minister Giulia Ferraro will speak by phone with Tunisian President Hedi Belhaj on Tuesday, her office said."},
			{"held.md", "Agency", "2025-09-09", "Tunisian President Hedi Belhaj spoke by phone with Italian Prime Minister Giulia Ferraro on Tuesday about migration."},
		},
		want: []string{"Giulia Ferraro & Hedi Belhaj (phone, 2025-09-09)|ahead.md,held.md"},
	}, {
		name: "a meeting scheduled next week and held",
		stories: []outletStory{
			{"ahead.md", "Wire", "2025-10-01", "Indonesian President Budi Santoso is scheduled to meet Malaysian Prime Minister Hafiz Rahman in Jakarta on October 7, his office said."},
			{"held.md", "Agency", "2025-10-07", "Malaysian Prime Minister Hafiz Rahman met Indonesian President Budi Santoso in Jakarta on Tuesday to discuss the border."},
		},
		want: []string{"Budi Santoso & Hafiz Rahman (meeting, 2025-10-07)|ahead.md,held.md"},
	}, {
		name: "a phone call and spoke with no medium",
		stories: []outletStory{
			{"a.md", "Wire", "2025-02-17", "Canadian Prime Minister Ethan Caldwell spoke by phone with Mexican President Lucia Ortega on Monday about tariffs."},
			{"b.md", "Paper", "2025-02-17", "Mexican President Lucia Ortega said she spoke with Canadian Prime Minister Ethan Caldwell on Monday about tariffs."},
		},
		want: []string{"Ethan Caldwell & Lucia Ortega (phone, 2025-02-17)|a.md,b.md"},
	}, {
		name: "talks by phone and a telephone conversation",
		stories: []outletStory{
			{"a.md", "Agency", "2025-02-18", "Saudi Foreign Minister Faisal Al Harbi held talks by phone with Iranian Foreign Minister Reza Kazemi on Tuesday."},
			{"b.md", "Wire", "2025-02-18", "Iranian Foreign Minister Reza Kazemi had a telephone conversation with his Saudi counterpart Faisal Al Harbi on Tuesday, Tehran said."},
		},
		want: []string{"Faisal Al Harbi & Reza Kazemi (phone, 2025-02-18)|a.md,b.md"},
	}, {
		name: "a video call and a virtual meeting",
		stories: []outletStory{
			{"a.md", "Wire", "2025-04-22", "Indian Prime Minister Vikram Rao held a video call with Australian Prime Minister Liam Hartley on Tuesday."},
			{"b.md", "Paper", "2025-04-22", "Australian Prime Minister Liam Hartley and Indian Prime Minister Vikram Rao held a virtual meeting on Tuesday on critical minerals."},
		},
		want: []string{"Liam Hartley & Vikram Rao (video, 2025-04-22)|a.md,b.md"},
	}, {
		name: "a video conference and talks of one day",
		stories: []outletStory{
			{"a.md", "Agency", "2025-04-23", "Chinese President Qiao Mingde held a video conference with Vietnamese President Tran Duc Long on Wednesday."},
			{"b.md", "Wire", "2025-04-23", "Vietnamese President Tran Duc Long held talks with Chinese President Qiao Mingde on Wednesday on the border."},
		},
		want: []string{"Qiao Mingde & Tran Duc Long (video, 2025-04-23)|a.md,b.md"},
	}, {
		name: "a summit of four and an outlet naming three of them",
		stories: []outletStory{
			{"a.md", "Wire", "2025-11-20", "Brazilian President Rodrigo Paiva, South African President Thabo Mokoena, Indian Prime Minister Vikram Rao and Chinese President Qiao Mingde met in Johannesburg on Thursday."},
			{"b.md", "Agency", "2025-11-20", "Chinese President Qiao Mingde, Indian Prime Minister Vikram Rao and South African President Thabo Mokoena held a summit in Johannesburg on Thursday."},
		},
		want: []string{"Qiao Mingde & Rodrigo Paiva & Thabo Mokoena & Vikram Rao (meeting, 2025-11-20)|a.md,b.md"},
	}, {
		name: "a summit named through two different subsets of three",
		stories: []outletStory{
			{"a.md", "Wire", "2025-11-20", "Brazilian President Rodrigo Paiva, South African President Thabo Mokoena and Indian Prime Minister Vikram Rao met in Johannesburg on Thursday."},
			{"b.md", "Agency", "2025-11-21", "Indian Prime Minister Vikram Rao, South African President Thabo Mokoena, Brazilian President Rodrigo Paiva and Chinese President Qiao Mingde met in Johannesburg on Thursday."},
			{"c.md", "Paper", "2025-11-21", "Chinese President Qiao Mingde, Brazilian President Rodrigo Paiva and Indian Prime Minister Vikram Rao met in Johannesburg on Thursday, state media said."},
		},
		want: []string{"Qiao Mingde & Rodrigo Paiva & Thabo Mokoena & Vikram Rao (meeting, 2025-11-20)|a.md,b.md,c.md"},
	}, {
		name: "a readout and a wire story",
		stories: []outletStory{
			{"readout.md", "Readout", "2025-08-05", "President Daniel Whitaker spoke today with Prime Minister Aino Lehtinen of Finland. The leaders discussed support for Ukraine and Arctic security."},
			{"wire.md", "Wire", "2025-08-05", "U.S. President Daniel Whitaker spoke by phone with Finnish Prime Minister Aino Lehtinen on Tuesday about Arctic security, the White House said."},
		},
		want: []string{"Aino Lehtinen & Daniel Whitaker (phone, 2025-08-05)|readout.md,wire.md"},
	}, {
		name: "a readout of a meeting and a wire story of the next day",
		stories: []outletStory{
			{"readout.md", "Readout", "2025-08-06", "Secretary Margaret Holloway met today with Foreign Minister Ingrid Solberg of Norway in Washington."},
			{"wire.md", "Wire", "2025-08-07", "Norwegian Foreign Minister Ingrid Solberg met U.S. Secretary of State Margaret Holloway in Washington on Wednesday."},
		},
		want: []string{"Ingrid Solberg & Margaret Holloway (meeting, 2025-08-06)|readout.md,wire.md"},
	}, {
		name: "three outlets, each its own name form and date words",
		stories: []outletStory{
			{"a.md", "Agency", "2025-03-18", "MOSCOW, March 18 - Russian Foreign Minister Sergei Volkonsky met Indian External Affairs Minister Arjun Mehra in Moscow on March 18."},
			{"b.md", "Wire", "2025-03-18", "Indian External Affairs Minister Arjun Mehra held talks with Russian Foreign Minister Sergey Volkonsky in Moscow on Tuesday."},
			{"c.md", "Paper", "2025-03-19", "Mehra met Volkonsky in Moscow yesterday, the Indian embassy said."},
		},
		want: []string{"Arjun Mehra & Sergei Volkonsky (meeting, 2025-03-18)|a.md,b.md,c.md"},
	}, {
		name: "a headline alone makes no mention",
		stories: []outletStory{
			{"a.md", "Wire", "2025-08-12", "Spanish Foreign Minister Pablo Serrano met Moroccan Foreign Minister Youssef Bennani in Rabat on Tuesday."},
			{"b.md", "Paper", "2025-08-12", "# Serrano meets Bennani in Rabat\n\nMigration flows across the western Mediterranean fell by a third this year, figures showed on Tuesday."},
		},
		want: []string{"Pablo Serrano & Youssef Bennani (meeting, 2025-08-12)|a.md"},
	}, {
		name: "a received call and a placed call",
		stories: []outletStory{
			{"a.md", "Agency", "2025-01-14", "Qatari Emir Tamim Al Khalifa received a phone call on Tuesday from Lebanese Prime Minister Nabil Chamoun."},
			{"b.md", "Wire", "2025-01-14", "Lebanese Prime Minister Nabil Chamoun phoned Qatari Emir Tamim Al Khalifa on Tuesday to discuss reconstruction aid."},
		},
		want: []string{"Nabil Chamoun & Tamim Al Khalifa (phone, 2025-01-14)|a.md,b.md"},
	}, {
		name: "an undated call reported a day later",
		stories: []outletStory{
			{"a.md", "Wire", "2025-01-20", "Polish Foreign Minister Marek Zielinski spoke by phone with Lithuanian Foreign Minister Ruta Vaitkute on Monday."},
			{"b.md", "Paper", "2025-01-21", "Lithuanian Foreign Minister Ruta Vaitkute held a telephone conversation with Polish Foreign Minister Marek Zielinski, the ministry said."},
		},
		want: []string{"Marek Zielinski & Ruta Vaitkute (phone, 2025-01-20)|a.md,b.md"},
	}, {
		name: "a Chinese name in either order",
		stories: []outletStory{
			{"a.md", "Agency", "2025-06-16", "Chinese Premier Liang Weiming met New Zealand Prime Minister Rangi Tahuri in Beijing on Monday."},
			{"b.md", "Wire", "2025-06-16", "New Zealand Prime Minister Rangi Tahuri held talks with Chinese Premier Liang in Beijing on Monday."},
		},
		want: []string{"Liang Weiming & Rangi Tahuri (meeting, 2025-06-16)|a.md,b.md"},
	}, {
		name: "a phone call and talks with no medium of one day",
		stories: []outletStory{
			{"a.md", "Wire", "2025-12-09", "German Chancellor Lukas Brenner spoke by phone with Polish President Adam Nowicki on Tuesday."},
			{"b.md", "Paper", "2025-12-09", "Polish President Adam Nowicki held talks with German Chancellor Lukas Brenner on Tuesday on border controls."},
		},
		want: []string{"Adam Nowicki & Lukas Brenner (phone, 2025-12-09)|a.md,b.md"},
	}, {
		name:  "an organisation as the party in one report, its head in another",
		known: "actors keep no link from a person to the organisation the person heads, so NATO and its secretary general are two participant sets; and score.py matches an article's contact on the row's whole participant set, so the merged row would no longer match the gold of the article that names NATO",
		stories: []outletStory{
			{"a.md", "Wire", "2025-01-27", "NATO Secretary General Jens Halvorsen met Finnish President Aino Lehtinen in Brussels on Monday."},
			{"b.md", "Paper", "2025-01-27", "Finnish President Aino Lehtinen held talks with NATO in Brussels on Monday on Baltic security."},
		},
		want: []string{"Aino Lehtinen & Jens Halvorsen (meeting, 2025-01-27)|a.md,b.md"},
	}, {
		name: "a call across the turn of the month",
		stories: []outletStory{
			{"us.md", "Wire", "2025-01-31", "WASHINGTON, Jan 31 - U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on January 31, the White House said."},
			{"cn.md", "Agency", "2025-02-01", "BEIJING, Feb 1 - Chinese President Qiao Mingde had a phone conversation with U.S. President Daniel Whitaker on February 1."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-02-01)|cn.md,us.md"},
	}, {
		name: "a call across the turn of the year, the later report undated",
		stories: []outletStory{
			{"us.md", "Wire", "2025-12-31", "U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on Wednesday, the White House said."},
			{"cn.md", "Agency", "2026-01-01", "Chinese President Qiao Mingde had a phone conversation with U.S. President Daniel Whitaker at the request of the U.S. side, state media said."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-12-31)|cn.md,us.md"},
	}, {
		name: "a visit announced for next month and held",
		stories: []outletStory{
			{"ahead.md", "Wire", "2025-10-10", "Indonesian President Budi Santoso will meet Malaysian Prime Minister Hafiz Rahman in Jakarta next month, his office said."},
			{"held.md", "Agency", "2025-11-05", "Malaysian Prime Minister Hafiz Rahman met Indonesian President Budi Santoso in Jakarta on Wednesday."},
		},
		want: []string{"Budi Santoso & Hafiz Rahman (meeting, 2025-11-05)|ahead.md,held.md"},
	}, {
		name:  "a call of three leaders with a fourth, named in different orders",
		known: "the extractor makes \"X held a call with A, B and C\" three pair contacts of one article (a call each, as the dev gold reads such lists), and an article's reports never merge into one contact; merged, the row of four would no longer match that article's pairs, since score.py matches on the row's whole participant set",
		stories: []outletStory{
			{"a.md", "Wire", "2025-05-19", "French President Claire Vautrin, German Chancellor Lukas Brenner and Polish President Adam Nowicki spoke by phone with Ukrainian President Oleh Marchuk on Monday."},
			{"b.md", "Agency", "2025-05-19", "Ukrainian President Oleh Marchuk held a phone call on Monday with Polish President Adam Nowicki, German Chancellor Lukas Brenner and French President Claire Vautrin."},
		},
		want: []string{"Adam Nowicki & Claire Vautrin & Lukas Brenner & Oleh Marchuk (phone, 2025-05-19)|a.md,b.md"},
	}, {
		name: "a month named by one outlet, the day by another",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-30", "Egyptian President Karim Fawzi and Greek Prime Minister Nikos Andreadis, who met in Cairo in June, agreed to expand the pipeline."},
			{"b.md", "Agency", "2025-06-24", "Greek Prime Minister Nikos Andreadis met Egyptian President Karim Fawzi in Cairo on Tuesday."},
		},
		want: []string{"Karim Fawzi & Nikos Andreadis (meeting, 2025-06-24)|a.md,b.md"},
	}, {
		name: "earlier this week in a report two days later",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-23", "Greek Prime Minister Nikos Andreadis met Egyptian President Karim Fawzi in Cairo on Monday."},
			{"b.md", "Weekly", "2025-06-26", "Egyptian President Karim Fawzi, who met Greek Prime Minister Nikos Andreadis in Cairo earlier this week, said the pipeline would be finished by 2028."},
		},
		want: []string{"Karim Fawzi & Nikos Andreadis (meeting, 2025-06-23)|a.md,b.md"},
	}, {
		name: "a weekend call reported on Monday",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-22", "Chinese Foreign Minister Shen Guoliang spoke by phone with Brazilian Foreign Minister Ana Bezerra on Saturday about the climate talks."},
			{"b.md", "Paper", "2025-03-24", "Brazilian Foreign Minister Ana Bezerra, who spoke by phone with Chinese Foreign Minister Shen Guoliang over the weekend, said the climate talks were on track."},
		},
		want: []string{"Ana Bezerra & Shen Guoliang (phone, 2025-03-22)|a.md,b.md"},
	}, {
		name: "spoke with no medium dated a day later by an Asian outlet",
		stories: []outletStory{
			{"us.md", "Wire", "2025-06-09", "U.S. Secretary of State Margaret Holloway spoke with Chinese Foreign Minister Shen Guoliang on Monday, the State Department said."},
			{"cn.md", "Agency", "2025-06-10", "BEIJING - Chinese Foreign Minister Shen Guoliang held a phone call with U.S. Secretary of State Margaret Holloway on Tuesday."},
		},
		want: []string{"Margaret Holloway & Shen Guoliang (phone, 2025-06-10)|cn.md,us.md"},
	}, {
		name: "a held meeting imported before the announcement of it",
		stories: []outletStory{
			{"a-held.md", "Agency", "2025-10-07", "Malaysian Prime Minister Hafiz Rahman met Indonesian President Budi Santoso in Jakarta on Tuesday to discuss the border."},
			{"b-ahead.md", "Wire", "2025-10-03", "Indonesian President Budi Santoso will meet Malaysian Prime Minister Hafiz Rahman in Jakarta on Tuesday, his office said."},
		},
		want: []string{"Budi Santoso & Hafiz Rahman (meeting, 2025-10-07)|a-held.md,b-ahead.md"},
	}, {
		name: "a call expected later this week and held on a weekday",
		stories: []outletStory{
			{"ahead.md", "Wire", "2025-09-15", "Italian Prime Minister Giulia Ferraro is expected to speak by phone with Tunisian President Hedi Belhaj later this week, her office said."},
			{"held.md", "Agency", "2025-09-18", "Tunisian President Hedi Belhaj spoke by phone with Italian Prime Minister Giulia Ferraro on Thursday about migration."},
		},
		want: []string{"Giulia Ferraro & Hedi Belhaj (phone, 2025-09-18)|ahead.md,held.md"},
	}, {
		name: "a late-night call dated the next day by the other side's wire",
		stories: []outletStory{
			{"us.md", "Wire", "2025-06-16", "U.S. President Daniel Whitaker spoke by phone late Sunday with Indian Prime Minister Vikram Rao, the White House said on Monday."},
			{"in.md", "Agency", "2025-06-16", "NEW DELHI - Prime Minister Vikram Rao spoke with U.S. President Daniel Whitaker on Monday morning, his office said."},
		},
		want: []string{"Daniel Whitaker & Vikram Rao (phone, 2025-06-16)|in.md,us.md"},
	}, {
		name: "negative: the same pair called twice in one week",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-03", "Turkish Foreign Minister Kemal Ozdenir spoke by phone with Ukrainian Foreign Minister Oksana Hrytsenko on Monday."},
			{"b.md", "Wire", "2025-03-06", "Turkish Foreign Minister Kemal Ozdenir spoke by phone with Ukrainian Foreign Minister Oksana Hrytsenko on Thursday."},
		},
		want: []string{
			"Kemal Ozdenir & Oksana Hrytsenko (phone, 2025-03-03)|a.md",
			"Kemal Ozdenir & Oksana Hrytsenko (phone, 2025-03-06)|b.md",
		},
	}, {
		name: "negative: two calls two days apart, the second told as yesterday",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-03", "Turkish Foreign Minister Kemal Ozdenir spoke by phone with Ukrainian Foreign Minister Oksana Hrytsenko on Monday."},
			{"b.md", "Paper", "2025-03-06", "Ukrainian Foreign Minister Oksana Hrytsenko held a phone call with Turkish Foreign Minister Kemal Ozdenir yesterday."},
		},
		want: []string{
			"Kemal Ozdenir & Oksana Hrytsenko (phone, 2025-03-03)|a.md",
			"Kemal Ozdenir & Oksana Hrytsenko (phone, 2025-03-05)|b.md",
		},
	}, {
		name: "negative: a meeting a month later",
		stories: []outletStory{
			{"a.md", "Wire", "2025-04-08", "Egyptian President Karim Fawzi met Greek Prime Minister Nikos Andreadis in Cairo on Tuesday."},
			{"b.md", "Wire", "2025-05-08", "Greek Prime Minister Nikos Andreadis met Egyptian President Karim Fawzi in Athens on Thursday."},
		},
		want: []string{
			"Karim Fawzi & Nikos Andreadis (meeting, 2025-04-08)|a.md",
			"Karim Fawzi & Nikos Andreadis (meeting, 2025-05-08)|b.md",
		},
	}, {
		name: "negative: a call and an in-person meeting of one day",
		stories: []outletStory{
			{"a.md", "Wire", "2025-10-14", "Japanese Prime Minister Haruto Onishi spoke by phone with South Korean President Lee Jae-sung on Tuesday."},
			{"b.md", "Paper", "2025-10-14", "Japanese Prime Minister Haruto Onishi met South Korean President Lee Jae-sung in Seoul on Tuesday."},
		},
		want: []string{
			"Haruto Onishi & Lee Jae-sung (meeting, 2025-10-14)|b.md",
			"Haruto Onishi & Lee Jae-sung (phone, 2025-10-14)|a.md",
		},
	}, {
		name: "negative: two persons of one surname",
		stories: []outletStory{
			{"a.md", "Wire", "2025-02-11", "Russian Foreign Minister Ivan Petrov met Indian External Affairs Minister Arjun Mehra in New Delhi on Tuesday."},
			{"b.md", "Agency", "2025-02-11", "Russian Defence Minister Oleg Petrov met Indian External Affairs Minister Arjun Mehra in New Delhi on Tuesday."},
		},
		want: []string{
			"Arjun Mehra & Ivan Petrov (meeting, 2025-02-11)|a.md",
			"Arjun Mehra & Oleg Petrov (meeting, 2025-02-11)|b.md",
		},
	}, {
		name: "negative: two summits a year apart with overlapping leaders",
		stories: []outletStory{
			{"a.md", "Wire", "2024-11-21", "Brazilian President Rodrigo Paiva, South African President Thabo Mokoena and Indian Prime Minister Vikram Rao met in Rio on Thursday."},
			{"b.md", "Wire", "2025-11-20", "Brazilian President Rodrigo Paiva, South African President Thabo Mokoena and Indian Prime Minister Vikram Rao met in Johannesburg on Thursday."},
		},
		want: []string{
			"Rodrigo Paiva & Thabo Mokoena & Vikram Rao (meeting, 2024-11-21)|a.md",
			"Rodrigo Paiva & Thabo Mokoena & Vikram Rao (meeting, 2025-11-20)|b.md",
		},
	}, {
		name: "negative: a call announced for next week and another held today",
		stories: []outletStory{
			{"a.md", "Wire", "2025-09-01", "Italian Prime Minister Giulia Ferraro spoke by phone with Tunisian President Hedi Belhaj on Monday."},
			{"b.md", "Wire", "2025-09-01", "Italian Prime Minister Giulia Ferraro will speak by phone again with Tunisian President Hedi Belhaj on September 8, her office said."},
		},
		want: []string{
			"Giulia Ferraro & Hedi Belhaj (phone, 2025-09-01)|a.md",
			"Giulia Ferraro & Hedi Belhaj (phone, 2025-09-08)|b.md",
		},
	}, {
		name: "negative: one outlet's calls of one pair on consecutive days",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-03", "Turkish Foreign Minister Kemal Ozdenir spoke by phone with Ukrainian Foreign Minister Oksana Hrytsenko on Monday."},
			{"b.md", "Wire", "2025-03-04", "Turkish Foreign Minister Kemal Ozdenir spoke by phone with Ukrainian Foreign Minister Oksana Hrytsenko on Tuesday, a day after their first call."},
		},
		want: []string{
			"Kemal Ozdenir & Oksana Hrytsenko (phone, 2025-03-03)|a.md",
			"Kemal Ozdenir & Oksana Hrytsenko (phone, 2025-03-04)|b.md",
		},
	}, {
		// By two outlets, a weekday and a calendar day one apart merge: the weekday may be
		// of another capital's clock (TestAgreement).
		name: "negative: one outlet's meeting and the next day's meeting of one visit",
		stories: []outletStory{
			{"a.md", "Wire", "2025-07-14", "Egyptian President Karim Fawzi met Greek Prime Minister Nikos Andreadis in Athens on Monday."},
			{"b.md", "Wire", "2025-07-15", "Greek Prime Minister Nikos Andreadis met Egyptian President Karim Fawzi again in Athens on July 15 to sign the accords."},
		},
		want: []string{
			"Karim Fawzi & Nikos Andreadis (meeting, 2025-07-14)|a.md",
			"Karim Fawzi & Nikos Andreadis (meeting, 2025-07-15)|b.md",
		},
	}})
}

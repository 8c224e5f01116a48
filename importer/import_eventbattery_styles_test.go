package importer_test

import "testing"

// TestImportEventBatteryHouseStyles is the second yardstick of issue 7: each event told in
// several paragraphs, in the house styles that differ most between outlets (a government's
// readout naming its own leader first with its own titles, a wire with a dateline, a
// foreign outlet's spelling, a broadcaster's "talks" or "conversation"), and negatives of
// the same pair's different contacts that must stay apart.
func TestImportEventBatteryHouseStyles(t *testing.T) {
	checkOutletCases(t, []outletCase{{
		name: "two capitals' readouts of one call, each its own leader first",
		stories: []outletStory{
			{"cn.md", "Ministry", "2025-06-04", "On the evening of June 3, President Qiao Mingde had a phone call with U.S. President Daniel Whitaker at the latter's request.\n\nQiao said that China and the United States should respect each other's core interests."},
			{"us.md", "White House", "2025-06-03", "President Daniel Whitaker spoke today with President Qiao Mingde of the People's Republic of China.\n\nThe leaders discussed trade and fentanyl. President Whitaker underscored the importance of open lines of communication."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|cn.md,us.md"},
	}, {
		name: "a Kremlin readout and a wire story of the next day",
		stories: []outletStory{
			{"kremlin.md", "Kremlin", "2025-02-11", "Sergei Tarasov had a telephone conversation with President of the French Republic Claire Vautrin.\n\nThe situation in Ukraine was discussed in detail. It was agreed to continue contacts."},
			{"wire.md", "Wire", "2025-02-12", "PARIS (Wire) - French President Claire Vautrin spoke with Russian President Sergei Tarasov by telephone on Tuesday, the first call between the two leaders in months, the Elysee said.\n\nVautrin urged Tarasov to agree to a ceasefire."},
		},
		want: []string{"Claire Vautrin & Sergei Tarasov (phone, 2025-02-11)|kremlin.md,wire.md"},
	}, {
		name: "a variant transliteration of a foreign minister in a readout and a wire",
		stories: []outletStory{
			{"ir.md", "Agency", "2025-04-13", "TEHRAN - Iranian Foreign Minister Abbas Araqchi held a telephone conversation with his Omani counterpart Badr Albusaidi on Sunday evening.\n\nThe two sides discussed the indirect talks."},
			{"wire.md", "Wire", "2025-04-14", "DUBAI - Iran's Foreign Minister Abbas Araghchi and Oman's Foreign Minister Badr al-Busaidi spoke by phone on Sunday, Iranian state media reported."},
		},
		want: []string{"Abbas Araqchi & Badr Albusaidi (phone, 2025-04-13)|ir.md,wire.md"},
	}, {
		name: "a conversation and a video conference of one day",
		stories: []outletStory{
			{"de.md", "Broadcaster", "2025-09-09", "Chancellor Lukas Brenner held a conversation with Japanese Prime Minister Haruto Onishi on Tuesday, a government spokesman said.\n\nThey discussed trade."},
			{"jp.md", "Foreign", "2025-09-10", "TOKYO - Prime Minister Haruto Onishi held a video conference with German Chancellor Lukas Brenner on Tuesday night, the Foreign Ministry said."},
		},
		want: []string{"Haruto Onishi & Lukas Brenner (video, 2025-09-09)|de.md,jp.md"},
	}, {
		name: "talks on one side and a phone call on the other, a day apart",
		stories: []outletStory{
			{"ru.md", "Agency", "2025-11-18", "MOSCOW, November 18 - Russian Foreign Minister Sergei Volkonsky held talks with Turkish Foreign Minister Kemal Ozdenir on Tuesday, the ministry said."},
			{"tr.md", "Foreign", "2025-11-19", "ANKARA - Turkish Foreign Minister Kemal Ozdenir had a phone call with his Russian counterpart Sergei Volkonsky on Wednesday, diplomatic sources said."},
		},
		// One day each: the tie goes to the later report (merge.go).
		want: []string{"Kemal Ozdenir & Sergei Volkonsky (phone, 2025-11-19)|ru.md,tr.md"},
	}, {
		name: "a host government's report and the guest's",
		stories: []outletStory{
			{"host.md", "Ministry", "2025-05-20", "NEW DELHI - Prime Minister Vikram Rao received President Rodrigo Paiva of Brazil at Hyderabad House on Tuesday.\n\nThe two leaders reviewed bilateral trade."},
			{"guest.md", "Agency", "2025-05-20", "Brazilian President Rodrigo Paiva met Indian Prime Minister Vikram Rao in New Delhi on Tuesday during a state visit, the Brazilian presidency said."},
		},
		want: []string{"Rodrigo Paiva & Vikram Rao (meeting, 2025-05-20)|guest.md,host.md"},
	}, {
		name: "a host that hosted its guest, reported days later",
		stories: []outletStory{
			{"host.md", "Agency", "2025-05-20", "Egyptian President Karim Fawzi hosted Greek Prime Minister Nikos Andreadis in Cairo on Tuesday for talks on gas."},
			{"weekly.md", "Weekly", "2025-05-23", "Greek Prime Minister Nikos Andreadis met Egyptian President Karim Fawzi in Cairo on Tuesday, and returned with a gas deal."},
		},
		want: []string{"Karim Fawzi & Nikos Andreadis (meeting, 2025-05-20)|host.md,weekly.md"},
	}, {
		name: "a leader called by the office alone after the name",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-03", "WASHINGTON - U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on Tuesday, the White House said."},
			{"b.md", "Paper", "2025-06-04", "Chinese President Qiao Mingde has been cautious on trade.\n\nOn Tuesday, Whitaker spoke with the Chinese president by phone for ninety minutes."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md,b.md"},
	}, {
		name: "an interpreter named by one report only",
		stories: []outletStory{
			{"a.md", "Wire", "2025-07-08", "Russian President Sergei Tarasov met Indian Prime Minister Vikram Rao in Moscow on Tuesday."},
			{"b.md", "Paper", "2025-07-08", "Indian Prime Minister Vikram Rao met Russian President Sergei Tarasov in Moscow on Tuesday, with interpreter Pavel Orlov at their side."},
		},
		want: []string{"Sergei Tarasov & Vikram Rao (meeting, 2025-07-08)|a.md,b.md"},
	}, {
		name: "published two days apart, the later with no weekday",
		stories: []outletStory{
			{"a.md", "Wire", "2025-08-11", "Spanish Foreign Minister Pablo Serrano spoke by phone with Moroccan Foreign Minister Youssef Bennani on Monday about migration."},
			{"b.md", "Paper", "2025-08-13", "Moroccan Foreign Minister Youssef Bennani, in a phone call with his Spanish counterpart Pablo Serrano, called for more cooperation on migration."},
		},
		want: []string{"Pablo Serrano & Youssef Bennani (phone, 2025-08-11)|a.md,b.md"},
	}, {
		name: "on Tuesday in one and on Wednesday in the other, a call across the Pacific",
		stories: []outletStory{
			{"us.md", "Wire", "2025-03-11", "U.S. Secretary of State Margaret Holloway spoke with Australian Foreign Minister Fiona Keane on Tuesday, the State Department said."},
			{"au.md", "Broadcaster", "2025-03-12", "Foreign Minister Fiona Keane said she had a productive conversation with U.S. Secretary of State Margaret Holloway on Wednesday morning."},
		},
		want: []string{"Fiona Keane & Margaret Holloway (unspecified, 2025-03-12)|au.md,us.md"},
	}, {
		name: "a summit told through two different subsets of four",
		stories: []outletStory{
			{"a.md", "Wire", "2025-10-26", "KUALA LUMPUR - Malaysian Prime Minister Hafiz Rahman, Indonesian President Budi Santoso, Thai Prime Minister Somchai Wongsa and Philippine President Maria Reyes met on Sunday at the summit."},
			{"b.md", "Agency", "2025-10-26", "Philippine President Maria Reyes, Vietnamese Prime Minister Tran Van Hung, Indonesian President Budi Santoso and Malaysian Prime Minister Hafiz Rahman met in Kuala Lumpur on Sunday."},
		},
		want: []string{"Budi Santoso & Hafiz Rahman & Maria Reyes & Somchai Wongsa & Tran Van Hung (meeting, 2025-10-26)|a.md,b.md"},
	}, {
		name: "negative: the same pair's calls a week apart, one of them talks",
		stories: []outletStory{
			{"a.md", "Wire", "2025-03-03", "Turkish Foreign Minister Kemal Ozdenir spoke by phone with Ukrainian Foreign Minister Oksana Hrytsenko on Monday."},
			{"b.md", "Agency", "2025-03-10", "Ukrainian Foreign Minister Oksana Hrytsenko held talks with Turkish Foreign Minister Kemal Ozdenir on Monday."},
		},
		want: []string{
			"Kemal Ozdenir & Oksana Hrytsenko (meeting, 2025-03-10)|b.md",
			"Kemal Ozdenir & Oksana Hrytsenko (phone, 2025-03-03)|a.md",
		},
	}, {
		name: "negative: a call and a meeting of the pair four days later",
		stories: []outletStory{
			{"a.md", "Wire", "2025-04-07", "German Chancellor Lukas Brenner spoke by phone with Polish President Adam Nowicki on Monday."},
			{"b.md", "Paper", "2025-04-11", "Polish President Adam Nowicki met German Chancellor Lukas Brenner in Berlin on Friday."},
		},
		want: []string{
			"Adam Nowicki & Lukas Brenner (meeting, 2025-04-11)|b.md",
			"Adam Nowicki & Lukas Brenner (phone, 2025-04-07)|a.md",
		},
	}, {
		name: "negative: a bilateral on a summit's sidelines and the summit",
		stories: []outletStory{
			{"a.md", "Wire", "2025-11-20", "Brazilian President Rodrigo Paiva, South African President Thabo Mokoena and Indian Prime Minister Vikram Rao met in Johannesburg on Thursday."},
			{"b.md", "Agency", "2025-11-20", "Indian Prime Minister Vikram Rao met Brazilian President Rodrigo Paiva on the sidelines of the summit in Johannesburg on Thursday."},
		},
		want: []string{
			"Rodrigo Paiva & Thabo Mokoena & Vikram Rao (meeting, 2025-11-20)|a.md",
			"Rodrigo Paiva & Vikram Rao (meeting, 2025-11-20)|b.md",
		},
	}, {
		name: "a Ukrainian name transliterated from Russian by the other side",
		stories: []outletStory{
			{"ua.md", "Ministry", "2025-02-17", "KYIV - Foreign Minister Oksana Hrytsenko held a phone call with Turkish Foreign Minister Kemal Ozdenir on Monday.\n\nThe ministers discussed the grain corridor."},
			{"ru.md", "Agency", "2025-02-17", "Turkish Foreign Minister Kemal Ozdenir spoke by telephone with Ukrainian Foreign Minister Oksana Gritsenko on Monday, the Turkish ministry said."},
		},
		want: []string{"Kemal Ozdenir & Oksana Gritsenko (phone, 2025-02-17)|ru.md,ua.md"},
	}, {
		name: "a Korean given name hyphenated by one outlet and spaced by another",
		stories: []outletStory{
			{"kr.md", "Agency", "2025-10-14", "SEOUL - President Lee Jae-sung held a summit with Japanese Prime Minister Haruto Onishi in Seoul on Tuesday."},
			{"wire.md", "Wire", "2025-10-14", "Japanese Prime Minister Haruto Onishi met South Korean President Lee Jae Sung in Seoul on Tuesday."},
		},
		want: []string{"Haruto Onishi & Lee Jae-sung (meeting, 2025-10-14)|kr.md,wire.md"},
	}, {
		name: "a surname with diacritics in one outlet",
		stories: []outletStory{
			{"tr.md", "Agency", "2025-04-22", "ANKARA - Turkish Foreign Minister Kemal Özdenir met Croatian Foreign Minister Ana Kovač in Ankara on Tuesday."},
			{"wire.md", "Wire", "2025-04-22", "Croatian Foreign Minister Ana Kovac held talks with Turkish Foreign Minister Kemal Ozdenir in Ankara on Tuesday."},
		},
		want: []string{"Ana Kovač & Kemal Özdenir (meeting, 2025-04-22)|tr.md,wire.md"},
	}, {
		name: "an Indian readout with honorifics and a wire story",
		stories: []outletStory{
			{"mea.md", "Ministry", "2025-05-06", "Prime Minister Shri Vikram Rao spoke with President of Brazil H.E. Mr. Rodrigo Paiva today.\n\nThe two leaders reviewed the progress in the Strategic Partnership."},
			{"wire.md", "Wire", "2025-05-06", "Brazilian President Rodrigo Paiva spoke by phone with Indian Prime Minister Vikram Rao on Tuesday about trade."},
		},
		want: []string{"Rodrigo Paiva & Vikram Rao (phone, 2025-05-06)|mea.md,wire.md"},
	}, {
		name: "a Japanese readout of a telephone talk with the counterpart's full title after the name",
		stories: []outletStory{
			{"jp.md", "Ministry", "2025-06-03", "On June 3, commencing at 8:30 a.m. for approximately 30 minutes, Mr. Kenji Morita, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Margaret Holloway, Secretary of State of the United States.\n\nThe two ministers exchanged views on North Korea."},
			{"us.md", "Wire", "2025-06-02", "U.S. Secretary of State Margaret Holloway spoke by phone with Japanese Foreign Minister Kenji Morita on Monday evening, the State Department said."},
		},
		want: []string{"Kenji Morita & Margaret Holloway (phone, 2025-06-03)|jp.md,us.md"},
	}, {
		name: "a Chinese readout with the long party title and a wire story",
		stories: []outletStory{
			{"cn.md", "Ministry", "2025-03-06", "On March 5, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Shen Guoliang had a phone call with U.S. Secretary of State Margaret Holloway.\n\nShen said China firmly opposes interference in its internal affairs."},
			{"us.md", "Wire", "2025-03-05", "WASHINGTON - U.S. Secretary of State Margaret Holloway spoke with Chinese Foreign Minister Shen Guoliang on Wednesday, the State Department said."},
		},
		want: []string{"Margaret Holloway & Shen Guoliang (phone, 2025-03-05)|cn.md,us.md"},
	}, {
		name: "his counterpart named in the next sentence",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-03", "Chinese President Qiao Mingde told U.S. President Daniel Whitaker in a phone call on Tuesday that Taiwan was the most important issue in relations."},
			{"b.md", "Paper", "2025-06-04", "President Daniel Whitaker and Chinese leader Qiao Mingde spoke for more than an hour on Tuesday, the White House said.\n\nThe call was their first since March."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md,b.md"},
	}, {
		name: "a virtual meeting and talks by video link",
		stories: []outletStory{
			{"a.md", "Wire", "2025-11-17", "Chinese President Qiao Mingde and U.S. President Daniel Whitaker held a virtual meeting on Monday evening Washington time."},
			{"b.md", "Agency", "2025-11-18", "BEIJING - President Qiao Mingde held talks with U.S. President Daniel Whitaker via video link on Tuesday morning."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (video, 2025-11-18)|a.md,b.md"},
	}, {
		name: "last week in an article a week later",
		stories: []outletStory{
			{"a.md", "Wire", "2025-09-09", "Italian Prime Minister Giulia Ferraro met Tunisian President Hedi Belhaj in Tunis on Tuesday to discuss migration."},
			{"b.md", "Weekly", "2025-09-15", "Tunisian President Hedi Belhaj, who met Italian Prime Minister Giulia Ferraro in Tunis last week, said the migration deal would hold."},
		},
		want: []string{"Giulia Ferraro & Hedi Belhaj (meeting, 2025-09-09)|a.md,b.md"},
	}, {
		name: "a meeting held in the host's capital, told by the guest's press as a visit",
		stories: []outletStory{
			{"host.md", "Agency", "2025-03-04", "Japanese Prime Minister Haruto Onishi held talks with visiting Philippine President Maria Reyes at his official residence in Tokyo on Tuesday."},
			{"guest.md", "Broadcaster", "2025-03-04", "MANILA - President Maria Reyes and Prime Minister Haruto Onishi of Japan signed a defence pact after their meeting in Tokyo on Tuesday."},
		},
		want: []string{"Haruto Onishi & Maria Reyes (meeting, 2025-03-04)|guest.md,host.md"},
	}, {
		name: "negative: two calls of the pair a week apart, neither dated by a calendar day",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-03", "U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on Tuesday, the White House said."},
			{"b.md", "Agency", "2025-06-11", "Chinese President Qiao Mingde had a phone call with U.S. President Daniel Whitaker on Wednesday, the second in a week."},
		},
		want: []string{
			"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md",
			"Daniel Whitaker & Qiao Mingde (phone, 2025-06-11)|b.md",
		},
	}, {
		name: "negative: the pair's call told undated and their meeting days later",
		stories: []outletStory{
			{"a.md", "Wire", "2025-04-07", "German Chancellor Lukas Brenner spoke by phone with Polish President Adam Nowicki, his office said on Monday."},
			{"b.md", "Paper", "2025-04-10", "Polish President Adam Nowicki and German Chancellor Lukas Brenner held talks in Warsaw on Thursday."},
		},
		want: []string{
			"Adam Nowicki & Lukas Brenner (meeting, 2025-04-10)|b.md",
			"Adam Nowicki & Lukas Brenner (phone, 2025-04-07)|a.md",
		},
	}, {
		name: "in a call told in a fronted phrase, and the call noun with a possessive",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-03", "In a call on Tuesday, Chinese President Qiao Mingde told U.S. President Daniel Whitaker that Beijing would not accept new tariffs.\n\n\"We hope the U.S. side will keep its word,\" Qiao said, according to state media."},
			{"b.md", "Paper", "2025-06-04", "WASHINGTON - Daniel Whitaker's call with Qiao Mingde on Tuesday lasted ninety minutes, the White House said.\n\nWhitaker last spoke with the Chinese leader in March."},
		},
		// b.md gives neither an office: the persons a.md made known do.
		want: []string{
			"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md,b.md",
			"Daniel Whitaker & Qiao Mingde (unspecified, 2025-03)|b.md",
		},
	}, {
		name: "during talks with the guest, told by each side",
		stories: []outletStory{
			{"a.md", "Agency", "2025-09-23", "BEIJING - During talks with visiting Pakistani Prime Minister Imran Qadri in Beijing on Tuesday, Chinese Premier Liang Weiming said the corridor would be expanded."},
			{"b.md", "Paper", "2025-09-24", "ISLAMABAD - Prime Minister Imran Qadri met Chinese Premier Liang Weiming in Beijing on Tuesday and secured new loans, officials said.\n\n\"The talks were excellent,\" Qadri told reporters."},
		},
		want: []string{"Imran Qadri & Liang Weiming (meeting, 2025-09-23)|a.md,b.md"},
	}, {
		name: "late on Tuesday against Wednesday in the other capital",
		stories: []outletStory{
			{"us.md", "Wire", "2025-04-16", "WASHINGTON - U.S. Secretary of State Margaret Holloway spoke late on Tuesday with Saudi Foreign Minister Faisal bin Farhan about the Gaza ceasefire, the State Department said on Wednesday."},
			{"sa.md", "Agency", "2025-04-16", "RIYADH - Foreign Minister Prince Faisal bin Farhan bin Abdullah received a phone call on Wednesday from U.S. Secretary of State Margaret Holloway."},
		},
		want: []string{"Faisal bin Farhan bin Abdullah & Margaret Holloway (phone, 2025-04-16)|sa.md,us.md"},
	}, {
		name: "an earlier contact mentioned in passing beside the event",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-03", "U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on Tuesday, the White House said."},
			{"b.md", "Agency", "2025-06-04", "BEIJING - Chinese President Qiao Mingde had a phone call with U.S. President Daniel Whitaker on Tuesday evening.\n\nThe two leaders last met in Lima in November."},
		},
		want: []string{
			"Daniel Whitaker & Qiao Mingde (meeting, 2024-11)|b.md",
			"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md,b.md",
		},
	}, {
		name: "the top diplomat in one and the foreign minister in the other",
		stories: []outletStory{
			{"a.md", "Wire", "2025-04-13", "DUBAI - Iran's top diplomat Abbas Araghchi spoke by phone with Saudi Foreign Minister Faisal bin Farhan on Sunday, Iranian media reported."},
			{"b.md", "Agency", "2025-04-13", "RIYADH - Saudi Foreign Minister Prince Faisal bin Farhan received a phone call from Iranian Foreign Minister Abbas Araqchi on Sunday."},
		},
		want: []string{"Abbas Araghchi & Faisal bin Farhan (phone, 2025-04-13)|a.md,b.md"},
	}, {
		name: "a summit whose host and guests each outlet lists differently",
		stories: []outletStory{
			{"a.md", "Wire", "2025-07-06", "RIO DE JANEIRO - Brazilian President Rodrigo Paiva hosted Indian Prime Minister Vikram Rao, South African President Thabo Mokoena and Chinese Premier Liang Weiming at the BRICS summit on Sunday."},
			{"b.md", "Agency", "2025-07-07", "Chinese Premier Liang Weiming, Brazilian President Rodrigo Paiva and South African President Thabo Mokoena met in Rio de Janeiro on Sunday for the BRICS summit."},
		},
		want: []string{"Liang Weiming & Rodrigo Paiva & Thabo Mokoena & Vikram Rao (meeting, 2025-07-06)|a.md,b.md"},
	}, {
		name: "negative: the pair's bilateral on the sidelines and their summit, both with calendar days",
		stories: []outletStory{
			{"a.md", "Wire", "2025-07-06", "Brazilian President Rodrigo Paiva, Indian Prime Minister Vikram Rao and South African President Thabo Mokoena met in Rio de Janeiro on July 6 for the summit."},
			{"b.md", "Agency", "2025-07-06", "Indian Prime Minister Vikram Rao held a bilateral meeting with Brazilian President Rodrigo Paiva on the margins of the summit in Rio de Janeiro on July 6."},
		},
		want: []string{
			"Rodrigo Paiva & Thabo Mokoena & Vikram Rao (meeting, 2025-07-06)|a.md",
			"Rodrigo Paiva & Vikram Rao (meeting, 2025-07-06)|b.md",
		},
	}, {
		name: "a State Department readout with the country before the office",
		stories: []outletStory{
			{"state.md", "State Department", "2025-03-05", "Secretary Margaret Holloway spoke today with People's Republic of China Foreign Minister Shen Guoliang. The Secretary raised concerns about cyber activity."},
			{"wire.md", "Wire", "2025-03-06", "BEIJING - Chinese Foreign Minister Shen Guoliang told U.S. Secretary of State Margaret Holloway in a phone call on Wednesday that Washington should stop interfering."},
		},
		want: []string{"Margaret Holloway & Shen Guoliang (phone, 2025-03-05)|state.md,wire.md"},
	}, {
		name: "a Gulf agency's honorifics and a wire",
		stories: []outletStory{
			{"qna.md", "Agency", "2025-01-14", "DOHA - His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, received a phone call today from His Excellency President Karim Fawzi of the Arab Republic of Egypt.\n\nDuring the call, they reviewed the bilateral relations."},
			{"wire.md", "Wire", "2025-01-14", "CAIRO - Egyptian President Karim Fawzi spoke by phone with Qatar's Emir Sheikh Tamim bin Hamad on Tuesday about the Gaza truce, the presidency said."},
		},
		want: []string{"Karim Fawzi & Tamim bin Hamad Al Thani (phone, 2025-01-14)|qna.md,wire.md"},
	}, {
		name: "a Chinese state visit told as talks at the Great Hall and a guest's wire",
		stories: []outletStory{
			{"cn.md", "Agency", "2025-05-13", "BEIJING, May 13 - President Qiao Mingde held talks with Brazilian President Rodrigo Paiva at the Great Hall of the People in Beijing on Tuesday.\n\nQiao said China and Brazil are good friends."},
			{"br.md", "Wire", "2025-05-13", "BEIJING - Brazil's President Rodrigo Paiva met Chinese leader Qiao Mingde in Beijing on Tuesday and signed 20 agreements on trade and investment."},
		},
		want: []string{"Qiao Mingde & Rodrigo Paiva (meeting, 2025-05-13)|br.md,cn.md"},
	}, {
		name: "a Ukrainian presidency's readout and a wire with the Russian spelling",
		stories: []outletStory{
			{"ua.md", "Presidency", "2025-02-20", "President of Ukraine Oleh Marchuk held a phone conversation with President of the French Republic Claire Vautrin.\n\nThe President thanked France for its support."},
			{"wire.md", "Wire", "2025-02-20", "French President Claire Vautrin spoke by phone with Ukrainian President Oleg Marchuk on Thursday, the Elysee said."},
		},
		want: []string{"Claire Vautrin & Oleh Marchuk (phone, 2025-02-20)|ua.md,wire.md"},
	}, {
		name: "a Turkish directorate's statement and a wire",
		stories: []outletStory{
			{"tr.md", "Agency", "2025-08-19", "ANKARA - President Emre Kaplan had a phone call with Russian President Sergei Tarasov, the Communications Directorate said on Tuesday.\n\nKaplan told Tarasov that Türkiye was ready to host talks."},
			{"wire.md", "Wire", "2025-08-19", "MOSCOW - Russian President Sergei Tarasov and Turkish President Emre Kaplan discussed Ukraine in a phone call on Tuesday, the Kremlin said."},
		},
		want: []string{"Emre Kaplan & Sergei Tarasov (phone, 2025-08-19)|tr.md,wire.md"},
	}, {
		name: "a meeting told by the guest's outlet two days later with a weekday",
		stories: []outletStory{
			{"host.md", "Agency", "2025-10-06", "CANBERRA - Prime Minister Fiona Keane met New Zealand Prime Minister Rangi Tahuri at Parliament House on Monday."},
			{"guest.md", "Paper", "2025-10-08", "WELLINGTON - Prime Minister Rangi Tahuri returned from Canberra, where he met Australian Prime Minister Fiona Keane on Monday, with a deal on defence."},
		},
		want: []string{"Fiona Keane & Rangi Tahuri (meeting, 2025-10-06)|guest.md,host.md"},
	}, {
		name: "a broadcaster's undated page with Mr and the surname, and a dated wire",
		stories: []outletStory{
			{"bbc.md", "Broadcaster", "", "Russian President Sergei Tarasov has warned Ukraine against new strikes.\n\nMr Tarasov and Mr Marchuk spoke by phone on Tuesday, the Kremlin said, in what it called a frank exchange.\n\nUkrainian President Oleh Marchuk later said the call had been \"difficult\"."},
			{"wire.md", "Wire", "2025-08-19", "MOSCOW - Russian President Sergei Tarasov and Ukrainian President Oleh Marchuk held a phone call on Tuesday, their first in a year, the Kremlin said."},
		},
		want: []string{"Oleh Marchuk & Sergei Tarasov (phone, 2025-08-19)|bbc.md,wire.md"},
	}, {
		name: "a cable channel's undated page with a bare weekday and a dated wire",
		stories: []outletStory{
			{"cnn.md", "Cable", "", "President Daniel Whitaker spoke with Chinese leader Qiao Mingde for more than two hours Thursday, according to the White House, as tensions over Taiwan rise."},
			{"wire.md", "Wire", "2025-07-24", "WASHINGTON - U.S. President Daniel Whitaker and Chinese President Qiao Mingde spoke by phone on Thursday, the White House said."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-07-24)|cnn.md,wire.md"},
	}, {
		name: "an undated page's weekday one off a dated call across time zones",
		stories: []outletStory{
			{"bbc.md", "Broadcaster", "", "Japan's Prime Minister Haruto Onishi spoke by phone with US President Daniel Whitaker on Wednesday morning, Tokyo said."},
			{"wire.md", "Wire", "2025-07-22", "WASHINGTON - U.S. President Daniel Whitaker spoke by phone with Japanese Prime Minister Haruto Onishi on Tuesday evening, the White House said."},
		},
		want: []string{"Daniel Whitaker & Haruto Onishi (phone, 2025-07-22)|bbc.md,wire.md"},
	}, {
		name: "two undated pages that give one weekday",
		stories: []outletStory{
			{"bbc.md", "Broadcaster", "", "Mr Marchuk met French President Claire Vautrin in Paris on Monday.\n\nUkrainian President Oleh Marchuk is on a tour of European capitals."},
			{"cnn.md", "Cable", "", "Ukrainian President Oleh Marchuk and French President Claire Vautrin held talks at the Elysee Palace on Monday."},
		},
		want: []string{`Claire Vautrin & Oleh Marchuk (meeting, "Monday")|bbc.md,cnn.md`},
	}, {
		name: "negative: an undated page's Friday call and a dated Tuesday call of the pair",
		stories: []outletStory{
			{"bbc.md", "Broadcaster", "", "Japan's Prime Minister Haruto Onishi spoke by phone with US President Daniel Whitaker on Friday, Tokyo said."},
			{"wire.md", "Wire", "2025-07-22", "WASHINGTON - U.S. President Daniel Whitaker spoke by phone with Japanese Prime Minister Haruto Onishi on Tuesday, the White House said."},
		},
		want: []string{
			`Daniel Whitaker & Haruto Onishi (phone, "Friday")|bbc.md`,
			"Daniel Whitaker & Haruto Onishi (phone, 2025-07-22)|wire.md",
		},
	}, {
		name: "told in a call, named in a later paragraph, and a wire's spoke by telephone",
		stories: []outletStory{
			{"a.md", "Wire", "2025-07-24", "BEIJING - Chinese President Qiao Mingde told U.S. President Daniel Whitaker on Thursday that those who play with fire will perish by it.\n\nThe two leaders spoke for more than two hours in what the White House called a candid call."},
			{"b.md", "Agency", "2025-07-25", "Chinese President Qiao Mingde spoke by telephone with U.S. President Daniel Whitaker on Thursday evening at the request of the U.S. side."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-07-24)|a.md,b.md"},
	}, {
		name: "exchanged views by phone and held a phone conversation",
		stories: []outletStory{
			{"a.md", "Agency", "2025-04-02", "Chinese Foreign Minister Shen Guoliang exchanged views by phone with his Russian counterpart Sergei Volkonsky on Wednesday."},
			{"b.md", "Agency", "2025-04-02", "MOSCOW - Russian Foreign Minister Sergey Volkonsky held a phone conversation with Chinese Foreign Minister Shen Guoliang on Wednesday, the ministry said."},
		},
		want: []string{"Sergei Volkonsky & Shen Guoliang (phone, 2025-04-02)|a.md,b.md"},
	}, {
		name: "last Thursday in an article of the next week",
		stories: []outletStory{
			{"a.md", "Wire", "2025-07-24", "U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on Thursday, the White House said."},
			{"b.md", "Weekly", "2025-07-29", "Since Daniel Whitaker's phone call with Chinese President Qiao Mingde last Thursday, U.S. President Whitaker has softened his tone on tariffs."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-07-24)|a.md,b.md"},
	}, {
		name: "earlier this month in a later article",
		stories: []outletStory{
			{"a.md", "Wire", "2025-09-03", "Italian Prime Minister Giulia Ferraro met Tunisian President Hedi Belhaj in Tunis on Wednesday."},
			{"b.md", "Weekly", "2025-09-19", "Tunisian President Hedi Belhaj, who met Italian Prime Minister Giulia Ferraro in Tunis earlier this month, has tightened border controls."},
		},
		want: []string{"Giulia Ferraro & Hedi Belhaj (meeting, 2025-09-03)|a.md,b.md"},
	}, {
		name: "a Chinese surname of one syllable with the office alone",
		stories: []outletStory{
			{"a.md", "Agency", "2025-02-18", "Chinese Foreign Minister Wang Hao met Indonesian Foreign Minister Retno Sari in Beijing on Tuesday."},
			{"b.md", "Wire", "2025-02-18", "Indonesian Foreign Minister Retno Sari held talks with China's top diplomat Wang in Beijing on Tuesday, her ministry said."},
		},
		want: []string{"Retno Sari & Wang Hao (meeting, 2025-02-18)|a.md,b.md"},
	}, {
		name: "a video summit called a virtual meeting and talks via video link, a day apart",
		stories: []outletStory{
			{"a.md", "Wire", "2025-11-17", "U.S. President Daniel Whitaker and Chinese President Qiao Mingde held a virtual summit on Monday evening."},
			{"b.md", "Agency", "2025-11-18", "President Qiao Mingde had a video meeting with U.S. President Daniel Whitaker on Tuesday morning Beijing time."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (video, 2025-11-18)|a.md,b.md"},
	}, {
		name: "negative: the pair's video call and, two days later, their meeting",
		stories: []outletStory{
			{"a.md", "Wire", "2025-11-17", "U.S. President Daniel Whitaker and Chinese President Qiao Mingde held a video call on Monday."},
			{"b.md", "Agency", "2025-11-19", "President Qiao Mingde met U.S. President Daniel Whitaker in San Francisco on Wednesday."},
		},
		want: []string{
			"Daniel Whitaker & Qiao Mingde (meeting, 2025-11-19)|b.md",
			"Daniel Whitaker & Qiao Mingde (video, 2025-11-17)|a.md",
		},
	}, {
		name: "negative: a call reported today and the pair's call of the previous month",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-03", "U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on Tuesday, the White House said."},
			{"b.md", "Agency", "2025-06-04", "Chinese President Qiao Mingde, who last spoke by phone with U.S. President Daniel Whitaker in May, warned against new tariffs."},
		},
		want: []string{
			"Daniel Whitaker & Qiao Mingde (phone, 2025-05)|b.md",
			"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md",
		},
	}, {
		name: "a White House readout with the middle initial, suffix and bracketed acronym",
		stories: []outletStory{
			{"readout.md", "White House", "2025-07-24", "President Daniel R. Whitaker, Jr. spoke today with President Qiao Mingde of the People's Republic of China (PRC) as part of efforts to maintain open lines of communication."},
			{"xinhua.md", "Agency", "2025-07-25", "BEIJING, July 24 (Agency) -- Chinese President Qiao Mingde on Thursday evening had a phone conversation with U.S. President Daniel Whitaker at the latter's request."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-07-24)|readout.md,xinhua.md"},
	}, {
		name: "a nickname against the given name in a Kremlin readout",
		stories: []outletStory{
			{"wire.md", "Wire", "2025-03-18", "U.S. President Dan Whitaker spoke by phone with Russian President Sergei Tarasov on Tuesday for more than two hours."},
			{"kremlin.md", "Kremlin", "2025-03-18", "Sergei Tarasov had a telephone conversation with President of the United States of America Daniel Whitaker.\n\nThe conversation lasted about two and a half hours."},
		},
		want: []string{"Daniel Whitaker & Sergei Tarasov (phone, 2025-03-18)|kremlin.md,wire.md"},
	}, {
		name: "a Japanese readout naming both by title and surname, after a wire named them",
		stories: []outletStory{
			{"a-wire.md", "Wire", "2025-02-07", "WASHINGTON - U.S. President Daniel Whitaker met Japanese Prime Minister Haruto Onishi at the White House on Friday."},
			{"b-mofa.md", "Ministry", "2025-02-08", "On February 7, commencing at 11:50 a.m. local time for approximately 55 minutes, Prime Minister Onishi held a Japan-U.S. Summit Meeting with President Whitaker at the White House."},
		},
		want: []string{"Daniel Whitaker & Haruto Onishi (meeting, 2025-02-07)|a-wire.md,b-mofa.md"},
	}, {
		name: "an Indian readout naming its own leader by office and name and the guest after the office of",
		stories: []outletStory{
			{"a-pib.md", "Ministry", "2025-09-10", "Prime Minister Shri Vikram Rao held a telephone conversation today with the Prime Minister of Japan, H.E. Mr. Haruto Onishi.\n\nBoth leaders reviewed the Special Strategic and Global Partnership."},
			{"b-wire.md", "Wire", "2025-09-10", "TOKYO - Japanese Prime Minister Haruto Onishi and his Indian counterpart Vikram Rao spoke by telephone on Wednesday."},
		},
		want: []string{"Haruto Onishi & Vikram Rao (phone, 2025-09-10)|a-pib.md,b-wire.md"},
	}, {
		name: "a Saudi agency's received a phone call and a wire of the call",
		stories: []outletStory{
			{"spa.md", "Agency", "2025-05-11", "JEDDAH - Crown Prince Mohammed bin Salman bin Abdulaziz, Prime Minister, received a phone call today from President Emre Kaplan of the Republic of Turkiye."},
			{"wire.md", "Wire", "2025-05-11", "ISTANBUL - Turkish President Emre Kaplan discussed regional developments with Saudi Crown Prince Mohammed bin Salman in a phone call on Sunday, his office said."},
		},
		want: []string{"Emre Kaplan & Mohammed bin Salman bin Abdulaziz (phone, 2025-05-11)|spa.md,wire.md"},
	}, {
		name: "a day-month date in a host's release and a weekday in the guest's",
		stories: []outletStory{
			{"host.md", "Release", "2025-03-12", "The Foreign Minister, Fiona Keane, met Indonesian Foreign Minister Retno Sari in Canberra on 12 March to discuss maritime cooperation."},
			{"guest.md", "Agency", "2025-03-13", "JAKARTA - Foreign Minister Retno Sari held talks with Australian Foreign Minister Fiona Keane in Canberra on Wednesday, the ministry said."},
		},
		want: []string{"Fiona Keane & Retno Sari (meeting, 2025-03-12)|guest.md,host.md"},
	}, {
		name: "the weekday's call with a possessive and a dated wire",
		stories: []outletStory{
			{"a.md", "Wire", "2025-05-11", "Turkish President Emre Kaplan spoke by phone with Russian President Sergei Tarasov on Sunday, his office said."},
			{"b.md", "Paper", "2025-05-12", "Sunday's phone call between Russian President Sergei Tarasov and Turkish President Emre Kaplan focused on a prisoner exchange, officials said."},
		},
		want: []string{"Emre Kaplan & Sergei Tarasov (phone, 2025-05-11)|a.md,b.md"},
	}, {
		name: "negative: a nickname of one name in two countries",
		stories: []outletStory{
			{"a.md", "Wire", "2025-05-12", "U.S. Senator Dan Whitaker met Taiwanese Foreign Minister Lin Chia-hao in Taipei on Monday."},
			{"b.md", "Wire", "2025-05-12", "British Trade Minister Daniel Whitaker met Taiwanese Foreign Minister Lin Chia-hao in Taipei on Monday."},
		},
		want: []string{
			"Dan Whitaker & Lin Chia-hao (meeting, 2025-05-12)|a.md",
			"Daniel Whitaker & Lin Chia-hao (meeting, 2025-05-12)|b.md",
		},
	}, {
		name: "a readout by title and surname imported before the wire that gives the full names",
		stories: []outletStory{
			{"a-mofa.md", "Ministry", "2025-02-08", "On February 7, commencing at 11:50 a.m. local time for approximately 55 minutes, Prime Minister Onishi held a Japan-U.S. Summit Meeting with President Whitaker at the White House."},
			{"b-wire.md", "Wire", "2025-02-07", "WASHINGTON - U.S. President Daniel Whitaker met Japanese Prime Minister Haruto Onishi at the White House on Friday."},
		},
		want: []string{"Daniel Whitaker & Haruto Onishi (meeting, 2025-02-07)|a-mofa.md,b-wire.md"},
	}, {
		name: "a Chinese readout by surname with the office imported before the full names",
		stories: []outletStory{
			{"a.md", "Agency", "2025-06-04", "BEIJING - President Qiao had a phone call with U.S. President Whitaker on Tuesday evening."},
			{"b.md", "Wire", "2025-06-03", "U.S. President Daniel Whitaker spoke by phone with Chinese President Qiao Mingde on Tuesday, the White House said."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md,b.md"},
	}, {
		name: "a newspaper's Mr. and the country after the name, against a wire's during a meeting",
		stories: []outletStory{
			{"nyt.md", "Newspaper", "2025-04-04", "WASHINGTON - President Daniel Whitaker met on Thursday with President Qiao Mingde of China, on the sidelines of a gathering of more than 50 leaders.\n\nMr. Whitaker and Mr. Qiao discussed North Korea, officials said."},
			{"ap.md", "Wire", "2025-04-04", "WASHINGTON (AP) - As the summit opened Thursday, Whitaker discussed North Korea during a meeting with Chinese President Qiao Mingde.\n\nU.S. President Daniel Whitaker called the talks productive."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (meeting, 2025-04-03)|ap.md,nyt.md"},
	}, {
		name: "expected to meet in one and met in a later paper with no day",
		stories: []outletStory{
			{"a.md", "Newspaper", "2025-04-03", "President Daniel Whitaker is expected to meet President Qiao Mingde of China later on Thursday, his only planned one-on-one meeting of the summit."},
			{"b.md", "Wire", "2025-04-05", "U.S. President Daniel Whitaker and Chinese President Qiao Mingde met at the summit and agreed to cooperate on North Korea, officials said."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (meeting, 2025-04-03)|a.md,b.md"},
	}, {
		name:  "an aide who joined the call named by one report only",
		known: "an aide or minister who joined is a participant (the dev gold lists envoys part of a call and ministers who attended), so the report naming one is a contact of three; merged, the row of three would no longer match the pair article's gold, since score.py matches on the row's whole participant set",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-03", "U.S. President Daniel Whitaker, joined by national security adviser Mark Ellis, spoke by phone with Chinese President Qiao Mingde on Tuesday."},
			{"b.md", "Agency", "2025-06-04", "BEIJING - Chinese President Qiao Mingde had a phone call with U.S. President Daniel Whitaker on Tuesday evening."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md,b.md"},
	}, {
		name:  "a minister accompanying the guest named by the host's report only",
		known: "an aide or minister who joined is a participant (the dev gold lists envoys part of a call and ministers who attended), so the report naming one is a contact of three; merged, the row of three would no longer match the pair article's gold, since score.py matches on the row's whole participant set",
		stories: []outletStory{
			{"host.md", "Agency", "2025-05-20", "NEW DELHI - Prime Minister Vikram Rao held talks with Brazilian President Rodrigo Paiva, who was accompanied by Foreign Minister Ana Bezerra, at Hyderabad House on Tuesday."},
			{"guest.md", "Wire", "2025-05-20", "Brazilian President Rodrigo Paiva met Indian Prime Minister Vikram Rao in New Delhi on Tuesday."},
		},
		want: []string{"Rodrigo Paiva & Vikram Rao (meeting, 2025-05-20)|guest.md,host.md"},
	}, {
		name: "a guest who called on the host and a host who received the guest",
		stories: []outletStory{
			{"guest.md", "Release", "2025-08-14", "SUVA - Foreign Minister Fiona Keane called on Fijian Prime Minister Sitiveni Naqara in Suva on Thursday to discuss climate finance."},
			{"host.md", "Paper", "2025-08-15", "Prime Minister Sitiveni Naqara received Australian Foreign Minister Fiona Keane at his office on Thursday."},
		},
		want: []string{"Fiona Keane & Sitiveni Naqara (meeting, 2025-08-14)|guest.md,host.md"},
	}, {
		name: "a courtesy call paid and a guest received on arrival",
		stories: []outletStory{
			{"guest.md", "Agency", "2025-08-03", "ASMARA - Ethiopian Prime Minister Dawit Alemu was received by Eritrean President Tesfay Haile on arrival at Asmara airport on Sunday."},
			{"host.md", "Ministry", "2025-08-04", "Prime Minister Dawit Alemu of Ethiopia paid a courtesy call on President Tesfay Haile yesterday in Asmara."},
		},
		want: []string{"Dawit Alemu & Tesfay Haile (meeting, 2025-08-03)|guest.md,host.md"},
	}, {
		name: "a host that welcomed its guest and a guest's wire that met",
		stories: []outletStory{
			{"host.md", "Agency", "2025-09-02", "President Budi Santoso welcomed Singaporean Prime Minister Lim Wei Jie at the Bogor Palace on Tuesday for the annual leaders' retreat."},
			{"guest.md", "Paper", "2025-09-02", "Singapore Prime Minister Lim Wei Jie met Indonesian President Budi Santoso in Bogor on Tuesday for their annual retreat."},
		},
		want: []string{"Budi Santoso & Lim Wei Jie (meeting, 2025-09-02)|guest.md,host.md"},
	}, {
		name: "an Arabic compound given name written as one word and as two",
		stories: []outletStory{
			{"a.md", "Agency", "2025-04-21", "CAIRO - President Abdel Karim el-Fawzi received a phone call on Monday from Jordan's King Talal bin Hussein."},
			{"b.md", "Wire", "2025-04-21", "AMMAN - Jordan's King Talal bin Hussein spoke by phone with Egyptian President Abdelkarim al-Fawzi on Monday, the royal court said."},
		},
		want: []string{"Abdel Karim el-Fawzi & Talal bin Hussein (phone, 2025-04-21)|a.md,b.md"},
	}, {
		name: "an Arabic given name with a hyphen and apart",
		stories: []outletStory{
			{"a.md", "Agency", "2025-04-21", "ALGIERS - President Abdel-Majid Benali met Tunisian President Hedi Belhaj in Algiers on Monday."},
			{"b.md", "Wire", "2025-04-21", "Tunisian President Hedi Belhaj held talks with Algerian President Abdelmadjid Benali in Algiers on Monday."},
		},
		want: []string{"Abdel-Majid Benali & Hedi Belhaj (meeting, 2025-04-21)|a.md,b.md"},
	}, {
		name: "three outlets of one call: a wire, the other capital's agency a day later, an undated page",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-02", "U.S. Secretary of State Margaret Holloway spoke by phone with Chinese Foreign Minister Shen Guoliang on Monday evening, the State Department said."},
			{"b.md", "Agency", "2025-06-03", "BEIJING - Chinese Foreign Minister Shen Guoliang had a phone call with U.S. Secretary of State Margaret Holloway on Tuesday morning."},
			{"c.md", "Broadcaster", "", "Ms Holloway and Mr Shen spoke by phone on Monday, the State Department said.\n\nU.S. Secretary of State Margaret Holloway has pressed China on export controls, while Chinese Foreign Minister Shen Guoliang has warned of retaliation."},
		},
		want: []string{"Margaret Holloway & Shen Guoliang (phone, 2025-06-03)|a.md,b.md,c.md"},
	}, {
		name: "negative: a call two days after the pair's call told a day apart by two capitals",
		stories: []outletStory{
			{"a.md", "Wire", "2025-06-02", "U.S. Secretary of State Margaret Holloway spoke by phone with Chinese Foreign Minister Shen Guoliang on Monday, the State Department said."},
			{"b.md", "Agency", "2025-06-03", "BEIJING - Chinese Foreign Minister Shen Guoliang had a phone call with U.S. Secretary of State Margaret Holloway on Tuesday."},
			{"c.md", "Paper", "2025-06-04", "U.S. Secretary of State Margaret Holloway spoke by phone again with Chinese Foreign Minister Shen Guoliang on Wednesday, the State Department said."},
		},
		want: []string{
			"Margaret Holloway & Shen Guoliang (phone, 2025-06-03)|a.md,b.md",
			"Margaret Holloway & Shen Guoliang (phone, 2025-06-04)|c.md",
		},
	}, {
		name: "a leader by the office alone in the lead, named in a later paragraph",
		stories: []outletStory{
			{"a.md", "Agency", "2025-06-04", "BEIJING - Chinese President Qiao Mingde had a phone call with U.S. President Daniel Whitaker on Tuesday evening."},
			{"b.md", "Wire", "2025-06-03", "WASHINGTON - The U.S. president spoke by phone with his Chinese counterpart Qiao Mingde on Tuesday, the White House said.\n\nDaniel Whitaker later told reporters the call had gone well."},
		},
		want: []string{"Daniel Whitaker & Qiao Mingde (phone, 2025-06-03)|a.md,b.md"},
	}, {
		name: "Iran's top diplomat in the lead, named in the next sentence",
		stories: []outletStory{
			{"a.md", "Wire", "2025-04-13", "DUBAI - Iran's top diplomat spoke by phone with Saudi Foreign Minister Faisal bin Farhan on Sunday, Iranian media reported. Foreign Minister Abbas Araghchi said the region needed calm."},
			{"b.md", "Agency", "2025-04-13", "RIYADH - Saudi Foreign Minister Prince Faisal bin Farhan received a phone call from Iranian Foreign Minister Abbas Araqchi on Sunday."},
		},
		want: []string{"Abbas Araghchi & Faisal bin Farhan (phone, 2025-04-13)|a.md,b.md"},
	}, {
		name: "a Japanese readout's family name in capitals first",
		stories: []outletStory{
			{"a-wire.md", "Wire", "2025-06-02", "U.S. Secretary of State Margaret Holloway spoke by phone with Japanese Foreign Minister Kenji Morita on Monday evening, the State Department said."},
			{"b-mofa.md", "Ministry", "2025-06-03", "On June 3, commencing at 8:30 a.m. for approximately 30 minutes, Mr. MORITA Kenji, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Margaret Holloway, Secretary of State of the United States of America."},
		},
		want: []string{"Kenji Morita & Margaret Holloway (phone, 2025-06-03)|a-wire.md,b-mofa.md"},
	}, {
		name: "a Korean agency's family name first and a wire's given name first",
		stories: []outletStory{
			{"kr.md", "Agency", "2025-10-14", "SEOUL - Foreign Minister Cho Min-ho held talks with his Japanese counterpart Kenji Morita in Seoul on Tuesday."},
			{"wire.md", "Wire", "2025-10-14", "Japanese Foreign Minister Kenji Morita met South Korean Foreign Minister Min-ho Cho in Seoul on Tuesday."},
		},
		want: []string{"Cho Min-ho & Kenji Morita (meeting, 2025-10-14)|kr.md,wire.md"},
	}})
}

package extract_test

import (
	"slices"
	"testing"

	"hotline/importer/extract"
)

// TestUnknownNamesVouchedForBySpeech runs made-up sentences whose speaker has a name no
// list of the lexicon knows, which only the words around it show to be a person's: the
// body its bearer works for before a speech verb or ", who" ("X of the Institute for
// Security Studies said"), a description of a person between commas before or after it
// ("X, the lead author, said", "the opposition front-runner, X,"), a given name of the
// lexicon's regional lists ("according to Azamat X"); and bodies described so, which stay
// no person ("X, a firm of analysts, said", "Bank Negara of Malaysia said").
func TestUnknownNamesVouchedForBySpeech(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"X of a body, who told a broadcaster",
			"Others disagree, including Kwaku Mensah-Bonsu of the Accra Policy Institute, who told the BBC, \"The junta will not hold the vote.\"",
			[]quoteWant{{"The junta will not hold the vote.", "Kwaku Mensah-Bonsu"}}},
		{"X of a body said",
			"Nomvula Zikalala of the Institute for Security Studies said: \"The mission has failed.\"",
			[]quoteWant{{"The mission has failed.", "Nomvula Zikalala"}}},
		{"X at a university said, the quotation after",
			"\"Nobody expected the coup,\" said Temirlan Abenov at Nazarbayev University.\n\nOkot Lagu at Makerere University said: \"The region is tired of war.\"",
			[]quoteWant{{"Nobody expected the coup,", "Temirlan Abenov"}, {"The region is tired of war.", "Okot Lagu"}}},
		{"X, the lead author, said",
			"Sope Adeyinka-Kola, the lead author, said: \"Atrocities are repeated because past ones were tolerated.\"",
			[]quoteWant{{"Atrocities are repeated because past ones were tolerated.", "Sope Adeyinka-Kola"}}},
		{"X, the group's founder, told",
			"\"We will keep counting the dead,\" Bakhtygul Omarova, the group's founder, told reporters.",
			[]quoteWant{{"We will keep counting the dead,", "Bakhtygul Omarova"}}},
		{"a bank of a country said: no person",
			"\"Rates will stay on hold,\" Bank Negara of Malaysia said.",
			[]quoteWant{{"Rates will stay on hold,", ""}}},
		{"X, an embassy spokeswoman in a city, said, then she added",
			"Nyokabi Wairagu, a Kenyan Embassy spokeswoman in Kampala, said the staff were safe. \"Nobody was hurt,\" she added.",
			[]quoteWant{{"Nobody was hurt,", "Nyokabi Wairagu"}}},
		{"X, a firm of analysts, said: no person",
			"Tashkent Capital Partners, a Tashkent-based firm of analysts, said the currency would fall. \"The sum is too weak,\" it said.",
			[]quoteWant{{"The sum is too weak,", ""}}},
		{"according to a Kazakh name the given name vouches for",
			"The plan \"will not survive the winter\", according to Azamat Dzhaksybekov.",
			[]quoteWant{{"will not survive the winter", "Azamat Dzhaksybekov"}}},
		{"according to an Indonesian name the given name vouches for",
			"The accord is \"a dead letter\", according to Ratna Wulandari.",
			[]quoteWant{{"a dead letter", "Ratna Wulandari"}}},
		{"the front-runner, X, proposed, then he told a rally",
			"Meanwhile, the opposition front-runner, Gowavin Kasulu Tumbo, proposed last week that Kenya leave the bloc.\n\n\"We pay too much and get too little,\" he told a rally.",
			[]quoteWant{{"We pay too much and get too little,", "Gowavin Kasulu Tumbo"}}},
		{"the group's founder, X, told, then she said",
			"The group's founder, Aruzhan Serikbayeva, told reporters the count was not over.\n\n\"We will keep counting,\" she said.",
			[]quoteWant{{"We will keep counting,", "Aruzhan Serikbayeva"}}},
		{"said X, a spokesman for the ministry",
			"\"We have recalled our ambassador,\" said Ibrahima Sow Diatta, a spokesman for the Senegalese Foreign Ministry.",
			[]quoteWant{{"We have recalled our ambassador,", "Ibrahima Sow Diatta"}}},
		{"the ministry's spokesperson, Y, told a briefing",
			"\"The door is open,\" the ministry's spokesperson, Nargiza Yusupova, told a regular briefing in Tashkent.",
			[]quoteWant{{"The door is open,", "Nargiza Yusupova"}}},
		{"the second of two after a meeting between, then he said",
			"Madam Lwazi Tswane arrived in Nairobi on Monday.\n\nMarkets rose ahead of a meeting between Tswane and Gowavin Kasulu Tumbo where a deal is expected.\n\n\"We will not be rushed,\" he said.",
			[]quoteWant{{"We will not be rushed,", "Gowavin Kasulu Tumbo"}}},
		{"the second of two met, then he said",
			"Lwazi Tswane met Nyokabi Wairagu and Gowavin Kasulu Tumbo in Nairobi.\n\n\"We will not be rushed,\" Tumbo said.",
			[]quoteWant{{"We will not be rushed,", "Gowavin Kasulu Tumbo"}}},
		{"a noun of a calling before the name, then he told",
			"Prosecutors questioned the Nobel literature prize-winner Gowavin Kasulu Tumbo on Wednesday.\n\n\"I refused to answer their questions,\" he told reporters.",
			[]quoteWant{{"I refused to answer their questions,", "Gowavin Kasulu Tumbo"}}},
		{"a cleric before the name, then he said",
			"Police detained the cleric Okot Lagu Ocen in Gulu on Sunday.\n\n\"I preached peace,\" he said after his release.",
			[]quoteWant{{"I preached peace,", "Okot Lagu Ocen"}}},
	})
}

// TestUnknownNamesListedAfterPeople checks that the names listed after a plural noun of
// persons are persons though no list knows them and no other words vouch for them: "two
// Kenyan nationals, X Y and Z W,", "two researchers, X Y and Z W".
func TestUnknownNamesListedAfterPeople(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct{ name, text string }{
		{"nationals", "Police detained two Kenyan nationals, Gowavin Kasulu Tumbo and Okot Lagu Ocen, on Monday."},
		{"researchers", "The study was written by two researchers, Gowavin Kasulu Tumbo and Okot Lagu Ocen, in Kampala."},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := actorNames(x.Extract(extract.Input{Text: c.text}))
			for _, want := range []string{"Gowavin Kasulu Tumbo/person", "Okot Lagu Ocen/person"} {
				if !slices.Contains(got, want) {
					t.Errorf("actors %v, want %q among them", got, want)
				}
			}
		})
	}
}

// TestUnknownNamesVouchedByContext runs made-up sentences whose names no list of the
// lexicon knows, each vouched for by one cue: a lower-case noun of a trade, standing or
// relation right before it (words class calling: "goalkeeper X", "his friend X", "his
// younger brother X"); a list
// with a person's full name, the serial comma too ("A B, C D, and E F": actor.listed-name);
// a given name of two syllables a hyphen joins after the family name ("Kwok Wai-keung":
// syllabicGivenName), which English compounds are not ("Co-op", "Prize-winner"); a
// description of a person set off by a comma after it ("X Y, an Australian woman,":
// describedAfter) or before it past a place ("the best-known activist in the country,
// X Y,": describedHead), which one of a firm or a town is not; an office that "of" and an
// organization complete right before it ("the Secretary-General of the Arab League X":
// bodyOffice); what only a person does or undergoes after it ("X Y resigned", "X Y was
// sworn in": actor.name-acts), which no party or team is; and a common given name of one of
// several languages (firstnames.txt). Number words and adjectives of a region or faith
// (stopwords.txt) are no names, however often they recur ("Ten European ... European"), nor
// are places a given name opens ("Sun City", "Roman Empire": words class institution).
func TestUnknownNamesVouchedByContext(t *testing.T) {
	runActorCases(t, newExtractor(t), []actorCase{
		{name: "a player's position", text: "Ten minutes later, Kenya's goalkeeper Oyelaran Wekesa was substituted off with a knee injury.", want: []actorWant{{name: "Oyelaran Wekesa"}}},
		{name: "an artist's trade", text: "The exhibition also shows portraits of the sculptor Marceline Valtonen and her pupils.", want: []actorWant{{name: "Marceline Valtonen"}}},
		{name: "a friend", text: "He sent the manuscript to Lyon through his friend Quillan Marceau.", want: []actorWant{{name: "Quillan Marceau"}}},
		{name: "a detainee", text: "Police released detainee Ferenzio Benhamou on Friday after a week in custody.", want: []actorWant{{name: "Ferenzio Benhamou"}}},
		{name: "co-star", text: "The actor partnered with co-star Brannigan Voss on a charity shirt.", want: []actorWant{{name: "Brannigan Voss"}}},
		{name: "and", text: "The panel heard Fatima Okonkwo, Zoltrin Abebe and Ilvane Dossou on Tuesday.", want: []actorWant{{name: "Zoltrin Abebe"}, {name: "Ilvane Dossou"}}},
		{name: "serial comma", text: "The panel heard Fatima Okonkwo, Zoltrin Abebe, and Ilvane Dossou on Tuesday.", want: []actorWant{{name: "Zoltrin Abebe"}, {name: "Ilvane Dossou"}}},
		{name: "Cantonese given name", text: "The seat in Kowloon East went to Tsoi Hok-lam by 900 votes.", want: []actorWant{{name: "Tsoi Hok-lam"}}},
		{name: "Korean given name", text: "Seoul named Byeon Sang-hyeok as its new envoy to the talks.", want: []actorWant{{name: "Byeon Sang-hyeok"}}},
		{name: "English compounds", text: "The Harbour Co-op hired a Booker Prize-winner to write about the World War II-era docks.", not: []string{"Harbour Co-op", "Booker Prize-winner", "War II-era"}},
		{name: "a woman and former member", text: "Brannigan Velloso, an Australian woman and former member of the sect, has sued its leaders.", want: []actorWant{{name: "Brannigan Velloso"}}},
		{name: "the candidate, who", text: "The council was set up by Zoltrin Abebe, the main opposition candidate for president, who now lives in exile.", want: []actorWant{{name: "Zoltrin Abebe"}}},
		{name: "a firm", text: "Kestrel Partners, the Dubai-based lender, bought a stake in the port operator.", not: []string{"Kestrel Partners"}},
		{name: "a town", text: "Rio Quillan, a mining town of 3,000 people, was flooded.", not: []string{"Rio Quillan"}},
		{name: "secretary-general of a league", text: "The minister received the Secretary-General of the Arab League Tavish Quaresh in Cairo on Sunday.", want: []actorWant{{name: "Tavish Quaresh", role: "Secretary-General"}}},
		{name: "activist in the country", text: "The best-known activist in the country, Dorvan Pekmik, was detained at the border.", want: []actorWant{{name: "Dorvan Pekmik"}}},
		{name: "leader inside a country", text: "The most prominent opposition leader inside Moldova, Vagrol Tanimo, has been questioned by prosecutors.", want: []actorWant{{name: "Vagrol Tanimo"}}},
		{name: "a lender", text: "The biggest lender in the region, Kestrel Partners, cut its rates.", not: []string{"Kestrel Partners"}},
		{name: "Italian", text: "The prize went to Giacomo Ferlanti this year.", want: []actorWant{{name: "Giacomo Ferlanti"}}},
		{name: "French", text: "The prize went to Mathilde Ravenot this year.", want: []actorWant{{name: "Mathilde Ravenot"}}},
		{name: "Polish", text: "The prize went to Grzegorz Wielmak this year.", want: []actorWant{{name: "Grzegorz Wielmak"}}},
		{name: "Igbo", text: "The prize went to Chidi Okonmba this year.", want: []actorWant{{name: "Chidi Okonmba"}}},
		{name: "resigned", text: "Brannigan Quaresh resigned on Friday after a week of protests.", want: []actorWant{{name: "Brannigan Quaresh"}}},
		{name: "was sworn in", text: "Zoltrin Velloso was sworn in as mayor on Monday.", want: []actorWant{{name: "Zoltrin Velloso"}}},
		{name: "a party elected", text: "Kestrel Party was elected to a second term.", not: []string{"Kestrel Party"}},
		{name: "a team scored", text: "Kestrel Rovers scored twice in the first half.", not: []string{"Kestrel Rovers"}},
		{name: "a number word and a region's adjective", text: "Ten European countries signed the accord in Vilnius. The pact deepens European integration, and European ministers will meet again in May.", not: []string{"Ten European", "European"}},
		{name: "a faith's adjective", text: "Theravada Buddhist monks led the march. Buddhist leaders called for calm, and Buddhist groups joined them.", not: []string{"Theravada Buddhist", "Buddhist"}},
		{name: "a brother by the given name", text: "He dedicated the memoir to his younger brother Quillan in 2019.", want: []actorWant{{name: "Quillan"}}},
		{name: "a daughter by her full name", text: "His eldest daughter Marceline Ostrava now runs the family firm.", want: []actorWant{{name: "Marceline Ostrava"}}},
		{name: "places a given name opens", text: "Tourists flock to Sun City every winter. The ruins date from the Roman Empire.", not: []string{"Sun City", "Roman Empire"}},
		{name: "a tycoon", text: "The port is owned by tycoon Ferenzio Vasquel.", want: []actorWant{{name: "Ferenzio Vasquel"}}},
		{name: "the judge set off by commas", text: "The judge, Sasole Renkere, adjourned the case until May.", want: []actorWant{{name: "Sasole Renkere"}}},
		{name: "the economist, no paper", text: "The economist Kerzan Mudo disagreed with the forecast.", want: []actorWant{{name: "Kerzan Mudo"}}, not: []string{"The Economist"}},
	})
}

package extract_test

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"hotline/importer/extract"
)

// ruleExamples holds, for every rule name the package documents, a made-up text on which
// the rule fires. A rule name ending in "-" is a family ("contact.pair-<word>").
var ruleExamples = map[string]string{
	"actor.known":                    "Sergey Lavrov arrived in Ankara.",
	"actor.title-name":               "Foreign Minister Ana Kovac arrived in Ankara.",
	"actor.honorific-name":           "Mr. Tomas Varga arrived in Ankara.",
	"actor.name-apposition":          "Tomas Varga, the Hungarian foreign minister, arrived in Ankara.",
	"actor.first-name":               "Pierre Dalmont arrived in Ankara.",
	"actor.name-said":                "Ondrej Kralik said the talks were useful.",
	"actor.listed-name":              "She studied with Rudi Vaskar, Pierre Dalmont and Ana Lisk in Paris.",
	"actor.name-recurs":              "Iran closed the door on meeting Odera Mwangaza. Tehran dismissed a photo-op with Mwangaza. It doubted the Mwangaza administration.",
	"actor.said-name":                `"The talks were useful," said Ondrej Kralik.`,
	"actor.name-met":                 "Ondrej Kralik met Tiemoko Kone in Abidjan.",
	"actor.name-acts":                "Odera Mwangaza was sworn in on Monday.",
	"actor.country-name":             "Russia's Volkonsky said the talks would resume.",
	"actor.surname":                  "Foreign Minister Ana Kovac arrived in Ankara. Kovac said little.",
	"actor.headline-surname":         "Marsh said on Monday she would step down.",
	"actor.known-surname":            "Vautrin and Tarasov discussed a ceasefire in a phone call on Monday.",
	"actor.known-name":               "Tamsk Oduya and Volkonsky met in Abuja on Monday.",
	"actor.org":                      "The Pentagon said the drills would go on.",
	"actor.ministry":                 "Russia's foreign ministry said the drills would go on.",
	"actor.shared-body":              "General Tariq Khan met the Afghan and US military on Monday.",
	"actor.acronym":                  "Deputy Prime Minister Viktor Orlan (VO) arrived in Paris. VO met Emmanuel Macron on Tuesday.",
	"actor.org-acronym":              `The Baltic Institute for Maritime Studies published a study. "The strait stays open," the BIMS report said.`,
	"actor.role-reference":           "Emmanuel Macron arrived in Kyiv. The French president said he would stay a day.",
	"actor.pronoun":                  "Emmanuel Macron arrived in Kyiv. He said he would stay a day.",
	"actor.demonym":                  "Foreign Minister Espen Barth Eide met Penny Wong in Oslo. The Norwegian said the talks went well.",
	"actor.counterpart":              `Foreign Minister Ana Kovac of Croatia met Foreign Minister Tomas Varga of Hungary. "We agree," her counterpart said.`,
	"actor.seat-head":                "Russian President Dmitri Volkanov flew to Minsk. The Kremlin chief met Roman Golovchenko.",
	"actor.title-initials":           "Foreign Affairs Cabinet Secretary Kiprono Chepkwony met the Ugandan envoy. \"We will not close the border,\" the CS said.",
	"actor.epithet":                  "Viktor Orban arrived in Moscow. The nationalist leader met Vladimir Putin.",
	"actor.described-as":             `Analysts were divided. "The talks will stall," said Oskar Lind, a researcher at the Nordic Institute. "Nobody wants to move first," the researcher said.`,
	"actor.official":                 `A Pentagon spokesman spoke on Monday. "We are ready," the official said.`,
	"actor.administration-official":  `"We are ready," an administration official said.`,
	"actor.country-official":         `"Do not hold your breath for a summit," the Israeli official told CNN.`,
	"actor.org-reference":            `The Chinese foreign ministry issued a note. "We oppose it," the ministry said.`,
	"actor.statement":                `The Kremlin said in a statement on Monday that the talks went well. "Talks were frank," the statement said.`,
	"actor.named-org":                `"Ports are unsafe," said the International Alliance of Harbour Pilots.`,
	"actor.named-outlet":             `"The talks ended without a deal," the Vostok Vremya newspaper reported.`,
	"actor.local-body":               `"The suspect was arrested near the market," Vostok police said.`,
	"actor.country-government":       `"The visit will push relations to a new level," Beijing said.`,
	"actor.org-short-name":           `The Baltic Institute for Maritime Studies published a study. "The strait stays open," the Baltic report said.`,
	"actor.firm-name":                `"We broke no law," said the law firm Mossack Fonseca.`,
	"quote.said-after":               `"The talks were useful," Lavrov said.`,
	"quote.said-before":              `Lavrov said: "The talks were useful."`,
	"quote.according-to":             `The talks were "useful and frank," according to Lavrov.`,
	"quote.statement":                `"The talks were useful," read a statement issued by the Kremlin.`,
	"quote.dash-signature":           "Foreign Minister Ondrej Kralik flew home.\n\n\"The talks were useful and we will meet again soon.\" — Ondrej Kralik",
	"quote.said-colon":               "Lavrov said:\n\n\"The talks were useful and we will meet again soon.\"",
	"quote.continued":                `"The talks were useful," Lavrov said. "We will meet again."`,
	"quote.reported-before":          `"We can only expect worse to come" unless the fighting stops, Lavrov said.`,
	"quote.previous-sentence":        "Lavrov added that the talks had been useful. \"We will meet again.\"",
	"quote.next-sentence":            "\"We will meet again.\" Lavrov made the remarks in Ankara.",
	"contact.spoke":                  "Antony Blinken spoke with Sergey Lavrov by phone on Friday.",
	"contact.met":                    "Antony Blinken met Sergey Lavrov in Geneva.",
	"contact.call":                   "Antony Blinken held a call with Sergey Lavrov.",
	"contact.talks":                  "Antony Blinken held talks with Sergey Lavrov in Geneva.",
	"contact.host-named-next":        "Thai Prime Minister Srettha Thavisin visited Phnom Penh on Wednesday. He and Cambodian Prime Minister Hun Manet agreed to reopen a border crossing.",
	"actor.issuer":                   "In Suva I met Prime Minister Sitiveni Rabuka.",
	"actor.speaker-label":            "LAVROV: I met Foreign Minister Tomas Varga this morning.\n\nQUESTION: Will you meet him again?",
	"contact.joint-press-conference": `"We agree," Antony Blinken said at a joint press conference with Catherine Colonna.`,
	"contact.joined-for":             "French Foreign Minister Pierre Dalmont joined Hungarian Foreign Minister Tomas Varga for talks in Budapest.",
	"contact.alongside":              "French Foreign Minister Pierre Dalmont, speaking alongside Hungarian Foreign Minister Tomas Varga, said the talks were useful.",
	"contact.told-counterpart":       "In a phone call, Lloyd Austin told his Russian counterpart, Sergei Shoigu, that lines must stay open.",
	"contact.invited":                "Joe Biden invited Volodymyr Zelensky to visit the White House.",
	"contact.signed":                 "Antony Blinken and Sergey Lavrov signed a memorandum of understanding in Geneva.",
	"contact.signed-by":              "The accord was signed by Abiy Ahmed and Isaias Afwerki.",
	"contact.attended-by":            "Talks in Doha on Sunday were attended by CIA Director William Burns and Mossad chief David Barnea.",
	"contact.joined":                 "Joe Biden and Olaf Scholz met in Berlin. They were joined by Emmanuel Macron.",
	"contact.brought-together":       "Emmanuel Macron brought together Olaf Scholz and Volodymyr Zelensky in Paris.",
	"contact.video-conference":       "Olaf Scholz chaired a video conference with Joe Biden and Emmanuel Macron.",
	"contact.called-on":              "During his visit, Wang Yi called on Prime Minister Lee Hsien Loong at the Istana.",
	"contact.courtesy-call":          "Foreign Minister Penny Wong paid a courtesy call on President Prabowo Subianto on Monday.",
	"contact.audience":               "Pope Francis granted an audience to President Javier Milei at the Vatican on Monday.",
	"contact.joined-with":            "Joe Biden joined with Fumio Kishida and Yoon Suk Yeol at Camp David on Friday to announce a security pact.",
	"contact.joined-by-medium":       "French Foreign Minister Pierre Dalmont joined Hungarian Foreign Minister Tomas Varga by video link on Monday.",
	"contact.shuttled":               "Joe Biden and Benjamin Netanyahu were in Cairo. Secretary of State Antony Blinken met Egyptian Foreign Minister Sameh Shoukry there. Blinken shuttled between Netanyahu and Shoukry on Monday.",
	"contact.accompanied-by":         "US President Joe Biden will be accompanied at the memorial by Japanese Prime Minister Fumio Kishida.",
	"contact.at-invitation":          "At the invitation of Chinese President Xi Jinping, Russian President Vladimir Putin will pay a state visit to China from May 15 to 16.",
	"contact.bilateral":              "Anthony Albanese held a bilateral with Christopher Luxon on Friday.",
	"contact.exchanged-views":        "Xi Jinping and Vladimir Putin exchanged views by phone.",
	"contact.credentials":            "The new Swiss ambassador, Thomas Keller, presented his credentials to Nigerian President Bola Tinubu.",
	"contact.mediated":               "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani mediated between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame.",
	"contact.co-chair":               "Subrahmanyam Jaishankar and Penny Wong co-chaired the Foreign Ministers' Framework Dialogue in Canberra.",
	"contact.exchange":               "Xi Jinping had a telephone exchange with Vladimir Putin.",
	"contact.contact":                "Xi Jinping and Vladimir Putin had phone contact on Monday.",
	"contact.on-the-phone":           "Joe Biden was on the phone with Fumio Kishida on Tuesday.",
	"contact.got-in-touch":           "Joe Biden got in touch with Fumio Kishida on Tuesday.",
	"contact.put-through":            "Joe Biden was put through to Fumio Kishida on Tuesday.",
	"contact.thanked":                "Joe Biden thanked Fumio Kishida by phone on Tuesday.",
	"date.said-day":                  `"I spoke with President Joe Biden yesterday," Japanese Prime Minister Fumio Kishida told reporters on Wednesday.`,
	"contact.witnessed-signing":      "Kenyan President William Ruto and Ugandan President Yoweri Museveni witnessed the signing of five agreements on Monday.",
	"contact.host-apposed":           "Kenyan President William Ruto and his host, Ugandan President Yoweri Museveni, agreed to extend the pipeline.",
	"contact.guest-of":               "Zambian President Hakainde Hichilema was the guest of Botswana's President Mokgweetsi Masisi on Tuesday.",
	"contact.conveyed":               "Joe Biden conveyed to Fumio Kishida by phone on Tuesday his condolences.",
	"contact.congratulated":          "Joe Biden congratulated Fumio Kishida over the phone on his election win.",
	"contact.reached":                "Joe Biden reached out to Fumio Kishida by phone on Tuesday.",
	"contact.parse-":                 "Joe Biden thanked Fumio Kishida during their meeting for his support.",
	"contact.sat-with":               "Ukrainian negotiator Rustem Umerov, who sat with US envoys Steve Witkoff and Jared Kushner for six hours, said the talks were useful.",
	"contact.pair-":                  "Antony Blinken spoke with Sergey Lavrov on Friday. The two met again on Monday.",
	"contact.anaphor-":               "Antony Blinken spoke with Sergey Lavrov on Friday. The call lasted an hour.",
	"name.nickname":                  "Interior Secretary Ramoncito \"Bong\" Villaflor met the press.",
	"name.nickname-known":            "Luiz Inácio \"Lula\" da Silva met the press.",
	"name.nickname-alias":            "President Ferdinand \"Bongbong\" Marcos Jr. met the press.",
	"date.resolved":                  "Antony Blinken spoke with Sergey Lavrov by phone on Friday.",
	"date.text-only":                 "Antony Blinken spoke with Sergey Lavrov by phone last week.",
	"date.from-day":                  "Antony Blinken arrived in Geneva on Thursday. Later that day, he met Sergey Lavrov.",
	"date.lead-day":                  "Antony Blinken flew to Geneva on Wednesday to press for a ceasefire. His aides said the trip was short. Officials expected little. Reporters waited outside. Later in the day, Blinken met Sergey Lavrov.",
	"contact.progressive-ahead":      "Antony Blinken is meeting Sergey Lavrov in Geneva tomorrow.",
	"contact.present-ahead":          "Antony Blinken meets Sergey Lavrov in Geneva tomorrow.",
	"contact.noun-ahead":             "Trade tops the agenda of the talks between Antony Blinken and Sergey Lavrov on March 14.",
	"date.held-ahead":                "Antony Blinken held talks with Sergey Lavrov at the summit, which opens on March 14.",
	"contact.purpose-past":           "Antony Blinken flew to Geneva to meet Sergey Lavrov on Thursday.",
	"contact.order-verb":             "The meeting followed a phone call between Antony Blinken and Sergey Lavrov on Sunday.",
	"date.arranged":                  "Antony Blinken was due to meet Sergey Lavrov in Geneva on Thursday.",
	"date.nearest":                   "The meeting between Antony Blinken and Sergey Lavrov set for Thursday was cancelled.",
	"date.story":                     "Antony Blinken flew to Geneva on Thursday. He met Sergey Lavrov at the lakeside villa.",
	"date.nearby":                    "Grain prices rose.\n\nShips waited in port in 2019.\n\nFarmers protest.\n\nExports doubled.\n\nAntony Blinken met Sergey Lavrov in Geneva on Thursday. He also held talks with Swiss President Ignazio Cassis.",
	"date.perfect-lead":              "Antony Blinken has met Sergey Lavrov in Geneva, a day after the talks collapsed.",
	"date.title":                     "Antony Blinken and Sergey Lavrov held a phone call, the State Department said.",
	"date.trip":                      "Grain prices rose.\n\nShips waited in port in 2019.\n\nFarmers protest.\n\nExports doubled.\n\nAntony Blinken arrived in Geneva on Thursday. He met Sergey Lavrov at the lakeside villa.",
	"date.earlier-clause":            "On Tuesday, after arriving in Geneva on Monday, Antony Blinken met Sergey Lavrov.",
	"date.late-words":                "Antony Blinken first met Sergey Lavrov in 2019.",
	"date.own-predicate":             "Antony Blinken will travel to Rome on Friday, days after meeting Russian Foreign Minister Sergey Lavrov on Tuesday.",
}

// ruleKnown are the persons other articles named (Input.Known) of the examples of rules
// that read them.
var ruleKnown = map[string]map[string]extract.KnownPerson{
	"actor.known-surname": {"vautrin": {Name: "Claire Vautrin", Role: "President", Country: "FR"}},
	"actor.known-name":    {"tamsk oduya": {Name: "Tamsk Oduya", Role: "Foreign Minister", Country: "NG"}},
}

// ruleTitles are the headlines of the examples of rules that read one.
var ruleTitles = map[string]string{
	"date.title":             "Blinken, Lavrov hold call Thursday",
	"actor.headline-surname": "Elena Marsh resigns as trade envoy",
}

// TestEveryRuleHasACase checks that every rule name doc.go lists fires on its example,
// and that every listed rule has an example: a rule nobody can show firing is dead or
// undocumented.
func TestEveryRuleHasACase(t *testing.T) {
	x := newExtractor(t)
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, r := range regexp.MustCompile(`\b(?:actor|quote|contact|date|name)\.[a-z][a-z-]*`).FindAllString(string(doc), -1) {
		listed[r] = true
	}
	var names []string
	for r := range listed {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, rule := range names {
		t.Run(rule, func(t *testing.T) {
			text, ok := ruleExamples[rule]
			if !ok {
				t.Fatalf("doc.go lists %s but ruleExamples has no case for it", rule)
			}
			if fired := rulesFired(x.Explain(extract.Input{Text: text, Published: "2024-03-08", Issuer: "Penny Wong", Title: ruleTitles[rule], Known: ruleKnown[rule]})); !matchesRule(fired, rule) {
				t.Errorf("%s did not fire on %q; fired: %v", rule, text, fired)
			}
		})
	}
	for rule := range ruleExamples {
		if !listed[rule] {
			t.Errorf("ruleExamples has %s, which doc.go does not list", rule)
		}
	}
}

// rulesFired collects the rules of every row of the result and every decision made.
func rulesFired(ex extract.Explanation) []string {
	var out []string
	for _, a := range ex.Result.Actors {
		for _, m := range a.Mentions {
			out = append(out, m.Rule)
		}
	}
	for _, q := range ex.Result.Quotes {
		out = append(out, q.Evidence.Rule)
	}
	for _, c := range ex.Result.Contacts {
		out = append(out, c.Evidence.Rule)
	}
	for _, st := range ex.Sentences {
		for _, m := range st.Mentions {
			if m.Actor != "" {
				out = append(out, m.Rule) // pronouns and references point at an actor without naming it
			}
		}
		for _, d := range st.Decisions {
			if d.Made {
				out = append(out, d.Rule)
			}
		}
	}
	return out
}

func matchesRule(fired []string, rule string) bool {
	for _, f := range fired {
		if f == rule || strings.HasSuffix(rule, "-") && strings.HasPrefix(f, rule) {
			return true
		}
	}
	return false
}

package extract_test

import (
	"sort"
	"strings"
	"testing"

	"hotline/importer/extract"
)

// contactWant is one expected contact: participant names (any order), mode, status, and
// the date ("" not checked) and date text ("" not checked).
type contactWant struct {
	names          []string
	mode, status   string
	date, dateText string
}

// contactCase is a text, its publication date and the contacts it must yield, in order.
type contactCase struct {
	name      string
	text      string
	published string
	want      []contactWant
}

func TestContacts(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"spoke with by phone", "Secretary of State Antony Blinken spoke with Russian Foreign Minister Sergey Lavrov on Saturday by phone.", "2022-02-13",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "phone", "held", "2022-02-12", "Saturday"}}},
		{"conjoined subjects met in a place", "Blinken and Lavrov met in person on Jan. 21 in Geneva.", "2022-02-01",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "meeting", "held", "2022-01-21", "Jan. 21"}}},
		{"will speak is scheduled", "U.S. President Joe Biden and Russian President Vladimir Putin will speak on Saturday, a White House official said.", "2022-02-11",
			[]contactWant{{[]string{"Joe Biden", "Vladimir Putin"}, "unspecified", "scheduled", "2022-02-12", "Saturday"}}},
		{"held a telephone call", "Biden and his Russian counterpart Vladimir Putin held an hour-long telephone call on Saturday.", "",
			[]contactWant{{[]string{"Joe Biden", "Vladimir Putin"}, "phone", "held", "", "Saturday"}}},
		{"another contact's medium after a span", "Swedish Prime Minister Ulf Kristersson met Finnish President Alexander Stubb in Stockholm on Tuesday, a week after their phone call.", "2024-10-08",
			[]contactWant{{[]string{"Ulf Kristersson", "Alexander Stubb"}, "meeting", "held", "2024-10-08", "Tuesday"}}},
		{"a medium before the span still counts", "Kristersson spoke by phone with Finnish President Alexander Stubb on Tuesday after the summit.", "2024-10-08",
			[]contactWant{{[]string{"Ulf Kristersson", "Alexander Stubb"}, "phone", "held", "2024-10-08", "Tuesday"}}},
		{"video call", "Chinese President Xi Jinping held a virtual meeting with U.S. President Joe Biden on Tuesday.", "2021-11-16",
			[]contactWant{{[]string{"Xi Jinping", "Joe Biden"}, "video", "held", "2021-11-16", "Tuesday"}}},
		{"talks between", "Talks between Ukrainian Foreign Minister Dmytro Kuleba and Sergei Lavrov ended in Antalya.", "",
			[]contactWant{{[]string{"Dmytro Kuleba", "Sergey Lavrov"}, "meeting", "held", "", ""}}},
		{"joint press conference", `"We stand together," Blinken said at a joint press conference with French Foreign Minister Catherine Colonna.`, "",
			[]contactWant{{[]string{"Antony Blinken", "Catherine Colonna"}, "meeting", "held", "", ""}}},
		{"told his counterpart in a call", "In a phone call on Friday, US Defense Secretary Lloyd Austin told his Russian counterpart, Sergei Shoigu, that channels must stay open.", "",
			[]contactWant{{[]string{"Lloyd Austin", "Sergei Shoigu"}, "phone", "held", "", "Friday"}}},
		{"called someone on the phone", "French President Emmanuel Macron called Vladimir Putin on Sunday to urge restraint.", "",
			[]contactWant{{[]string{"Emmanuel Macron", "Vladimir Putin"}, "phone", "held", "", "Sunday"}}},
		{"is set to meet", "Turkish President Recep Tayyip Erdogan is set to meet Putin in Sochi next week.", "",
			[]contactWant{{[]string{"Recep Tayyip Erdogan", "Vladimir Putin"}, "meeting", "scheduled", "", ""}}},
		{"requested a meeting is proposed", "Zelensky has requested a meeting with Putin, his office said.", "",
			[]contactWant{{[]string{"Volodymyr Zelensky", "Vladimir Putin"}, "meeting", "proposed", "", ""}}},
		{"cancelled meeting", "Donald Trump called off his meeting with Kim Jong Un in Singapore.", "",
			[]contactWant{{[]string{"Donald Trump", "Kim Jong Un"}, "meeting", "cancelled", "", ""}}},
		{"refused to meet is no contact", "Blinken has refused to meet with Lavrov since the invasion.", "", nil},
		{"did not speak is no contact", "Scholz did not speak with Putin on Monday.", "", nil},
		{"hypothetical is no contact", "Obama would be willing to meet Putin if Russia pulled back.", "", nil},
		{"no need to talk is no contact", "Putin said there was no need to talk to his US counterpart, Joe Biden.", "", nil},
		{"unnamed counterparts are no contact", "Milley also held telephone calls on Friday with counterparts in France and Germany.", "", nil},
		{"so-called and called for are no contacts", "Putin called for calm in the so-called republics, Lavrov said.", "", nil},
		{"speaking to reporters is no contact", "Macron and Scholz spoke to reporters in Berlin.", "", nil},
		{"the two refers to the pair of the sentence", "Blinken has refused to meet with Lavrov, but the two spoke by phone in July.", "",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "phone", "held", "", "July"}}},
		{"they last spoke is another contact", "Gen. Mark Milley spoke by telephone with Gen. Valery Gerasimov on Friday. They last spoke on November 23.", "",
			[]contactWant{
				{[]string{"Mark Milley", "Valery Gerasimov"}, "phone", "held", "", "Friday"},
				{[]string{"Mark Milley", "Valery Gerasimov"}, "unspecified", "held", "", "November 23"}}},
		{"anaphoric call enriches the contact", "The top diplomats were scheduled to speak by phone on Tuesday. Officials said Blinken and Lavrov will speak. Tuesday's phone call is another effort.", "2022-02-01",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "phone", "scheduled", "2022-02-01", "Tuesday"}}},
		{"another call on a date", "It was their second conversation, after another phone call on May 13. Lloyd Austin spoke with Sergei Shoigu on Friday.", "",
			[]contactWant{{[]string{"Lloyd Austin", "Sergei Shoigu"}, "unspecified", "held", "", "Friday"}}},
		{"one caller, several calls", "President-elect Joe Biden spoke with British Prime Minister Boris Johnson, then with German Chancellor Angela Merkel and French President Emmanuel Macron.", "",
			[]contactWant{
				{[]string{"Joe Biden", "Boris Johnson"}, "unspecified", "held", "", ""},
				{[]string{"Joe Biden", "Angela Merkel"}, "unspecified", "held", "", ""},
				{[]string{"Joe Biden", "Emmanuel Macron"}, "unspecified", "held", "", ""}}},
		{"met with two is a meeting with each", "Macron later flew to Berlin, where he met with German Chancellor Olaf Scholz and Polish President Andrzej Duda.", "",
			[]contactWant{{[]string{"Emmanuel Macron", "Olaf Scholz"}, "meeting", "held", "", ""}, {[]string{"Emmanuel Macron", "Andrzej Duda"}, "meeting", "held", "", ""}}},
		{"possessive pronoun call", "Blinken spoke by phone with Dmytro Kuleba. During his call with Kuleba, Blinken underscored support.", "",
			[]contactWant{{[]string{"Antony Blinken", "Dmytro Kuleba"}, "phone", "held", "", ""}}},
		{"initiator from a request", "Biden will talk to Putin on Thursday. The Russian president requested Thursday's call.", "",
			[]contactWant{{[]string{"Joe Biden", "Vladimir Putin"}, "phone", "scheduled", "", "Thursday"}}},
		{"role reference as participant", "U.S. Secretary of State Antony Blinken arrived. The US Secretary of State last met with Russian Foreign Minister Sergei Lavrov in January.", "2022-10-01",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "meeting", "held", "2022-01", "January"}}},
		{"same day", "Biden will speak with Putin on Saturday. Putin will also speak with French President Emmanuel Macron on the same day.", "",
			[]contactWant{
				{[]string{"Joe Biden", "Vladimir Putin"}, "unspecified", "scheduled", "", "Saturday"},
				{[]string{"Vladimir Putin", "Emmanuel Macron"}, "unspecified", "scheduled", "", "Saturday"}}},
		{"hosted", "President Joe Biden hosted German Chancellor Olaf Scholz at the White House on Monday.", "",
			[]contactWant{{[]string{"Joe Biden", "Olaf Scholz"}, "meeting", "held", "", "Monday"}}},
		{"joined the call adds participants", "Friedrich Merz, Emmanuel Macron and Keir Starmer held a video call with Volodymyr Zelensky on Monday. Giorgia Meloni and Mark Rutte also joined the call.", "",
			[]contactWant{{[]string{"Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky", "Giorgia Meloni", "Mark Rutte"}, "video", "held", "", "Monday"}}},
		{"their meeting is the subjects' meeting", "Macron and Ukrainian President Volodymyr Zelensky spoke to reporters together after their meeting.", "",
			[]contactWant{{[]string{"Emmanuel Macron", "Volodymyr Zelensky"}, "meeting", "held", "", ""}}},
		{"a summit takes the pair named before it", "Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed Thursday to resume visits. The summit in Tokyo was the first in 12 years. The two leaders last met in Bali in November.", "2023-03-17",
			[]contactWant{
				{[]string{"Fumio Kishida", "Yoon Suk Yeol"}, "meeting", "held", "", ""},
				{[]string{"Fumio Kishida", "Yoon Suk Yeol"}, "meeting", "held", "2022-11", "November"}}},
		{"separate meetings on different days", "Biden flew to Jeddah from Israel, where he met the Israeli prime minister, Yair Lapid, on Thursday and the Palestinian president, Mahmoud Abbas, in Bethlehem on Friday.", "",
			[]contactWant{
				{[]string{"Joe Biden", "Yair Lapid"}, "meeting", "held", "", "Thursday"},
				{[]string{"Joe Biden", "Mahmoud Abbas"}, "meeting", "held", "", "Friday"}}},
		{"the two men are the main pair", "Secretary of State John Kerry and Sergey Lavrov met in Paris on Wednesday. The meeting ended without a deal. Kerry also met Deshchytsia, the Ukrainian foreign minister. Lavrov said nothing more. Kerry said the two men would meet again Thursday in Rome.", "",
			[]contactWant{
				{[]string{"John Kerry", "Sergey Lavrov"}, "meeting", "held", "", "Wednesday"},
				{[]string{"John Kerry", "Andriy Deshchytsia"}, "meeting", "held", "", ""},
				{[]string{"John Kerry", "Sergey Lavrov"}, "meeting", "scheduled", "", "Thursday"}}},
		{"an organization qualifying a person", "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani met Hamas political bureau chief Ismail Haniyeh in Doha on Monday.", "",
			[]contactWant{{[]string{"Mohammed bin Abdulrahman Al Thani", "Ismail Haniyeh"}, "meeting", "held", "", "Monday"}}},
		{"travel for talks is scheduled", "Egyptian intelligence chief Abbas Kamel is expected to travel to Doha later this week for talks with CIA Director William Burns.", "",
			[]contactWant{{[]string{"Abbas Kamel", "William Burns"}, "meeting", "scheduled", "", "later this week"}}},
		{"a timeline carries its year", "On December 7, 2021, Joe Biden and Vladimir Putin held a two-hour video call. They spoke again by phone on December 30 at Putin's request.", "2023-06-01",
			[]contactWant{
				{[]string{"Joe Biden", "Vladimir Putin"}, "video", "held", "2021-12-07", "December 7, 2021"},
				{[]string{"Joe Biden", "Vladimir Putin"}, "phone", "held", "2021-12-30", "December 30"}}},
		{"sat down with", "Secretary of State Marco Rubio sat down with Russian Foreign Minister Sergei Lavrov in Riyadh for more than four hours.", "",
			[]contactWant{{[]string{"Marco Rubio", "Sergey Lavrov"}, "meeting", "held", "", ""}}},
		{"a country's leader", "French President Emmanuel Macron met with Ukraine's leader in Kyiv on Tuesday. Ukrainian President Volodymyr Zelensky thanked him.", "2022-02-08",
			[]contactWant{{[]string{"Emmanuel Macron", "Volodymyr Zelensky"}, "meeting", "held", "2022-02-08", "Tuesday"}}},
		{"opening phrase with a contact", "After talks with Chinese leader Xi Jinping in Beijing on Monday, Secretary of State Antony Blinken said ties had stabilised.", "",
			[]contactWant{{[]string{"Xi Jinping", "Antony Blinken"}, "meeting", "held", "", "Monday"}}},
		{"unnamed people meeting do not describe the last contact", "Rishi Sunak said he had spoken to Volodymyr Zelensky that morning. Separately, the foreign ministers of the G7 met in Tokyo.", "",
			[]contactWant{{[]string{"Rishi Sunak", "Volodymyr Zelensky"}, "unspecified", "held", "", ""}}},
		{"calling on someone is no call", "President Joe Biden called on Congress to approve aid. He called the Russian attack barbaric. Zelensky called for air defence.", "", nil},
		{"received a call from", "Ukrainian President Volodymyr Zelensky received a phone call from Turkish President Recep Tayyip Erdogan on Friday.", "",
			[]contactWant{{[]string{"Volodymyr Zelensky", "Recep Tayyip Erdogan"}, "phone", "held", "", "Friday"}}},
		{"in a call with", "Chancellor Olaf Scholz, in a call with Chinese President Xi Jinping, urged restraint.", "",
			[]contactWant{{[]string{"Olaf Scholz", "Xi Jinping"}, "phone", "held", "", ""}}},
		{"calling someone names is no call", `Mr. Xi called Mr. Biden "my old friend" during the talks.`, "", nil},
	}
	runContactCases(t, x, cases)
}

func TestContactDetails(t *testing.T) {
	x := newExtractor(t)
	res := x.Extract(extract.Input{Text: "The Russian president requested the call. Biden and Putin held a one hour and two minutes long telephone call on Saturday, at Putin's request. Earlier, Blinken and Lavrov met in Geneva."})
	if len(res.Contacts) != 2 {
		t.Fatalf("got %v", describe(res))
	}
	call := res.Contacts[0]
	if call.DurationMinutes != 62 {
		t.Errorf("duration = %d, want 62", call.DurationMinutes)
	}
	if call.Initiator < 0 || res.Actors[call.Initiator].Name != "Vladimir Putin" {
		t.Errorf("initiator = %d, want Putin", call.Initiator)
	}
	if res.Contacts[1].Location != "Geneva" {
		t.Errorf("location = %q, want Geneva", res.Contacts[1].Location)
	}
}

func sortedNames(res extract.Result, c extract.Contact) string {
	return sortedCopy(contactNames(res, c))
}

func sortedCopy(a []string) string {
	b := append([]string(nil), a...)
	sort.Strings(b)
	return strings.Join(b, " + ")
}

func describe(res extract.Result) []string {
	var out []string
	for _, c := range res.Contacts {
		out = append(out, sortedNames(res, c)+" "+string(c.Mode)+"/"+string(c.Status)+" "+c.DateText+" ["+c.Evidence.Rule+"]")
	}
	return out
}

func TestInitiatorFromCaller(t *testing.T) {
	x := newExtractor(t)
	res := x.Extract(extract.Input{Text: "Ukrainian President Volodymyr Zelensky received a phone call from Turkish President Recep Tayyip Erdogan on Friday."})
	if len(res.Contacts) != 1 {
		t.Fatalf("got %v", describe(res))
	}
	if c := res.Contacts[0]; c.Initiator < 0 || res.Actors[c.Initiator].Name != "Recep Tayyip Erdogan" {
		t.Errorf("initiator = %d, want Erdogan", c.Initiator)
	}
}

// runContactCases runs table cases of contacts as named subtests.
func runContactCases(t *testing.T, x *extract.Extractor, cases []contactCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Published: c.published})
			if len(res.Contacts) != len(c.want) {
				t.Fatalf("got %d contacts %v, want %d", len(res.Contacts), describe(res), len(c.want))
			}
			for i, w := range c.want {
				got := res.Contacts[i]
				if g, e := sortedNames(res, got), sortedCopy(w.names); g != e {
					t.Errorf("contact %d participants = %s, want %s", i, g, e)
				}
				if string(got.Mode) != w.mode || string(got.Status) != w.status {
					t.Errorf("contact %d = %s/%s, want %s/%s", i, got.Mode, got.Status, w.mode, w.status)
				}
				if w.date != "" && got.Date != w.date {
					t.Errorf("contact %d date = %q, want %q", i, got.Date, w.date)
				}
				if w.dateText != "" && got.DateText != w.dateText {
					t.Errorf("contact %d date text = %q, want %q", i, got.DateText, w.dateText)
				}
				if got.Evidence.Rule == "" || got.Evidence.Sentence == "" {
					t.Errorf("contact %d has no evidence: %+v", i, got.Evidence)
				}
			}
		})
	}
}

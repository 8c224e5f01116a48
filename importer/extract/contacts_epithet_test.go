package extract_test

import "testing"

// TestEpithetSubjects: news copy names a person again by a description that opens the
// clause ("the Scottish leader", "the nationalist leader", "the 35-year-old lawmaker"):
// the person the sentences before speak of, and with capitalized modifiers the one the
// text introduced with them ("Scottish First Minister X"), and a seat of government before
// "leader" is its country ("the Kremlin leader" is the Russian one). A description no one was
// introduced with stays nobody, and so does one from a place ("the senator from Ohio"); an
// apposition is no subject; a refused meeting is none.
func TestEpithetSubjects(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"the Scottish leader will meet", "Scottish First Minister Nicola Sturgeon flew to Brussels on Wednesday. European Parliament President Martin Schulz said he would listen. Later in the day, the pro-independence Scottish leader will meet European Commission President Jean-Claude Juncker.", pub,
			[]contactWant{{[]string{"Nicola Sturgeon", "Jean-Claude Juncker"}, "meeting", "scheduled", "", "Later in the day"}}},
		{"the Kremlin leader is the Russian one", "Russian President Vladimir Putin met Chinese President Xi Jinping in Kazan on Tuesday. The Kremlin leader later hosted Iranian President Masoud Pezeshkian.", pub,
			[]contactWant{{[]string{"Vladimir Putin", "Xi Jinping"}, "meeting", "held", "", ""}, {[]string{"Vladimir Putin", "Masoud Pezeshkian"}, "meeting", "held", "", ""}}},
		{"the nationalist leader held talks", "Hungarian Prime Minister Viktor Orban arrived in Moscow on Friday. The nationalist leader held talks with Vladimir Putin in the Kremlin.", pub,
			[]contactWant{{[]string{"Viktor Orban", "Vladimir Putin"}, "meeting", "held", "", ""}}},
		{"the 35-year-old lawmaker spoke by phone", "Opposition leader Juan Guaido rallied supporters in Caracas on Saturday. The 35-year-old lawmaker later spoke by phone with U.S. Vice President Mike Pence.", pub,
			[]contactWant{{[]string{"Juan Guaido", "Mike Pence"}, "phone", "held", "", ""}}},
		{"the veteran leftist met", "Brazilian President Luiz Inacio Lula da Silva flew to Beijing on Thursday. The veteran leftist met Chinese President Xi Jinping on Friday.", pub,
			[]contactWant{{[]string{"Luiz Inacio Lula da Silva", "Xi Jinping"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"the British minister is expected to meet", "Britain's foreign secretary David Lammy will travel to Beijing on Friday. The British minister is expected to meet Chinese Foreign Minister Wang Yi.", pub,
			[]contactWant{{[]string{"David Lammy", "Wang Yi"}, "meeting", "scheduled", "", ""}}},
		{"the visit includes talks with", "Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Thursday for a two-day visit. The visit included talks with President Mohamed bin Zayed Al Nahyan.", pub,
			[]contactWant{{[]string{"Narendra Modi", "Mohamed bin Zayed Al Nahyan"}, "meeting", "held", "", ""}}},
		{"his trip will also include a meeting with", "Secretary of State Antony Blinken will fly to Cairo on Sunday. His trip will also include a meeting with President Abdel Fattah al-Sisi.", pub,
			[]contactWant{{[]string{"Antony Blinken", "Abdel Fattah el-Sisi"}, "meeting", "scheduled", "", ""}}},
		{"a visit that included a summit of others", "Indian Prime Minister Narendra Modi arrived in Paris on Thursday. A visit to Paris includes a tour of the Louvre.", pub, nil},
		{"a description no one was introduced with", "U.S. President Joe Biden spoke in Hanoi on Sunday. The Communist leader met Russian President Vladimir Putin on Monday.", pub, nil},
		{"an apposition is no subject", "Russian President Vladimir Putin praised Viktor Orban on Friday. Putin hosted Orban, the nationalist leader of Hungary, in the Kremlin.", pub,
			[]contactWant{{[]string{"Vladimir Putin", "Viktor Orban"}, "meeting", "held", "", ""}}},
		{"a description from a place is someone else", "Secretary of State Antony Blinken arrived in Kyiv on Tuesday. The senator from Ohio met Ukrainian President Volodymyr Zelensky on Wednesday.", pub, nil},
		{"a description from a place names nobody told before", "President Donald Trump spoke in Ohio on Friday. The Senator from Alaska, explaining her vote, met Democratic leader Jim Clyburn.", pub, nil},
		{"a refused meeting stays none", "Polish President Andrzej Duda spoke in Warsaw on Friday. The conservative politician refused to meet Russian President Vladimir Putin.", pub, nil},
	})
}

package extract_test

import "testing"

// TestUnreported checks contact words that report no contact: questions, adverbs of
// frequency and "every week", a call no one took, persons who "both" spoke, an infinitive after an indefinite pronoun, and a letter signed by two
// people; the same idioms telling one contact stay.
func TestUnreported(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"a wh-question", "Which ministers did President Joe Biden meet in Paris, and what did they discuss?", "", nil},
		{"a yes-no question", "Will President Joe Biden meet Chinese President Xi Jinping in Bali?", "", nil},
		{"a question in quotes", "\"Did Prime Minister Rishi Sunak speak with President Emmanuel Macron?\" one reporter asked.", "", nil},
		{"repeatedly after the object", "President Hamid Karzai said he has assured President Pervez Musharraf repeatedly that any threat would be acted upon.", "", nil},
		{"repeatedly before the verb", "Chancellor Olaf Scholz has repeatedly spoken with President Vladimir Putin by phone.", "", nil},
		{"often", "Foreign Minister Wang Yi often meets Russian Foreign Minister Sergei Lavrov.", "", nil},
		{"regularly", "Prime Minister Narendra Modi and President Joe Biden speak regularly.", "", nil},
		{"every week", "Prime Minister Rishi Sunak said he talks to President Volodymyr Zelensky every week.", "", nil},
		{"each month, far after the object", "Foreign Minister Wang Yi meets Russian Foreign Minister Sergei Lavrov in Beijing or Moscow each month.", "", nil},
		{"every day of a summit stays", "President Joe Biden met Prime Minister Fumio Kishida on Friday and discussed every day of the summit.", "",
			[]contactWant{{names: []string{"Joe Biden", "Fumio Kishida"}, mode: "meeting", status: "held", dateText: "Friday"}}},
		{"talks with, a verb, names no medium", "President Joe Biden talks with Prime Minister Fumio Kishida in Tokyo.", "",
			[]contactWant{{names: []string{"Joe Biden", "Fumio Kishida"}, mode: "unspecified", status: "held"}}},
		{"called but got no answer", "Prime Minister Giorgia Meloni called Prime Minister Viktor Orban twice on Monday but got no answer.", "", nil},
		{"called and left a message", "Prime Minister Giorgia Meloni phoned Prime Minister Viktor Orban on Monday and left a message.", "", nil},
		{"called but did not pick up", "Prime Minister Giorgia Meloni called Prime Minister Viktor Orban on Monday, but Orban did not pick up.", "", nil},
		{"did not answer questions after a call stays", "President Joe Biden called President Xi Jinping on Monday, the White House said, but did not answer questions about it.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"the writer's own meeting", "During my meeting with Secretary of State Antony Blinken, Foreign Minister Annalena Baerbock called.", "", nil},
		{"a speaker's own meeting in quotes stays", "\"During my meeting with Foreign Minister Annalena Baerbock, we discussed Ukraine,\" Secretary of State Antony Blinken said.", "",
			[]contactWant{{names: []string{"Antony Blinken", "Annalena Baerbock"}, mode: "meeting", status: "held"}}},
		{"both spoke at a forum", "Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock both spoke at the forum on Monday.", "", nil},
		{"both, opening, talked about", "Both Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock talked about Ukraine on Monday.", "", nil},
		{"both spoke by phone stays", "Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock both spoke by phone on Monday.", "",
			[]contactWant{{names: []string{"Antony Blinken", "Annalena Baerbock"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"something to talk about", "President Joe Biden and Prime Minister Fumio Kishida figured they had something to talk about.", "", nil},
		{"a lot to discuss", "President Joe Biden said he and President Xi Jinping have a lot to discuss.", "", nil},
		{"a letter signed by two", "The letter, signed by Defense Secretary Lloyd Austin and Secretary of State Antony Blinken, said the aid would continue.", "", nil},
		{"a petition was signed by two", "A petition was signed by President Joe Biden and Prime Minister Justin Trudeau.", "", nil},
		{"an accord signed by two stays", "The accord was signed by Prime Minister Abiy Ahmed and President Isaias Afwerki.", "",
			[]contactWant{{names: []string{"Abiy Ahmed", "Isaias Afwerki"}, mode: "meeting", status: "held"}}},
		{"a statement after a call stays", "Chancellor Olaf Scholz spoke with President Vladimir Putin by phone on Tuesday.", "",
			[]contactWant{{names: []string{"Olaf Scholz", "Vladimir Putin"}, mode: "phone", status: "held", dateText: "Tuesday"}}},
		{"a meeting to talk about trade stays", "President Joe Biden met Prime Minister Fumio Kishida on Friday to talk about trade.", "",
			[]contactWant{{names: []string{"Joe Biden", "Fumio Kishida"}, mode: "meeting", status: "held", dateText: "Friday"}}},
	})
}

// TestPlanAsPredicate checks a contact noun after "is a" or "be a": the plan a step or an
// aim names is proposed, while a contact told with "the" or as an event stays held.
func TestPlanAsPredicate(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"the first step is a call", "Foreign Minister Penny Wong said the first step is a call between President Joe Biden and Prime Minister Anthony Albanese.", "",
			[]contactWant{{names: []string{"Joe Biden", "Anthony Albanese"}, mode: "phone", status: "proposed"}}},
		{"the aim would be a meeting", "The aim would be a meeting between President Joe Biden and President Xi Jinping before the summit.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "proposed"}}},
		{"the first call since stays held", "It was the first call between President Joe Biden and President Xi Jinping since March.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "held"}}},
		{"a held call stays held", "President Joe Biden held a call with President Xi Jinping on Tuesday.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "held", dateText: "Tuesday"}}},
	})
}

// TestGatheringsOfSeveralBodies checks a plural contact noun after the names of several
// bodies ("the SCO and CSTO summits"): one gathering of each, none told as a contact of
// "the leaders" told before; one named summit stays their meeting.
func TestGatheringsOfSeveralBodies(t *testing.T) {
	x := newExtractor(t)
	call := "President Kassym-Jomart Tokayev had a telephone conversation with President Vladimir Putin on Monday. "
	want := contactWant{names: []string{"Kassym-Jomart Tokayev", "Vladimir Putin"}, mode: "phone", status: "held", dateText: "Monday"}
	runContactCases(t, x, []contactCase{
		{"agreements of two summits", call + "The leaders of Kazakhstan and Russia reiterated their readiness to implement the agreements reached within the framework of the SCO and CSTO summits held in Dushanbe.", "",
			[]contactWant{want}},
		{"decisions of two meetings", call + "The two presidents stressed the decisions of the EAEU and CIS meetings held in Minsk.", "",
			[]contactWant{want}},
		{"one summit stays", "President Joe Biden and Prime Minister Fumio Kishida met at the G7 summit in Hiroshima on Friday.", "",
			[]contactWant{{names: []string{"Joe Biden", "Fumio Kishida"}, mode: "meeting", status: "held", dateText: "Friday"}}},
	})
}

// TestWouldBeGood checks "it would be good to meet Y", "it would be useful for X to speak with Y": a wish, proposed;
// "X would meet Y" stays scheduled.
func TestWouldBeGood(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"would be good to meet", "President Joe Biden said it would be good to meet President Xi Jinping soon.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "proposed"}}},
		{"would be useful to speak", "It would be useful for Foreign Minister Penny Wong to speak with Foreign Minister Wang Yi, officials said.", "",
			[]contactWant{{names: []string{"Penny Wong", "Wang Yi"}, mode: "unspecified", status: "proposed"}}},
		{"would meet stays scheduled", "President Joe Biden would meet President Xi Jinping in Bali on Monday, the White House said.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "scheduled"}}},
	})
}

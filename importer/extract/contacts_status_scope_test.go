package extract_test

import "testing"

// TestStatusScope: the negation or modal of a relative clause set off by commas ("who has
// not visited", "who would not comment"), of a clause before ", so", of an opening
// question ("Asked whether ...,") or of the topic after "about" is not the contact's; a
// negation of the contact's own verb, a refusing participle and a fronted "if" still are.
func TestStatusScope(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"who has not visited, met", "Foreign Minister Sergei Lavrov, who has not visited Washington since 2017, met Secretary of State Antony Blinken in New Delhi on Thursday.", pub,
			[]contactWant{{[]string{"Sergey Lavrov", "Antony Blinken"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"who would not comment, met", "Prime Minister Benjamin Netanyahu, who would not comment on the hostages, met Secretary of State Antony Blinken in Tel Aviv on Friday.", pub,
			[]contactWant{{[]string{"Benjamin Netanyahu", "Antony Blinken"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"could not attend, so met", "President Vladimir Putin could not attend, so Foreign Minister Sergei Lavrov met Prime Minister Narendra Modi on Saturday.", pub,
			[]contactWant{{[]string{"Sergey Lavrov", "Narendra Modi"}, "meeting", "held", "2024-03-02", "Saturday"}}},
		{"the aside's contact is held", "Prime Minister Benjamin Netanyahu, who met Secretary of State Antony Blinken on Friday, would not comment on the hostages.", pub,
			[]contactWant{{[]string{"Benjamin Netanyahu", "Antony Blinken"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"asked whether, then a held meeting", "Asked whether a deal was close, Secretary of State Antony Blinken, speaking after he met Prime Minister Benjamin Netanyahu on Tuesday, said talks would continue.", pub,
			[]contactWant{{[]string{"Antony Blinken", "Benjamin Netanyahu"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"spoke about what would happen if", "Prime Minister Rishi Sunak spoke with President Joe Biden on Tuesday about what would happen if Iran attacked Israel.", pub,
			[]contactWant{{[]string{"Rishi Sunak", "Joe Biden"}, "unspecified", "held", "2024-03-05", "Tuesday"}}},
		{"a day after refusing to meet", "President Tayyip Erdogan met President Vladimir Putin on Friday, a day after refusing to meet President Volodymyr Zelenskiy.", pub,
			[]contactWant{{[]string{"Recep Tayyip Erdogan", "Vladimir Putin"}, "meeting", "held", "2024-03-08", "Friday"}}},
		{"a fronted if still makes it hypothetical", "If Russia withdraws its troops, President Joe Biden will meet President Vladimir Putin in Geneva.", pub, nil},
		{"the contact's own negation stays", "Foreign Minister Sergei Lavrov, who arrived on Thursday, did not meet Secretary of State Antony Blinken.", pub, nil},
		{"a doubt in a fronted phrase", "Despite doubts about the deal, Antony Blinken met Foreign Minister Mads Kjeldsen on Tuesday.", pub,
			[]contactWant{{[]string{"Antony Blinken", "Mads Kjeldsen"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"the contact's own will after a fronted doubt", "Despite doubts about the deal, Antony Blinken will meet Foreign Minister Mads Kjeldsen on Tuesday.", pub,
			[]contactWant{{[]string{"Antony Blinken", "Mads Kjeldsen"}, "meeting", "scheduled", "2024-03-12", "Tuesday"}}},
		{"a cancelling in a fronted clause", "After a planned visit was cancelled, President Lena Ortberg met President Alain Duroc on Tuesday.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"an expectation in a fronted clause", "As talks are expected to resume next week, Chancellor Erik Lund held talks with President Ana Ruiz on Wednesday.", pub,
			[]contactWant{{[]string{"Erik Lund", "Ana Ruiz"}, "meeting", "held", "2024-03-06", "Wednesday"}}},
		{"a modal in a fronted phrase before a saying", "Amid fears the ceasefire may unravel, both delegations said they met with former Finnish President Ilkka Rautio and former prime ministers Marta Kowal of Poland and Tomas Lind of Sweden.", pub,
			[]contactWant{{[]string{"Ilkka Rautio", "Marta Kowal", "Tomas Lind"}, "meeting", "held", "", ""}}},
		{"the contact's own may after a fronted phrase", "Amid fears the ceasefire could collapse, President Lena Ortberg may meet President Alain Duroc on Tuesday.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "proposed", "", ""}}},
		{"the governing verb still counts", "Chancellor Erik Lund is expected to hold talks with President Ana Ruiz on Wednesday.", pub,
			[]contactWant{{[]string{"Erik Lund", "Ana Ruiz"}, "meeting", "scheduled", "2024-03-13", "Wednesday"}}},
	})
}

// TestToldApartFrames: a contact word told ahead in another clause of the sentence ("a
// summit could follow in the spring", "negotiators prepared to meet again next week") is
// no retelling of a held contact and lends it neither its time nor its status; the day of
// the journey told before still dates the held one.
func TestToldApartFrames(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	trip := "President Lena Ortberg arrived in Brussels on Tuesday for a two-day visit. "
	runContactCases(t, x, []contactCase{
		{"a summit that could follow", trip + "Ortberg met Prime Minister Alain Duroc in the capital, while aides said a summit could follow in the spring.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"negotiators to meet again", trip + "Ortberg also met Foreign Minister Mads Kjeldsen, as negotiators prepared to meet again next week.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Mads Kjeldsen"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"the two sides will hold talks again", "President Lena Ortberg held talks with Chancellor Mads Kjeldsen on Tuesday and the two sides will hold talks again in April.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Mads Kjeldsen"}, "meeting", "held", "2024-03-05", "Tuesday"}, {[]string{"Lena Ortberg", "Mads Kjeldsen"}, "meeting", "scheduled", "2024-04", "April"}}},
		{"a summit that will follow is scheduled", "A summit between President Lena Ortberg and Prime Minister Alain Duroc will follow in April.", pub,
			[]contactWant{{[]string{"Lena Ortberg", "Alain Duroc"}, "meeting", "scheduled", "2024-04", "April"}}},
	})
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestOtherEventDates covers dates and modal words of another event in a contact's
// sentence: a date in a clause with its own subject, and "agreed" before "during their
// call", which makes the meeting agreed on due, not the call.
func TestOtherEventDates(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"a clause on the contact noun dates it", "U.S. officials gave an account of a conversation Blinken and Lavrov had Saturday.", "2022-07-11",
			[]contactWant{{names: []string{"Antony Blinken", "Sergey Lavrov"}, mode: "unspecified", status: "held", date: "2022-07-09"}}},
		{"agreed during their call to meet", "Vladimir Putin and Recep Tayyip Erdogan held a phone call on Wednesday. The two also agreed during their call to meet in person.", "2016-06-29",
			[]contactWant{
				{names: []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, mode: "phone", status: "held", date: "2016-06-29"},
				{names: []string{"Vladimir Putin", "Recep Tayyip Erdogan"}, mode: "meeting", status: "scheduled"}}},
		{"ahead of a meeting is due", "The call comes ahead of a meeting between Donald Trump and Benjamin Netanyahu at the White House.", "",
			[]contactWant{{names: []string{"Donald Trump", "Benjamin Netanyahu"}, mode: "meeting", status: "scheduled"}}},
		{"ahead of another event the talks are held", "Ahead of a press conference, President Joe Biden held talks with President Volodymyr Zelensky.", "",
			[]contactWant{{names: []string{"Joe Biden", "Volodymyr Zelensky"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
	t.Run("a date of the event the call came after", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "The phone call between Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida marked their first contact in a year, after Japan released treated water from the Fukushima plant in August 2023.", Published: "2024-06-10"})
		if len(res.Contacts) != 1 {
			t.Fatalf("got %d contacts %v, want 1", len(res.Contacts), describe(res))
		}
		if c := res.Contacts[0]; c.Date != "" || c.DateText != "" {
			t.Errorf("date = %q (%q), want none: August 2023 dates the release", c.Date, c.DateText)
		}
	})
}

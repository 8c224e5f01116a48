package extract_test

import "testing"

// TestCallCalledMeeting covers a call told again as "the meeting" ("In the meeting with Y,
// X raised ...", "told Y during the meeting"): it is the call, one contact; a meeting told
// as a plan, with a day of its own or with "a" is another contact.
func TestCallCalledMeeting(t *testing.T) {
	x := newExtractor(t)
	call := contactWant{names: []string{"Haruto Onishi", "Vikram Rao"}, mode: "phone", status: "held", dateText: "Monday"}
	cases := []contactCase{
		{"in the meeting with", "Indian Prime Minister Vikram Rao spoke by telephone with Japanese Prime Minister Haruto Onishi on Monday, the foreign ministry said. In the meeting with Onishi, Rao raised semiconductor supply chains.", "2026-04-07",
			[]contactWant{call}},
		{"told him during the meeting", "Indian Prime Minister Vikram Rao spoke by telephone with Japanese Prime Minister Haruto Onishi on Monday. Rao told Onishi during the meeting that New Delhi would raise defence spending, his office said.", "2026-04-07",
			[]contactWant{call}},
		{"a meeting planned after the call", "Indian Prime Minister Vikram Rao spoke by telephone with Japanese Prime Minister Haruto Onishi on Monday. Rao will meet Onishi in Tokyo next month, the ministry said.", "2026-04-07",
			[]contactWant{call, {names: []string{"Haruto Onishi", "Vikram Rao"}, mode: "meeting", status: "scheduled", dateText: "next month"}}},
		{"the meeting of another day", "Indian Prime Minister Vikram Rao spoke by telephone with Japanese Prime Minister Haruto Onishi on Monday. In the meeting with Onishi in Tokyo in March, Rao had raised semiconductor supply chains.", "2026-04-07",
			[]contactWant{call, {names: []string{"Haruto Onishi", "Vikram Rao"}, mode: "meeting", status: "held", dateText: "March"}}},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestInvitationDates: the day of the visit an invitation asks for dates the proposed
// meeting, however the invitation is told ("accepted an invitation from Y to visit Beijing
// in April", "accepted Y's invitation to visit Tokyo on May 12"); a day of the invitation
// itself, before the words of the visit, does not. A guest named after a possessed title,
// "invited Bangladesh's interim leader X", is invited as after any other description.
func TestInvitationDates(t *testing.T) {
	x := newExtractor(t)
	pub := "2026-03-06" // a Friday
	lulaXi := func(date, dateText string) []contactWant {
		return []contactWant{{[]string{"Luiz Inacio Lula da Silva", "Xi Jinping"}, "meeting", "proposed", date, dateText}}
	}
	runContactCases(t, x, []contactCase{
		{"accepted an invitation from a host to visit in a month", "Brazilian President Luiz Inacio Lula da Silva accepted an invitation from Chinese President Xi Jinping to visit Beijing in April, the foreign ministry said on Thursday.", pub,
			lulaXi("2026-04", "April")},
		{"has accepted an invitation to visit next month", "Brazilian President Luiz Inacio Lula da Silva has accepted an invitation from Chinese President Xi Jinping to visit China next month.", pub,
			lulaXi("2026-04", "next month")},
		{"accepted a titled host's invitation to visit on a day", "Brazilian President Luiz Inacio Lula da Silva accepted Chinese President Xi Jinping's invitation to visit Beijing on May 12.", pub,
			lulaXi("2026-05-12", "May 12")},
		{"accepted a host's invitation with no day", "Brazilian President Luiz Inacio Lula da Silva accepted Chinese President Xi Jinping's invitation to visit Beijing.", pub,
			lulaXi("", "")},
		{"invited a country's leader to a capital for talks on a day", "Indian Prime Minister Narendra Modi has invited Bangladesh's interim leader Muhammad Yunus to New Delhi for talks on March 20, officials said.", pub,
			[]contactWant{{[]string{"Narendra Modi", "Muhammad Yunus"}, "meeting", "proposed", "2026-03-20", "March 20"}}},
		{"offered to host talks next week", "Turkish President Recep Tayyip Erdogan offered to host talks with Chinese President Xi Jinping next week, his spokesman said on Friday.", pub,
			[]contactWant{{[]string{"Recep Tayyip Erdogan", "Xi Jinping"}, "meeting", "proposed", "", "next week"}}},
		{"invited to a state banquet on a day", "Brazilian President Luiz Inacio Lula da Silva invited Chinese President Xi Jinping to a state banquet on Saturday.", pub,
			lulaXi("2026-03-07", "Saturday")},
		{"invited to attend a summit in a month", "Brazilian President Luiz Inacio Lula da Silva has invited Chinese President Xi Jinping to attend the summit in June.", pub,
			lulaXi("2026-06", "June")},
		{"offered on a day to host talks", "Turkish President Recep Tayyip Erdogan offered on Thursday to host talks with Chinese President Xi Jinping.", pub,
			[]contactWant{{[]string{"Recep Tayyip Erdogan", "Xi Jinping"}, "meeting", "proposed", "", ""}}},
		{"agreed on a day to meet", "Turkish President Recep Tayyip Erdogan agreed on Monday to meet Chinese President Xi Jinping.", pub,
			[]contactWant{{[]string{"Recep Tayyip Erdogan", "Xi Jinping"}, "meeting", "scheduled", "", ""}}},
	})
}

package extract_test

import "testing"

// TestProposedContactsWithSeveral covers proposals whose noun names several others: the
// proposer is found by the parse though a verb stands between ("Macron proposed a summit
// with A and B"), and an invitation extended to someone to visit is one as "invited X
// to visit" is; one extended to unnamed people is none.
func TestProposedContactsWithSeveral(t *testing.T) {
	x := newExtractor(t)
	proposed := func(names ...string) contactWant {
		return contactWant{names: names, mode: "meeting", status: "proposed"}
	}
	cases := []contactCase{
		{"proposed a summit with two", "French President Emmanuel Macron proposed a summit with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.", "",
			[]contactWant{proposed("Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelensky")}},
		{"extended an invitation to visit", "Kenyan President William Ruto extended an invitation to Indian Prime Minister Narendra Modi to visit Kenya.", "",
			[]contactWant{proposed("William Ruto", "Narendra Modi")}},
		{"conveyed an invitation to visit", "Chinese President Xi Jinping conveyed an invitation to Brazilian President Luiz Inacio Lula da Silva to visit China next year.", "",
			[]contactWant{proposed("Xi Jinping", "Luiz Inacio Lula da Silva")}},
		{"an invitation to unnamed people is none", "Kenyan President William Ruto extended an invitation to investors to visit Kenya.", "", nil},
		{"invited a long-titled guest and others for talks", "Top diplomat Wang Lei has invited Prime Minister Lee Hsien Loong and other key Singapore leaders for talks.", "",
			[]contactWant{proposed("Wang Lei", "Lee Hsien Loong")}},
		{"invited a president and his deputy for talks", "Kenyan President William Ruto has invited US President Joe Biden and his deputy Kamala Harris for talks.", "",
			[]contactWant{proposed("William Ruto", "Joe Biden", "Kamala Harris")}},
	}
	runContactCases(t, x, cases)
}

// TestProgressiveMeeting covers "will be meeting with X", "is meeting X", "was meeting
// with X" as the verb in the progressive, while "was met with protests" and "will be
// meeting the targets" stay no contact.
func TestProgressiveMeeting(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"will be meeting with", "Joe Biden said he will be meeting with Chinese President Xi Jinping next week.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "scheduled"}}},
		{"will be meeting a titled person", "Joe Biden will be meeting Chinese President Xi Jinping on Monday.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "meeting", status: "scheduled"}}},
		{"was meeting with", "Antony Blinken was meeting with Chinese Foreign Minister Wang Yi when the news broke.", "",
			[]contactWant{{names: []string{"Antony Blinken", "Wang Yi"}, mode: "meeting", status: "held"}}},
		{"meeting targets is no contact", "The goal will be meeting the targets set in Paris, Joe Biden said.", "", nil},
	}
	runContactCases(t, x, cases)
}

// TestInvitedPastADescription covers "invited X, who ..., to join him on a visit" (the
// relative clause set off by commas is passed over) and "invited U.S. presidential
// candidate X to visit" (the description before the name), while unnamed invitees stay
// no contact.
func TestInvitedPastADescription(t *testing.T) {
	x := newExtractor(t)
	proposed := func(names ...string) contactWant {
		return contactWant{names: names, mode: "meeting", status: "proposed"}
	}
	cases := []contactCase{
		{"past a relative clause", "Keir Starmer invited Donald Trump, who had criticised London's mayor over crime figures in a long interview on Sunday, to join him on a visit to Chequers.", "",
			[]contactWant{proposed("Keir Starmer", "Donald Trump")}},
		{"past a lowercase description", "Keir Starmer invited U.S. Republican presidential candidate Donald Trump to visit Chequers.", "",
			[]contactWant{proposed("Keir Starmer", "Donald Trump")}},
		{"unnamed invitees", "Keir Starmer invited reporters from the Washington Post to visit Chequers.", "", nil},
	}
	runContactCases(t, x, cases)
}

// TestDoubtedContacts covers a contact told under a word of doubt ("analysts doubt that X
// would meet Y", "not sure X had the courage to meet Y"): talked of, not planned, so
// proposed, not scheduled; a plain plan stays scheduled.
func TestDoubtedContacts(t *testing.T) {
	x := newExtractor(t)
	want := func(status string) []contactWant {
		return []contactWant{{names: []string{"Yoweri Museveni", "Paul Kagame"}, mode: "meeting", status: status}}
	}
	runContactCases(t, x, []contactCase{
		{"doubt that would meet", "Analysts doubt that Ugandan President Yoweri Museveni would ever meet Rwandan President Paul Kagame.", "", want("proposed")},
		{"not sure had the courage to meet", "Kenya's foreign minister said he was not sure Ugandan President Yoweri Museveni had the courage to meet Rwandan President Paul Kagame.", "", want("proposed")},
		{"a plain plan", "Ugandan President Yoweri Museveni will meet Rwandan President Paul Kagame in Kigali on Friday.", "", want("scheduled")},
	})
}

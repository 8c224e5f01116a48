package extract_test

import "testing"

// TestReadinessOffers covers a contact offered rather than arranged: an adjective of
// readiness before "to" and the contact is proposed; one of unreadiness, or a negated
// readiness, is no contact.
func TestReadinessOffers(t *testing.T) {
	x := newExtractor(t)
	want := func(mode, status string, names ...string) contactWant {
		return contactWant{names: names, mode: mode, status: status}
	}
	cases := []contactCase{
		{"is prepared to meet is proposed", "Dutch Prime Minister Willem Dekker is prepared to meet Belgian Prime Minister Lotte Peeters, his office said on Tuesday.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"is prepared to hold talks is proposed, not held", "Dutch Prime Minister Willem Dekker is prepared to hold talks with Belgian Prime Minister Lotte Peeters, his office said.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"remains prepared to talk is proposed", "Dutch Prime Minister Willem Dekker remains prepared to talk to Belgian Prime Minister Lotte Peeters, his spokesman said.", "",
			[]contactWant{want("unspecified", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"is fully prepared to hold a meeting is proposed", "Dutch Prime Minister Willem Dekker is fully prepared to hold a meeting with Belgian Prime Minister Lotte Peeters.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"is ready to talk to is proposed", "Dutch Prime Minister Willem Dekker is ready to talk to Belgian Prime Minister Lotte Peeters, his spokesman said.", "",
			[]contactWant{want("unspecified", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"said he was willing to meet is proposed", "Dutch Prime Minister Willem Dekker said he was willing to meet Belgian Prime Minister Lotte Peeters.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"stands ready to hold talks is proposed", "Dutch Prime Minister Willem Dekker stands ready to hold talks with Belgian Prime Minister Lotte Peeters, his office told reporters.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"is eager to meet is proposed", "Dutch Prime Minister Willem Dekker is eager to meet Belgian Prime Minister Lotte Peeters, aides said.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"is open to talks with is proposed", "Dutch Prime Minister Willem Dekker is open to talks with Belgian Prime Minister Lotte Peeters, his office said.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"is open to a phone call with is proposed, its subject a party", "Dutch Prime Minister Willem Dekker is open to a phone call with Belgian Prime Minister Lotte Peeters, his office said.", "",
			[]contactWant{want("phone", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"said he was open to a meeting with is proposed", "Dutch Prime Minister Willem Dekker said he was open to a meeting with Belgian Prime Minister Lotte Peeters in Ghent.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"has offered to meet is proposed", "Dutch Prime Minister Willem Dekker has offered to meet Belgian Prime Minister Lotte Peeters, his office said.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"prepared to meet as a verb with a day stays scheduled", "Dutch Prime Minister Willem Dekker prepared to meet Belgian Prime Minister Lotte Peeters in Ghent on Friday.", "2026-03-10",
			[]contactWant{{[]string{"Willem Dekker", "Lotte Peeters"}, "meeting", "scheduled", "2026-03-13", "Friday"}}},
		{"is not ready to meet is no contact", "Dutch Prime Minister Willem Dekker is not ready to meet Belgian Prime Minister Lotte Peeters, his office said.", "", nil},
		{"is not prepared to hold talks is no contact", "Dutch Prime Minister Willem Dekker is not prepared to hold talks with Belgian Prime Minister Lotte Peeters.", "", nil},
		{"is unwilling to talk to is no contact", "Dutch Prime Minister Willem Dekker is unwilling to talk to Belgian Prime Minister Lotte Peeters, his office said.", "", nil},
		{"is not open to a call with is no contact", "Dutch Prime Minister Willem Dekker is not open to a call with Belgian Prime Minister Lotte Peeters, his office said.", "", nil},
		{"was unwilling to hold a call is no contact", "Dutch Prime Minister Willem Dekker was unwilling to hold a call with Belgian Prime Minister Lotte Peeters.", "", nil},
		{"was reluctant to meet is no contact", "Dutch Prime Minister Willem Dekker was reluctant to meet Belgian Prime Minister Lotte Peeters.", "", nil},
		{"refused to meet is no contact", "Dutch Prime Minister Willem Dekker refused to meet Belgian Prime Minister Lotte Peeters.", "", nil},
		{"open in another clause leaves a held meeting held and its day past", "With the border crossing open again, Dutch Prime Minister Willem Dekker met Belgian Prime Minister Lotte Peeters in Ghent on Monday.", "2026-03-10",
			[]contactWant{{[]string{"Willem Dekker", "Lotte Peeters"}, "meeting", "held", "2026-03-09", "Monday"}}},
		{"a possible sign before a held meeting leaves it held", "In a possible sign of a thaw, Dutch Prime Minister Willem Dekker met Belgian Prime Minister Lotte Peeters in Ghent on Monday.", "2026-03-10",
			[]contactWant{{[]string{"Willem Dekker", "Lotte Peeters"}, "meeting", "held", "2026-03-09", "Monday"}}},
		{"a possible meeting is proposed", "A possible meeting between Dutch Prime Minister Willem Dekker and Belgian Prime Minister Lotte Peeters was discussed, officials said.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"a modal in a fronted participle leaves a held call held", "Fearing sanctions could follow, Dutch Prime Minister Willem Dekker spoke by phone with Belgian Prime Minister Lotte Peeters on Sunday.", "2026-03-10",
			[]contactWant{{[]string{"Willem Dekker", "Lotte Peeters"}, "phone", "held", "2026-03-08", "Sunday"}}},
		{"a future in a fronted participle leaves a held call held", "Fearing sanctions will follow, Dutch Prime Minister Willem Dekker spoke by phone with Belgian Prime Minister Lotte Peeters on Sunday.", "2026-03-10",
			[]contactWant{{[]string{"Willem Dekker", "Lotte Peeters"}, "phone", "held", "2026-03-08", "Sunday"}}},
		{"a future after a fronted day still schedules", "On Friday, Dutch Prime Minister Willem Dekker will meet Belgian Prime Minister Lotte Peeters in Ghent.", "2026-03-10",
			[]contactWant{{[]string{"Willem Dekker", "Lotte Peeters"}, "meeting", "scheduled", "2026-03-13", "Friday"}}},
		{"a modal after the subject still proposes", "Dutch Prime Minister Willem Dekker, fearing sanctions, could meet Belgian Prime Minister Lotte Peeters.", "",
			[]contactWant{want("meeting", "proposed", "Willem Dekker", "Lotte Peeters")}},
		{"ready in another clause leaves a held call held", "Peeters said she was ready, and Dutch Prime Minister Willem Dekker spoke by phone with Belgian Prime Minister Lotte Peeters on Tuesday.", "2026-03-10",
			[]contactWant{{[]string{"Willem Dekker", "Lotte Peeters"}, "phone", "held", "2026-03-10", "Tuesday"}}},
	}
	runContactCases(t, x, cases)
}

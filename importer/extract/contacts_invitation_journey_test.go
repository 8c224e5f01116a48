package extract_test

import "testing"

// TestInvitationJourney covers a guest's journey "at the invitation of" a host (or "at
// the host's invitation") told with any verb of travel, before or after the phrase ("At the
// invitation of X, Y visited Tallinn", "Y returned to Estonia at the invitation of X"): a
// meeting of the guest and the host, while an act that is no journey ("signed the accord at
// the invitation of X") or a journey only in a relative clause stays no contact.
func TestInvitationJourney(t *testing.T) {
	x := newExtractor(t)
	kovacKaris := func(status, date, dateText string) []contactWant {
		return []contactWant{{names: []string{"Anna Kovac", "Alar Karis"}, mode: "meeting", status: status, date: date, dateText: dateText}}
	}
	runContactCases(t, x, []contactCase{
		{"opening, visited", "At the invitation of President Alar Karis, Foreign Minister Anna Kovac visited Tallinn on Monday.", "2026-03-10",
			kovacKaris("held", "2026-03-09", "Monday")},
		{"opening, travelled", "At the invitation of President Alar Karis, Foreign Minister Anna Kovac travelled to Estonia on Monday.", "2026-03-10",
			kovacKaris("held", "2026-03-09", "Monday")},
		{"opening, returned with a companion", "At the invitation of President Alar Karis, Foreign Minister Anna Kovac and her husband returned to Estonia in 2019 for the first time since 1990.", "",
			kovacKaris("held", "", "")},
		{"trailing, returned", "Foreign Minister Anna Kovac returned to Estonia on Monday at the invitation of President Alar Karis.", "2026-03-10",
			kovacKaris("held", "2026-03-09", "Monday")},
		{"trailing, is visiting", "Foreign Minister Anna Kovac is visiting Estonia at the invitation of President Alar Karis.", "",
			kovacKaris("held", "", "")},
		{"opening possessive, will visit", "At President Alar Karis's invitation, Foreign Minister Anna Kovac will visit Tallinn on Monday.", "2026-03-06",
			kovacKaris("scheduled", "2026-03-09", "Monday")},
		{"closing possessive, visited", "Foreign Minister Anna Kovac visited Tallinn on Monday at President Alar Karis's invitation.", "2026-03-10",
			kovacKaris("held", "2026-03-09", "Monday")},
		{"signed at a possessive invitation", "Foreign Minister Anna Kovac signed the accord at President Alar Karis's invitation.", "", nil},
		{"signed at the invitation", "Foreign Minister Anna Kovac signed the accord at the invitation of President Alar Karis.", "", nil},
		{"a journey only in a relative clause", "Foreign Minister Anna Kovac, who visited Tallinn last year, spoke at the conference at the invitation of President Alar Karis.", "", nil},
	})
}

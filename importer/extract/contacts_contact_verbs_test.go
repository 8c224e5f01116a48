package extract_test

import "testing"

// TestContactedAndCallingVerbs covers "X contacted Y" (a contact of no medium, as
// "consulted" is: with two named parties only) and the participles "calling",
// "phoning", "telephoning" of the phone verbs ("After calling X by phone, Y flew to
// Warsaw"), while "contacted former members", "when contacted by a news agency",
// "calling for calm", "calling on a country to", "calling X a liar" and "the firm would be
// called X" (a name, with no "by") stay no contact.
func TestContactedAndCallingVerbs(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"contacted a named counterpart", "Foreign Minister Anna Kovac contacted Swedish Foreign Minister Tobias Lind on Monday over the detained sailors.", "2026-03-10",
			[]contactWant{{names: []string{"Anna Kovac", "Tobias Lind"}, mode: "unspecified", status: "held", date: "2026-03-09", dateText: "Monday"}}},
		{"was contacted by a named counterpart", "Foreign Minister Anna Kovac was contacted by Swedish Foreign Minister Tobias Lind on Monday.", "2026-03-10",
			[]contactWant{{names: []string{"Anna Kovac", "Tobias Lind"}, mode: "unspecified", status: "held", date: "2026-03-09", dateText: "Monday"}}},
		{"contacted unnamed people", "Daniel Ruiz contacted former members of the group, who helped him leave.", "", nil},
		{"when contacted by a news agency", "When contacted by Reuters, Foreign Minister Anna Kovac declined to comment.", "", nil},
		{"after calling by phone", "After calling President Emmanuel Macron by phone on Tuesday, Chancellor Olaf Scholz flew to Warsaw.", "2026-03-12",
			[]contactWant{{names: []string{"Emmanuel Macron", "Olaf Scholz"}, mode: "phone", status: "held", date: "2026-03-10", dateText: "Tuesday"}}},
		{"after telephoning", "After telephoning Saudi Foreign Minister Faisal bin Farhan, Secretary of State Antony Blinken left for Cairo.", "",
			[]contactWant{{names: []string{"Faisal bin Farhan", "Antony Blinken"}, mode: "phone", status: "held"}}},
		{"calling for calm and on a country", "Foreign Minister Anna Kovac is calling for calm and calling on Russia to withdraw.", "", nil},
		{"calling a person names", "Prime Minister Mark Rutte was criticised for calling President Viktor Orban a liar.", "", nil},
		{"is calling a named counterpart", "President Joe Biden is calling Chinese President Xi Jinping, the White House said.", "",
			[]contactWant{{names: []string{"Joe Biden", "Xi Jinping"}, mode: "phone", status: "held"}}},
		{"would be called a name", "Ruth Hale and Tom Noel agreed that the firm would be called Hale-Noel.", "", nil},
		{"was called by a named counterpart", "Foreign Minister Anna Kovac was called by Swedish Foreign Minister Tobias Lind.", "",
			[]contactWant{{names: []string{"Anna Kovac", "Tobias Lind"}, mode: "phone", status: "held"}}},
	})
}

// TestPhoneVerbAhead covers "phone" and "telephone" as a verb's base form after "to" or a
// modal with a named party after it ("is scheduled to telephone Y", "will phone Y"), while
// "by phone", "a phone call" and "to phone Monday" stay the medium or nothing.
func TestPhoneVerbAhead(t *testing.T) {
	x := newExtractor(t)
	al := []string{"Anna Kovac", "Tobias Lind"}
	runContactCases(t, x, []contactCase{
		{"scheduled to telephone", "Foreign Minister Anna Kovac is scheduled to telephone Swedish Foreign Minister Tobias Lind on Friday.", "2026-03-10",
			[]contactWant{{names: al, mode: "phone", status: "scheduled", date: "2026-03-13", dateText: "Friday"}}},
		{"will phone", "Foreign Minister Anna Kovac will phone Swedish Foreign Minister Tobias Lind tomorrow.", "2026-03-10",
			[]contactWant{{names: al, mode: "phone", status: "scheduled", date: "2026-03-11", dateText: "tomorrow"}}},
		{"could phone his counterpart", "Foreign Minister Tobias Lind could phone his Croatian counterpart Anna Kovac next week.", "",
			[]contactWant{{names: al, mode: "phone", status: "proposed", dateText: "next week"}}},
		{"to phone a day is no call", "Foreign Minister Anna Kovac wanted to phone Monday, but Tobias Lind was away.", "", nil},
	})
}

// TestGotInTouch covers "got in touch with Y" (one act of contact, of no medium) and "will
// get in touch with Y" (scheduled), while "were in touch with", "keep in touch" and
// "remain in touch" tell a standing link and stay no contact.
func TestGotInTouch(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"got in touch", "Foreign Minister Anna Kovac got in touch with Swedish Foreign Minister Tobias Lind after the vote.", "",
			[]contactWant{{names: []string{"Anna Kovac", "Tobias Lind"}, mode: "unspecified", status: "held"}}},
		{"will get in touch", "Foreign Minister Anna Kovac will get in touch with Swedish Foreign Minister Tobias Lind next week.", "",
			[]contactWant{{names: []string{"Anna Kovac", "Tobias Lind"}, mode: "unspecified", status: "scheduled", dateText: "next week"}}},
		{"has been in touch", "Foreign Minister Anna Kovac has been in touch with Swedish Foreign Minister Tobias Lind.", "", nil},
		{"keep in touch", "Foreign Minister Anna Kovac said she would keep in touch with Swedish Foreign Minister Tobias Lind.", "", nil},
		{"touch on a topic", "Foreign Minister Anna Kovac will touch on trade with Swedish Foreign Minister Tobias Lind's aides.", "", nil},
	})
}

// TestPutThrough covers "was put through to Y" (a call a switchboard connected, also past
// an adverb and a description before the name), while "put through to the final" and an
// operator's "put X through to Y" stay no contact.
func TestPutThrough(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"was put through", "Foreign Minister Anna Kovac was put through to Swedish Foreign Minister Tobias Lind on Monday.", "2026-03-10",
			[]contactWant{{names: []string{"Anna Kovac", "Tobias Lind"}, mode: "phone", status: "held", date: "2026-03-09", dateText: "Monday"}}},
		{"was instead put through to a described name", "After calling the ministry by phone, Foreign Minister Anna Kovac was instead put through to a ministry lawyer, Tobias Lind.", "",
			[]contactWant{{names: []string{"Anna Kovac", "Tobias Lind"}, mode: "phone", status: "held"}}},
		{"put through to the final", "Sweden was put through to the final by Tobias Lind's goal.", "", nil},
		{"an operator put a caller through", "The operator put Anna Kovac through to Tobias Lind.", "", nil},
	})
}

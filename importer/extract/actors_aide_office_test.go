package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestAideOffice covers titles built on a principal's office ("Assistant to the
// President", "Chief of Staff to the President", "Special Envoy of the Secretary-General"):
// the aide holds the aide's office in the principal's state and never the principal's, so
// that "the President said" later is the president the story names, and "X met Y" keeps
// the aide as the party. Each story is: lead (naming the principal), "<title> <aide> met
// <other> on Monday.", then the principal's quotation.
func TestAideOffice(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, lead, title, other, principal string
		aide                                actorWant
		speaker                             string
	}{
		{"assistant to the president for national security affairs", "U.S. President Mark Renkers will travel to Europe next month.", "Assistant to the President for National Security Affairs", "Ukrainian Foreign Minister Viktor Tarasov", "President", actorWant{"Daniel Orrin", "National Security Adviser", "US"}, "Mark Renkers"},
		{"deputy assistant to the president", "U.S. President Mark Renkers will travel to Europe next month.", "Deputy Assistant to the President", "Ukrainian Foreign Minister Viktor Tarasov", "President", actorWant{"Laura Penning", "Adviser", "US"}, "Mark Renkers"},
		{"senior adviser to the prime minister", "British Prime Minister Alan Whitcombe is due in Dublin next week.", "Senior Adviser to the Prime Minister", "Irish Foreign Minister Sean Dolan", "Prime Minister", actorWant{"Oliver Haskett", "Adviser", "GB"}, "Alan Whitcombe"},
		{"chief of staff to the president", "Ukrainian President Petro Hrytsenko stayed in Kyiv.", "Chief of Staff to the President", "Polish Foreign Minister Tomasz Zielak", "President", actorWant{"Andriy Melnyk", "Chief of Staff", "UA"}, "Petro Hrytsenko"},
		{"special envoy of the secretary-general", "UN Secretary-General Antonio Reyes called for calm.", "Special Envoy of the Secretary-General", "Yemeni Foreign Minister Ahmed Salem", "Secretary-General", actorWant{"Hans Brekke", "Ambassador", ""}, "Antonio Reyes"},
		{"adviser to the supreme leader", "Iran's Supreme Leader Hossein Farahani has backed the talks.", "Adviser to the Supreme Leader", "Iraqi Prime Minister Karim Jaber", "Supreme Leader", actorWant{"Ali Rezaei", "Adviser", "IR"}, "Hossein Farahani"},
		{"principal secretary to the prime minister", "Indian Prime Minister Rajesh Verma left for Tokyo.", "Principal Secretary to the Prime Minister", "Japanese Foreign Minister Kenji Sato", "Prime Minister", actorWant{"Pramod Kumar Mishal", "Adviser", "IN"}, "Rajesh Verma"},
		{"press secretary to the king", "Jordan's King Abdallah Hamdan is in London.", "Press Secretary to the King", "British Foreign Secretary Peter Lomax", "King", actorWant{"Omar Haddad", "spokesperson", "JO"}, "Abdallah Hamdan"},
		{"a possessive principal is no aide title", "U.S. President Mark Renkers will travel to Europe next month.", "On Monday, the President's adviser", "Ukrainian Foreign Minister Viktor Tarasov", "President", actorWant{"Daniel Orrin", "", ""}, "Mark Renkers"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := c.lead + " " + c.title + " " + c.aide.name + " met " + c.other + " on Monday. \"We are grateful,\" the " + c.principal + " said."
			res := x.Extract(extract.Input{Text: text, Published: "2024-03-05"})
			checkAide(t, res, c.aide, c.principal)
			assertOneQuoteBy(t, res, c.speaker)
			ws := strings.Fields(c.other) // the other party's office and two-word name
			if want := sortedCopy([]string{c.aide.name, strings.Join(ws[len(ws)-2:], " ")}); len(res.Contacts) != 1 || sortedNames(res, res.Contacts[0]) != want {
				t.Errorf("contacts %v, want one of %s", describe(res), want)
			}
		})
	}
}

// TestAideOfficeApart covers aides told apart from their principal otherwise: a White
// House readout's "Assistant to the President" hosting a president (the publisher's
// country, not the guest's), the title in apposition after the name, and an adviser named
// in apposition after a lower-case title.
func TestAideOfficeApart(t *testing.T) {
	x := newExtractor(t)
	res := x.Extract(extract.Input{Publisher: "The White House", Published: "2024-03-05",
		Text: "Assistant to the President for National Security Affairs Daniel Orrin hosted President Ahmed Salem Nur of Somalia at the White House today. Mr. Orrin praised Somalia's reforms."})
	checkAide(t, res, actorWant{"Daniel Orrin", "National Security Adviser", "US"}, "President")
	if len(res.Contacts) != 1 || sortedNames(res, res.Contacts[0]) != sortedCopy([]string{"Daniel Orrin", "Ahmed Salem Nur"}) {
		t.Errorf("contacts %v, want Orrin and Nur", describe(res))
	}
	res = x.Extract(extract.Input{Text: "British Prime Minister Alan Whitcombe is due in Dublin next week. Oliver Haskett, Senior Adviser to the Prime Minister, met Irish Foreign Minister Sean Dolan in Dublin on Monday."})
	checkAide(t, res, actorWant{"Oliver Haskett", "Adviser", "GB"}, "Prime Minister")
	res = x.Extract(extract.Input{Text: "U.S. President Mark Renkers will travel to Europe next month. \"We stand with Ukraine,\" an adviser to the President, Jane Dorrow, said."})
	checkAide(t, res, actorWant{"Jane Dorrow", "", ""}, "President")
	assertOneQuoteBy(t, res, "Jane Dorrow")
}

// checkAide fails unless the aide is an actor of the role and country wanted (when given),
// never in the principal's office.
func checkAide(tb testing.TB, res extract.Result, want actorWant, principal string) {
	tb.Helper()
	a, ok := findActor(res, want.name)
	switch {
	case !ok:
		tb.Errorf("missing actor %q in %v", want.name, actorNames(res))
	case a.Role == principal || want.role != "" && a.Role != want.role:
		tb.Errorf("%s role = %q, want %q", want.name, a.Role, want.role)
	case want.country != "" && a.Country != want.country:
		tb.Errorf("%s country = %q, want %q", want.name, a.Country, want.country)
	}
}

// assertOneQuoteBy fails unless the story has one quotation, spoken by speaker.
func assertOneQuoteBy(tb testing.TB, res extract.Result, speaker string) {
	tb.Helper()
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 || res.Actors[res.Quotes[0].Speaker].Name != speaker {
		tb.Errorf("quotes %+v, want one by %s", res.Quotes, speaker)
	}
}

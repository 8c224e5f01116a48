package extract_test

import "testing"

// TestCredentialsCeremony covers an envoy's credentials handed to or taken by a head of
// state, which news and government releases report as an audience: "presented his
// credentials to X", "received the credentials of the new ambassador, X". Credentials
// with no one named to meet, or not an envoy's ("their credentials as reformers"), are
// none.
func TestCredentialsCeremony(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"presented his credentials to", "The new Swiss ambassador, Thomas Keller, presented his credentials to Nigerian President Bola Tinubu on Friday.", "",
			[]contactWant{meeting("Thomas Keller", "Bola Tinubu")}},
		{"received the credentials of", "Moldovan President Maia Sandu received the credentials of the new Romanian ambassador, Cristian Popescu, on Thursday.", "",
			[]contactWant{meeting("Maia Sandu", "Cristian Popescu")}},
		{"will present credentials is scheduled", "Ambassador Thomas Keller will present his credentials to President Bola Tinubu next week.", "",
			[]contactWant{{names: []string{"Thomas Keller", "Bola Tinubu"}, mode: "meeting", status: "scheduled"}}},
		{"credentials with no one named are none", "The new Swiss ambassador, Thomas Keller, presented his credentials on Friday.", "",
			nil},
		{"credentials as a quality are none", "Finance Minister Olu Verheijen burnished her credentials as a reformer with Nigerian President Bola Tinubu.", "",
			nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestMetWithVisiting covers a story that opens with a host who "met with visiting" a
// foreign officer: the officers whose country the text does not tell are the host's, but
// the visitor is not.
func TestMetWithVisiting(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"host's minister attends", "Jordanian President Samir Haddad on Thursday met with visiting Australian Foreign Minister Bob Lindqvist. The meeting was attended by Foreign Minister Nasser Qudah.",
			[]actorWant{{"Nasser Qudah", "Foreign Minister", "JO"}, {"Bob Lindqvist", "Foreign Minister", "AU"}}, nil},
	}
	runActorCases(t, x, cases)
	res := x.Extract(extract.Input{Text: "Jordanian President Samir Haddad met with visiting Foreign Minister Bob Lindqvist on Thursday. Interior Minister Nasser Qudah also attended."})
	if a, ok := findActor(res, "Nasser Qudah"); !ok || a.Country != "JO" {
		t.Errorf("host's minister: Nasser Qudah found %v, country %q, want JO", ok, a.Country)
	}
	if a, ok := findActor(res, "Bob Lindqvist"); !ok || a.Country == "JO" {
		t.Errorf("visitor: Bob Lindqvist found %v, country %q, want found and not JO", ok, a.Country)
	}
}

package extract_test

import "testing"

// TestBracketedGivenName covers a given name an editor added in brackets inside a
// quotation, between an office and the surname the speaker used: the person is the full
// name, so a later bare surname resolves to it; brackets elsewhere join no name.
func TestBracketedGivenName(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"office, bracketed given name, surname", "\"Prime Minister (Taro) Kasuveda led the discussion,\" Deputy Chief Cabinet Secretary Ken Moriyasa told reporters. On Wednesday night, Kasuveda met President Odera Mwangaza for talks.",
			[]actorWant{{"Taro Kasuveda", "Prime Minister", ""}, {"Odera Mwangaza", "President", ""}}, nil},
		{"title word before the brackets", "\"We trust President (Lerato) Mbekizo,\" the envoy said of Lerato Mbekizo.",
			[]actorWant{{"Lerato Mbekizo", "President", ""}}, nil},
		{"bracketed office before an honorific and a name", "\"I pay my compliments to (Prime Minister) Dr. Rakesh Venkatalu,\" the general said. Venkatalu thanked him.",
			[]actorWant{{"Rakesh Venkatalu", "Prime Minister", ""}}, nil},
		{"bracketed office with a demonym", "\"We welcome the visit of (Indian Prime Minister) Dr. Ravel Kotamundi,\" the general said.",
			[]actorWant{{"Ravel Kotamundi", "Prime Minister", "IN"}}, nil},
		{"brackets after no office", "The accord (Annex) Two was signed by President Odera Mwangaza.",
			[]actorWant{{"Odera Mwangaza", "President", ""}}, []string{"Annex Two"}},
	}
	runActorCases(t, x, cases)
}

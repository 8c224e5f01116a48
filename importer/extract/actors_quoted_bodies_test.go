package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuotedBodies covers government bodies, wire services and research bodies that news
// copy quotes: orgs.tsv knows them, so their quotes get a speaker with its country, and a
// wire service that reports a meeting is a source, never a party to it.
func TestQuotedBodies(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct {
		name, text, speaker, country string
	}{
		{"the Home Office said", `"We will review the rules for visas," the Home Office said on Monday.`, "Home Office", "GB"},
		{"the MoD said", `"Two aircraft were sent to the region," the MoD said in a statement.`, "British Defense Ministry", "GB"},
		{"the Energy Department said", `"The reserve will be released next month," the Energy Department said.`, "US Energy Department", "US"},
		{"a research center said", `"Most adults now read news online," the Pew Research Center said in a report.`, "Pew Research Center", "US"},
		{"the French presidency is the Elysee", `"The call was frank and long," the French presidency said on Tuesday.`, "Elysee Palace", "FR"},
		{"a think tank said", `"The front line barely moved this week," the Institute for the Study of War said.`, "Institute for the Study of War", "US"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: tc.text})
			a, ok := findActor(res, tc.speaker)
			if !ok || a.Kind != extract.KindOrganization || a.Country != tc.country {
				t.Fatalf("%s = %+v, %v; want an organization of %s in %v", tc.speaker, a, ok, tc.country, actorNames(res))
			}
			if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 || res.Actors[res.Quotes[0].Speaker].Name != tc.speaker {
				t.Errorf("quotes = %+v, want one by %s", res.Quotes, tc.speaker)
			}
		})
	}
	t.Run("a letter signed by a body's officer is the officer's", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: `"The agency will build a new rocket," said the letter, signed by NASA Administrator Dana Whitfield and a Pentagon official.`})
		if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 || res.Actors[res.Quotes[0].Speaker].Name != "Dana Whitfield" {
			t.Errorf("quotes = %+v, want one by Dana Whitfield in %v", res.Quotes, actorNames(res))
		}
	})
	t.Run("UPI reported", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "Indian Prime Minister Vikram Rao met French President Claire Vautrin in Paris on Tuesday, UPI reported."})
		if len(res.Contacts) != 1 {
			t.Fatalf("contacts = %+v, want one", res.Contacts)
		}
		for _, p := range res.Contacts[0].Participants {
			if n := res.Actors[p].Name; n == "United Press International" || n == "UPI" {
				t.Errorf("the wire service is a party: %v", actorNames(res))
			}
		}
		if a, ok := findActor(res, "United Press International"); !ok || a.Kind != extract.KindOrganization {
			t.Errorf("UPI = %+v, %v; want the wire service in %v", a, ok, actorNames(res))
		}
	})
}

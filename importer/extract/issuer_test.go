package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestIssuer checks that the header of a minister's release names the release's "I", and
// that other headers name nobody.
func TestIssuer(t *testing.T) {
	x := newExtractor(t)
	cases := []struct{ name, body, want string }{
		{"the Hon and post-nominals", "MINISTER FOR TRADE\n\nThe Hon Simon Birmingham MP\n\nVISIT TO INDONESIA\n\nI met Minister Zulkifli Hasan today.", "Simon Birmingham"},
		{"senator the Hon", "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nI travelled to Fiji.", "Penny Wong"},
		{"the Hon, a given name no list knows, post-nominals", "MINISTER FOR FOREIGN AFFAIRS\n\nThe Hon Tavita Olemaru MP\n\nVISIT TO SAMOA\n\nI met Prime Minister Fiame Leota today.", "Tavita Olemaru"},
		{"senator the Hon, a given name no list knows", "Senator the Hon Tavita Olemaru\nMinister for Trade\n\nI travelled to Tonga.", "Tavita Olemaru"},
		{"the Hon in a sentence of no known given name", "The Hon Member For Oxley asked a question.", ""},
		{"a header in capitals", "MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER FA12 3 March 2003\n\nI have today announced ...", "Alexander Downer"},
		{"a news story names nobody", "WASHINGTON (Reuters) - President Joe Biden met Fumio Kishida on Friday.", ""},
		{"a minister in a long sentence is no header", "The Prime Minister said on Friday that THE MINISTER FOR HEALTH MARK BUTLER would travel to Canberra and meet the premiers of every state in turn.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := x.Issuer(c.body); got != c.want {
				t.Errorf("Issuer = %q, want %q", got, c.want)
			}
		})
	}
}

// TestIssuerContacts checks that the release's "I" takes part in contacts as its issuer,
// and that an "I" inside a quotation is someone else.
func TestIssuerContacts(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, text string
		want       []contactWant
	}{
		{"I met a list of a country's officials",
			"In Jakarta I met President Joko Widodo and Foreign Minister Retno Marsudi.",
			[]contactWant{{[]string{"Simon Birmingham", "Joko Widodo"}, "meeting", "held", "", ""}, {[]string{"Simon Birmingham", "Retno Marsudi"}, "meeting", "held", "", ""}}},
		{"an I in a quotation is not the issuer",
			`"I met President Joko Widodo," the governor said.`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Published: "2019-06-01", Issuer: "Simon Birmingham"})
			if len(res.Contacts) != len(c.want) {
				t.Fatalf("got %d contacts %v, want %d", len(res.Contacts), describe(res), len(c.want))
			}
			for i, w := range c.want {
				got := res.Contacts[i]
				if g, e := sortedNames(res, got), sortedCopy(w.names); g != e || string(got.Mode) != w.mode || string(got.Status) != w.status {
					t.Errorf("contact %d = %s %s/%s, want %s %s/%s", i, g, got.Mode, got.Status, e, w.mode, w.status)
				}
			}
		})
	}
}

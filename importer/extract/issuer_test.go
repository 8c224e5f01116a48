package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// TestIssuer checks that the header of a minister's release names the release's "I", and
// that other headers name nobody; so does a statement's headline (title: TitleIssuer) when
// it names its signer, and no other headline.
func TestIssuer(t *testing.T) {
	x := newExtractor(t)
	cases := []struct{ name, body, want string }{
		{"title: statement from a president on a call", "Statement from President Joe Biden on His Call with President Tarasov", "Joe Biden"},
		{"title: statement by a prime minister", "Statement by Prime Minister Anthony Albanese", "Anthony Albanese"},
		{"title: remarks by a title and a known surname", "Remarks by President Biden Before Marine One Departure", "Biden"},
		{"title: joint remarks of two speakers", "Remarks by President Biden and Prime Minister Kishida in Joint Press Conference", ""},
		{"title: a readout tells in the third person", "Readout of President Joe Biden's Call with Prime Minister Tarasov", ""},
		{"title: an interview with", "Interview with Prime Minister Anthony Albanese", ""},
		{"title: a news headline", "Biden and Xi meet in Bali", ""},
		{"a briefer's header over a transcript", "Ned Price, Department Spokesperson\n\nWashington, DC\n\nMR. PRICE: Good afternoon.\n\nQUESTION: Has the Secretary spoken with Lavrov?", "Ned Price"},
		{"a name and an office over prose is no briefer", "Ned Price, Department Spokesperson\n\nThe Secretary spoke with Lavrov on Monday.", ""},
		{"the Hon and post-nominals", "MINISTER FOR TRADE\n\nThe Hon Simon Birmingham MP\n\nVISIT TO INDONESIA\n\nI met Minister Zulkifli Hasan today.", "Simon Birmingham"},
		{"senator the Hon", "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nI travelled to Fiji.", "Penny Wong"},
		{"the Hon, a given name no list knows, post-nominals", "MINISTER FOR FOREIGN AFFAIRS\n\nThe Hon Tavita Olemaru MP\n\nVISIT TO SAMOA\n\nI met Prime Minister Fiame Leota today.", "Tavita Olemaru"},
		{"senator the Hon, a given name no list knows", "Senator the Hon Tavita Olemaru\nMinister for Trade\n\nI travelled to Tonga.", "Tavita Olemaru"},
		{"the Hon in a sentence of no known given name", "The Hon Member For Oxley asked a question.", ""},
		{"a header in capitals", "MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER FA12 3 March 2003\n\nI have today announced ...", "Alexander Downer"},
		{"a name above the minister's office", "Senator Penny Wong\nMinister for Foreign Affairs\n\nI travelled to Fiji.", "Penny Wong"},
		{"a name below the office", "Prime Minister of Australia\nAnthony Albanese\n\nMedia release\n\nToday I met President Joko Widodo.", "Anthony Albanese"},
		{"a name in capitals below the office", "MINISTER FOR TRADE\nSIMON BIRMINGHAM\n\nI met Minister Zulkifli Hasan today.", "Simon Birmingham"},
		{"a byline beside a headline is no signer", "Prime Minister meets Japanese counterpart\nJohn Smith\n\nThe prime minister met his Japanese counterpart on Monday.", ""},
		{"a byline that names a known minister", "Why the Pacific matters\nBy Penny Wong\n\nLast week I met Prime Minister Sitiveni Rabuka in Suva.", "Penny Wong"},
		{"a reporter's byline names nobody", "Talks resume in Suva\nBy Tom Hale\n\nI met Prime Minister Sitiveni Rabuka in Suva.", ""},
		{"a caption that names the office's holder is no office line", "Prime Minister Narendra Modi\nSanjay Mehta\n\nI asked about the talks.", ""},
		{"a news story names nobody", "WASHINGTON (Reuters) - President Joe Biden met Fumio Kishida on Friday.", ""},
		{"a minister in a long sentence is no header", "The Prime Minister said on Friday that THE MINISTER FOR HEALTH MARK BUTLER would travel to Canberra and meet the premiers of every state in turn.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			read := x.Issuer
			if strings.HasPrefix(c.name, "title: ") {
				read = x.TitleIssuer
			}
			if got := read(c.body); got != c.want {
				t.Errorf("Issuer = %q, want %q", got, c.want)
			}
		})
	}
}

// TestIssuerContacts checks that the release's "I" takes part in contacts as its issuer,
// and that an "I" inside a quotation is someone else; with no release header, the signer a
// statement's headline names is its "I", and a news headline names none.
func TestIssuerContacts(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, text string
		want       []contactWant
		title      string // a headline, for a text with no issuer from a release header
	}{
		{"title: today I spoke with", "Today, I spoke with President Viktor Tarasov of Ukraine to reaffirm our support.",
			[]contactWant{{[]string{"Joe Biden", "Viktor Tarasov"}, "unspecified", "held", "", ""}}, "Statement from President Joe Biden on Ukraine"},
		{"title: a news headline names no I", "Today, I spoke with President Viktor Tarasov of Ukraine to reaffirm our support.", nil, "Biden speaks on Ukraine"},
		{"I met a list of a country's officials",
			"In Jakarta I met President Joko Widodo and Foreign Minister Retno Marsudi.",
			[]contactWant{{[]string{"Simon Birmingham", "Joko Widodo"}, "meeting", "held", "", ""}, {[]string{"Simon Birmingham", "Retno Marsudi"}, "meeting", "held", "", ""}}, ""},
		{"a part of the day before I",
			"This morning I met Trade Minister Zulkifli Hasan in Jakarta.",
			[]contactWant{{[]string{"Simon Birmingham", "Zulkifli Hasan"}, "meeting", "held", "", ""}}, ""},
		{"an I in a quotation is not the issuer",
			`"I met President Joko Widodo," the governor said.`, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := extract.Input{Text: c.text, Published: "2019-06-01", Issuer: "Simon Birmingham"}
			if c.title != "" {
				in.Issuer, in.Title = "", c.title
			}
			res := x.Extract(in)
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

package extract_test

import "testing"

// TestPortfolioOffices covers ministers of a portfolio other than foreign affairs, defence,
// the interior and finance, and agency heads titled Administrator: the title is the office,
// never part of the name.
func TestPortfolioOffices(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"minister of a portfolio before the name", `Minister of Education Stefania Giannini said a "broader reflection" was needed.`,
			[]actorWant{{"Stefania Giannini", "Education Minister", ""}}, []string{"Education Stefania Giannini"}},
		{"portfolio minister after a possessive country", "Kenya's Health Minister Susan Nakhumicha met Tedros Adhanom Ghebreyesus on Monday.",
			[]actorWant{{"Susan Nakhumicha", "Health Minister", "KE"}}, []string{"Health Minister Susan Nakhumicha"}},
		{"agency administrator", "NASA Administrator Charles Bolden announced the sites on Tuesday.",
			[]actorWant{{"Charles Bolden", "Administrator", ""}}, []string{"Administrator Charles Bolden"}},
		{"trade minister in apposition", "Japan's trade minister, Yasutoshi Nishimura, spoke with Gina Raimondo.",
			[]actorWant{{"Yasutoshi Nishimura", "Trade Minister", "JP"}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestPortfolioListsAndCabinetSecretaries covers the portfolios an office's name lists
// ("Minister of Economy, Trade and Industry": no person named Trade) and Kenya's
// "Cabinet Secretary for Foreign Affairs" before a name.
func TestPortfolioListsAndCabinetSecretaries(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"portfolios listed in an office", "Piyush Goyal held a meeting with Mr. Yoji Muto, Japan's Minister of Economy, Trade and Industry.", "",
			[]contactWant{{names: []string{"Piyush Goyal", "Yoji Muto"}, mode: "meeting", status: "held"}}},
		{"cabinet secretary for foreign affairs", "Ethiopian Ambassador Tadesse Bekele met Kenya's Cabinet Secretary for Foreign Affairs Musalia Mudavadi in Nairobi.", "",
			[]contactWant{{names: []string{"Tadesse Bekele", "Musalia Mudavadi"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

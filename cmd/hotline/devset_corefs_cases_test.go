package main_test

import (
	"testing"
	"time"
)

// TestCorefRewrites checks each rewrite of TestCorefTuneContacts on made-up contacts: the
// two sentences it tells, or none where the contact cannot take it.
func TestCorefRewrites(t *testing.T) {
	day := time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC) // a Friday
	berg := corefParty{"Tomas Berg", "Foreign Minister", "m"}
	chen := corefParty{"Mei Chen", "Foreign Minister", "f"}
	ortberg := corefParty{"Lena Ortberg", "Prime Minister", "f"}
	duroc := corefParty{"Alain Duroc", "President", ""}
	halloran := corefParty{"Mark Halloran", "Prime Minister", "m"}
	monday := func(x, y corefParty, mode string) corefContact { return corefContact{x, y, mode, "2024-03-04", day} }
	for _, tc := range []struct {
		name, rewrite string
		c             corefContact
		want          string
	}{
		{"arrival and a pronoun", "arrived then he met", monday(ortberg, duroc, "meeting"),
			"Lena Ortberg arrived in the capital on Monday. She held talks with Alain Duroc."},
		{"no arrival before a call", "arrived then he met", monday(ortberg, duroc, "phone"), ""},
		{"no pronoun of an unknown gender", "criticism then he", monday(duroc, ortberg, "meeting"), ""},
		{"pronoun after an opener", "criticism then he", monday(berg, chen, "phone"),
			"Tomas Berg has faced criticism at home over the budget. He spoke by phone with Mei Chen on Monday."},
		{"a calendar day", "criticism then he", corefContact{berg, chen, "meeting", "2024-02-20", day},
			"Tomas Berg has faced criticism at home over the budget. He held talks with Mei Chen on February 20."},
		{"another year's day", "criticism then he", corefContact{berg, chen, "meeting", "2023-12-20", day},
			"Tomas Berg has faced criticism at home over the budget. He held talks with Mei Chen on December 20, 2023."},
		{"no date", "criticism then he", corefContact{berg, chen, "meeting", "", day},
			"Tomas Berg has faced criticism at home over the budget. He held talks with Mei Chen."},
		{"the two ministers", "discussed then the two office", monday(berg, chen, "meeting"),
			"Tomas Berg and Mei Chen discussed trade and security. The two ministers met on Monday."},
		{"the two leaders", "discussed then the two office", monday(ortberg, duroc, "phone"),
			"Lena Ortberg and Alain Duroc discussed trade and security. The two leaders spoke by phone on Monday."},
		{"no pair noun of a minister and a president", "discussed then the two office", monday(berg, duroc, "meeting"), ""},
		{"the bare two", "discussed then the two", monday(berg, duroc, "unspecified"),
			"Tomas Berg and Alain Duroc discussed trade and security. The two spoke on Monday."},
		{"the plural office", "attended then the plural office", monday(ortberg, halloran, "meeting"),
			"Lena Ortberg and Mark Halloran attended the opening of a regional forum. The prime ministers met on Monday."},
		{"no plural of two offices", "attended then the plural office", monday(ortberg, berg, "meeting"), ""},
		{"the office as subject", "the office as subject", monday(berg, ortberg, "meeting"),
			"Foreign Minister Tomas Berg has faced criticism at home over the budget. The foreign minister held talks with Lena Ortberg on Monday."},
		{"the office as object", "the office as object", monday(berg, ortberg, "phone"),
			"Prime Minister Lena Ortberg has faced criticism at home over the budget. Tomas Berg spoke by phone with the prime minister on Monday."},
		{"no office both hold", "the office as subject", monday(berg, chen, "meeting"), ""},
		{"no office inside the other's", "the office as subject", monday(duroc, corefParty{"Ana Ruiz", "Vice President", "f"}, "meeting"), ""},
		{"no office of one portfolio", "the office as subject", monday(berg, corefParty{"Ana Ruiz", "Minister for Foreign Affairs", "f"}, "meeting"), ""},
		{"no office of a description", "the office as subject", monday(corefParty{"Amos Gal", "senior defense official", "m"}, chen, "meeting"), ""},
		{"a demonym keeps its capital", "the office as subject", monday(corefParty{"Oleg Vasin", "Russian President", "m"}, chen, "meeting"),
			"Russian President Oleg Vasin has faced criticism at home over the budget. The Russian president held talks with Mei Chen on Monday."},
		{"reported and told on", "ministry said then the two", monday(berg, chen, "meeting"),
			"The foreign ministry said Tomas Berg held talks with Mei Chen on Monday. The two discussed trade and regional security."},
		{"no month of another year", "ministry said then the two", corefContact{berg, chen, "meeting", "2023-05", day}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := corefSentences(tc.rewrite, tc.c)
			if !ok {
				got = ""
			}
			if got != tc.want {
				t.Errorf("rewrite %s\n got %q\nwant %q", tc.rewrite, got, tc.want)
			}
		})
	}
}

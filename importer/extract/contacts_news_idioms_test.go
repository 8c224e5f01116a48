package extract_test

import "testing"

// TestNewsIdioms covers the ways news copy tells contacts between named leaders: hosts and
// guests, relative clauses, pronouns from the sentence before, participles, separate and
// trilateral meetings, possessive contact nouns and plans.
func TestNewsIdioms(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"Polish President Andrzej Duda hosted his Lithuanian", "Polish President Andrzej Duda hosted his Lithuanian counterpart Gitanas Nauseda in Warsaw on Thursday for talks on defence.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Nauseda travelled to Warsaw on Thursday, where", "Nauseda travelled to Warsaw on Thursday, where he held talks with Polish President Andrzej Duda.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Nauseda arrived in Warsaw on Thursday. He", "Nauseda arrived in Warsaw on Thursday. He met Polish President Andrzej Duda at the presidential palace.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Duda and Nauseda, who met in Warsaw", "Duda and Nauseda, who met in Warsaw on Thursday, discussed air defence.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Duda told Nauseda during their meeting on", "Duda told Nauseda during their meeting on Thursday that Poland would send more troops.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Duda spoke on Thursday with Nauseda, his", "Duda spoke on Thursday with Nauseda, his office said.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "unspecified", status: "held", dateText: "Thursday"}}},
		{"The presidents of Poland and Lithuania, Andrzej", "The presidents of Poland and Lithuania, Andrzej Duda and Gitanas Nauseda, met in Warsaw on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Duda, Nauseda and Latvian President Edgars Rinkevics", "Duda, Nauseda and Latvian President Edgars Rinkevics held a trilateral meeting in Riga on Thursday.", "",
			[]contactWant{{names: []string{"Edgars Rinkevics", "Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Duda had talks with Nauseda and later", "Duda had talks with Nauseda and later with Rinkevics on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}, {names: []string{"Andrzej Duda", "Edgars Rinkevics"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Lithuanian President Gitanas Nauseda, speaking after talks", "Lithuanian President Gitanas Nauseda, speaking after talks with Polish President Andrzej Duda on Thursday, said the alliance was strong.", "",
			[]contactWant{{names: []string{"Gitanas Nauseda", "Andrzej Duda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Following a meeting with Polish President Andrzej", "Following a meeting with Polish President Andrzej Duda on Thursday, Nauseda said the alliance was strong.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Polish President Andrzej Duda phoned Lithuanian President", "Polish President Andrzej Duda phoned Lithuanian President Gitanas Nauseda late on Thursday to discuss the incident.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"Polish President Andrzej Duda and Lithuanian President", "Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda spoke by telephone on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"In their phone call on Thursday, Polish", "In their phone call on Thursday, Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda agreed to coordinate.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"Lithuanian President Gitanas Nauseda met separately with", "Lithuanian President Gitanas Nauseda met separately with Polish President Andrzej Duda and Latvian President Edgars Rinkevics on Thursday.", "",
			[]contactWant{{names: []string{"Gitanas Nauseda", "Andrzej Duda"}, mode: "meeting", status: "held", dateText: "Thursday"}, {names: []string{"Gitanas Nauseda", "Edgars Rinkevics"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Andrzej Duda received Gitanas Nauseda at the", "Andrzej Duda received Gitanas Nauseda at the Belweder Palace on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Gitanas Nauseda visited Andrzej Duda in Warsaw", "Gitanas Nauseda visited Andrzej Duda in Warsaw on Thursday.", "",
			[]contactWant{{names: []string{"Gitanas Nauseda", "Andrzej Duda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Duda's talks with Nauseda on Thursday focused", "Duda's talks with Nauseda on Thursday focused on air defence.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Duda's meeting with Nauseda was held behind", "Duda's meeting with Nauseda was held behind closed doors on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"Nauseda is expected to meet Duda in", "Nauseda is expected to meet Duda in Warsaw on Friday.", "",
			[]contactWant{{names: []string{"Gitanas Nauseda", "Andrzej Duda"}, mode: "meeting", status: "scheduled", dateText: "Friday"}}},
		{"Nauseda will travel to Warsaw on Friday", "Nauseda will travel to Warsaw on Friday for talks with Duda.", "",
			[]contactWant{{names: []string{"Gitanas Nauseda", "Andrzej Duda"}, mode: "meeting", status: "scheduled", dateText: "Friday"}}},
		{"Duda said he had spoken to Nauseda", "Duda said he had spoken to Nauseda on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "unspecified", status: "held", dateText: "Thursday"}}},
		{"Duda, who spoke to Nauseda by phone", "Duda, who spoke to Nauseda by phone on Thursday, said Lithuania had his support.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
	}
	runContactCases(t, x, cases)
}

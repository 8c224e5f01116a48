package main_test

import "testing"

// orgCase is one made-up paragraph, the gold of its story, and what a rewrite makes of it.
type orgCase struct {
	name, in, want string
	story          orgStory
}

// checkOrgRewrite runs a rewrite on each case as a named subtest, with the case's story.
func checkOrgRewrite(t *testing.T, say orgRewrite, cases []orgCase) {
	t.Helper()
	for _, tc := range cases {
		checkParaphrase(t, func(body string, _ []paraPerson) string { return say(body, tc.story) },
			[]paraphraseCase{{name: tc.name, in: tc.in, want: tc.want}})
	}
}

// The organisations of the made-up stories below, and the starts of their quotations.
var (
	norlandMinistry = orgStory{orgs: []orgSpeaker{{
		forms:  []string{"Norland Foreign Ministry", "Norland's foreign ministry", "Foreign Ministry"},
		quotes: []string{"The talks were useful", "a new chapter"},
	}}}
	vardoKremlin = orgStory{orgs: []orgSpeaker{{forms: []string{"Kremlin"}, quotes: []string{"Ties will deepen"}}}}
)

// orgFamily returns the rewrite of the named family of orgAttributions.
func orgFamily(t *testing.T, name string) orgRewrite {
	t.Helper()
	for _, a := range orgAttributions {
		if a.name == name {
			return sayByOrg(a.say)
		}
	}
	t.Fatalf("no family %q", name)
	return nil
}

func TestOrgSaidInAStatement(t *testing.T) {
	checkOrgRewrite(t, orgFamily(t, "said in a statement"), []orgCase{
		{name: "after the quotation", in: `"The talks were useful," the Kremlin said.`, story: orgStory{orgs: []orgSpeaker{{forms: []string{"Kremlin"}, quotes: []string{"The talks were useful"}}}},
			want: `"The talks were useful," the Kremlin said in a statement.`},
		{name: "a statement from, inverted", in: `"The talks were useful," said a statement from Norland's foreign ministry.`, story: norlandMinistry,
			want: `"The talks were useful," Norland's foreign ministry said in a statement.`},
		{name: "a spokesman for, before a clause", in: `A spokesman for the Foreign Ministry said it opened "a new chapter" with Vardo.`, story: norlandMinistry,
			want: `The Foreign Ministry said in a statement it opened "a new chapter" with Vardo.`},
		{name: "a statement already told stays one", in: `"The talks were useful," said the Norland Foreign Ministry in a brief statement.`, story: norlandMinistry,
			want: `"The talks were useful," the Norland Foreign Ministry said in a statement.`},
		{name: "a paragraph without its quotation stays", in: `The Kremlin said the talks went well.`, story: vardoKremlin,
			want: `The Kremlin said the talks went well.`},
		{name: "the words inside the marks stay", in: `"As the Kremlin said, ties will grow," the Kremlin said. "Ties will deepen."`, story: vardoKremlin,
			want: `"As the Kremlin said, ties will grow," the Kremlin said in a statement. "Ties will deepen."`},
	})
}

func TestOrgOtherMouths(t *testing.T) {
	in := `"Ties will deepen," the Kremlin's press service said.`
	for _, tc := range []struct{ family, want string }{
		{"a statement from", `"Ties will deepen," a statement from the Kremlin said.`},
		{"according to a statement", `"Ties will deepen," according to a statement released by the Kremlin.`},
		{"said on its website", `"Ties will deepen," the Kremlin said on its website.`},
		{"a spokesperson for", `"Ties will deepen," a spokesperson for the Kremlin said.`},
		{"an X spokesman", `"Ties will deepen," a Kremlin spokesman said.`},
		{"spokesperson told reporters", `"Ties will deepen," the Kremlin’s spokesperson told reporters.`},
		{"officials at", `"Ties will deepen," officials at the Kremlin said.`},
		{"press service", `"Ties will deepen," the Kremlin’s press service said.`},
		{"said in a readout", `"Ties will deepen," the Kremlin said in a readout.`},
	} {
		t.Run(tc.family, func(t *testing.T) {
			if got := orgFamily(t, tc.family)(in, vardoKremlin); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestOrgMouthsWhereTheyFit(t *testing.T) {
	ministry := `Norland's foreign ministry said that Vardo had opened "a new chapter" in ties.`
	checkOrgRewrite(t, orgFamily(t, "according to a statement"), []orgCase{
		{name: "a sentence's subject before that-clause", in: ministry, story: norlandMinistry,
			want: `According to a statement released by Norland's foreign ministry, Vardo had opened "a new chapter" in ties.`},
		{name: "before a clause without that it has no words", in: `Norland's foreign ministry said Vardo had opened "a new chapter" in ties.`, story: norlandMinistry,
			want: `Norland's foreign ministry said Vardo had opened "a new chapter" in ties.`},
		{name: "inside a sentence it has no words", in: `Ties grew, and Norland's foreign ministry said that Vardo had opened "a new chapter".`, story: norlandMinistry,
			want: `Ties grew, and Norland's foreign ministry said that Vardo had opened "a new chapter".`},
	})
	checkOrgRewrite(t, orgFamily(t, "an X spokesman"), []orgCase{
		{name: "a phrase is no title", in: ministry, story: norlandMinistry, want: ministry},
		{name: "a name of capitals is", in: `The Norland Foreign Ministry said that Vardo had opened "a new chapter" in ties.`, story: norlandMinistry,
			want: `A Norland Foreign Ministry spokesman said that Vardo had opened "a new chapter" in ties.`},
	})
	checkOrgRewrite(t, orgFamily(t, "officials at"), []orgCase{
		{name: "a sentence's start takes a capital", in: ministry, story: norlandMinistry,
			want: `Officials at Norland's foreign ministry said that Vardo had opened "a new chapter" in ties.`},
	})
}

func TestNamedSpokespeople(t *testing.T) {
	story := orgStory{people: []paraPerson{
		{name: "Piet Vos", role: "Foreign Ministry spokesman"},
		{name: "Anna Berg", role: "President"},
		{name: "Tom Reed", role: "Berg spokesman"},
		{name: "Lars Holm", role: "Prime Minister"},
	}}
	checkOrgRewrite(t, namedSpokespeople, []orgCase{
		{name: "title to appositive", in: `"We are ready," Norland Foreign Ministry spokesman Piet Vos said.`, story: story,
			want: `"We are ready," Piet Vos, a spokesman for the Norland Foreign Ministry, said.`},
		{name: "a person's spokesman takes no article", in: `Berg spokesman Tom Reed said the visit was off.`, story: story,
			want: `Tom Reed, a spokesman for Berg, said the visit was off.`},
		{name: "appositive to title", in: `"We are ready," said Piet Vos, a spokesman for the Ministry of Foreign Affairs.`, story: story,
			want: `"We are ready," said Ministry of Foreign Affairs spokesman Piet Vos.`},
		{name: "an office of its own words", in: `Piet Vos, the Foreign Ministry spokesman, said talks went on.`, story: story,
			want: `Foreign Ministry spokesman Piet Vos said talks went on.`},
		{name: "no spokesperson stays", in: `Prime Minister Lars Holm said talks went on.`, story: story,
			want: `Prime Minister Lars Holm said talks went on.`},
	})
}

func TestUnnameSpokesperson(t *testing.T) {
	for _, tc := range []struct{ name, in, person, want, org string }{
		{"title before the name, after a quotation", `"We are ready," Kremlin spokesman Piet Vos said.`, "Piet Vos",
			`"We are ready," a Kremlin spokesman said.`, "Kremlin"},
		{"title opening a sentence", `Talks went on. Afghan Health Ministry spokesman Piet Vos said 12 were hurt.`, "Piet Vos",
			`Talks went on. An Afghan Health Ministry spokesman said 12 were hurt.`, "Afghan Health Ministry"},
		{"a U.S. body takes a", `"We are ready," U.S. State Department spokesman Piet Vos said.`, "Piet Vos",
			`"We are ready," a U.S. State Department spokesman said.`, "U.S. State Department"},
		{"appositive", `"We are ready," Piet Vos, a spokesman for the Defense Department, said in a statement.`, "Piet Vos",
			`"We are ready," a spokesman for the Defense Department said in a statement.`, "Defense Department"},
		{"no office stays", `"We are ready," Piet Vos said.`, "Piet Vos", `"We are ready," Piet Vos said.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, org, _ := unnameSpokesperson(tc.in, tc.person)
			if got != tc.want || org != tc.org {
				t.Errorf("got\n%s (%q)\nwant\n%s (%q)", got, org, tc.want, tc.org)
			}
		})
	}
}

func TestNamedOnce(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"once", "Foreign Ministry spokeswoman Hua Chunying said so.", true},
		{"the family name again", "Foreign Ministry spokeswoman Hua Chunying said so. Hua added more.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := namedOnce(tc.body, []string{"Hua", "Chunying"}); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestOrgHeadReferences(t *testing.T) {
	story := orgStory{orgs: []orgSpeaker{{forms: []string{"Norland Foreign Ministry"}, quotes: []string{"a new chapter"}}}}
	checkOrgRewrite(t, orgHeadReferences, []orgCase{
		{name: "named before", story: story,
			in:   "The Norland Foreign Ministry summoned the envoy.\nThe Norland Foreign Ministry said Vardo had opened \"a new chapter\".",
			want: "The Norland Foreign Ministry summoned the envoy.\nThe ministry said Vardo had opened \"a new chapter\"."},
		{name: "not named before", story: story,
			in:   "The Norland Foreign Ministry said Vardo had opened \"a new chapter\".",
			want: "The Norland Foreign Ministry said Vardo had opened \"a new chapter\"."},
		{name: "another ministry named since", story: story,
			in:   "The Norland Foreign Ministry summoned the envoy.\nVardo's foreign ministry officials said they had not been told.\nThe Norland Foreign Ministry said Vardo had opened \"a new chapter\".",
			want: "The Norland Foreign Ministry summoned the envoy.\nVardo's foreign ministry officials said they had not been told.\nThe Norland Foreign Ministry said Vardo had opened \"a new chapter\"."},
	})
}

func TestUnnamedOfficials(t *testing.T) {
	story := orgStory{orgs: []orgSpeaker{{forms: []string{"Norland Foreign Ministry"}, bodies: []string{"Norland government"}, quotes: []string{"a new chapter"}}}}
	checkOrgRewrite(t, unnamedOfficials, []orgCase{
		{name: "in turn", story: story,
			in:   `A Norland government official said so. "It is a new chapter," one senior Norland Foreign Ministry official told reporters. An official said more.`,
			want: `An official with the Norland government said so. "It is a new chapter," a senior Norland Foreign Ministry official told reporters. An official said more.`},
		{name: "inside quotation marks stays", story: story,
			in:   `"A Norland government official told us," Vos said.`,
			want: `"A Norland government official told us," Vos said.`},
	})
}

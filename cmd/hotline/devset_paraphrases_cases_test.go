package main_test

import "testing"

// paraphraseCase is one made-up paragraph, the gold persons of its story, and what a
// paraphrase makes of it.
type paraphraseCase struct {
	name, in, want string
	people         []paraPerson
}

// checkParaphrase runs a paraphrase on each case as a named subtest.
func checkParaphrase(t *testing.T, say paraphrase, cases []paraphraseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := say(tc.in, tc.people); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// The people of the made-up stories below.
var (
	berg = paraPerson{name: "Anna Berg", role: "Foreign Minister"}
	holm = paraPerson{name: "Lars Holm", role: "Prime Minister"}
	dahl = paraPerson{name: "Jonas Dahl", role: "King"}
)

func TestAttributionOrder(t *testing.T) {
	checkParaphrase(t, attributionOrder, []paraphraseCase{
		{name: "name said", in: `"We will not back down," Berg said.`, want: `"We will not back down," said Berg.`},
		{name: "said name", in: `"It was a frank exchange," said Lars Holm.`, want: `"It was a frank exchange," Lars Holm said.`},
		{name: "said name noting", in: `"Talks go on," said Holm, noting that no date was set.`, want: `"Talks go on," Holm said, noting that no date was set.`},
		{name: "said with a title in lower case stays", in: `"Talks go on," said the minister.`, want: `"Talks go on," said the minister.`},
		{name: "a relative clause after the name stays", in: `"Talks go on," said Holm, who met Berg.`, want: `"Talks go on," said Holm, who met Berg.`},
	})
}

func TestAttributionVerbs(t *testing.T) {
	checkParaphrase(t, attributionVerbs, []paraphraseCase{
		{name: "in turn", in: `"Enough," Berg said. Holm said that the border stays shut. He said it would. She said on Monday.`,
			want: `"Enough," Berg told reporters. Holm added that the border stays shut. He stressed that it would. She noted on Monday.`},
		{name: "told reporters only before a clause or the end", in: `Berg said the talks were useful.`, want: `Berg added that the talks were useful.`},
		{name: "a quotation's own words stay", in: `"As Holm said, we wait," Berg said.`, want: `"As Holm said, we wait," Berg told reporters.`},
	})
}

func TestAttributionAccording(t *testing.T) {
	checkParaphrase(t, attributionAccording, []paraphraseCase{
		{name: "name", in: `The two spoke for an hour, Holm said.`, want: `The two spoke for an hour, according to Holm.`},
		{name: "body", in: `The call lasted an hour, the foreign ministry said.`, want: `The call lasted an hour, according to the foreign ministry.`},
		{name: "a pronoun stays", in: `The call lasted an hour, he said.`, want: `The call lasted an hour, he said.`},
		{name: "a dated saying stays", in: `The call lasted an hour, Holm said on Monday.`, want: `The call lasted an hour, Holm said on Monday.`},
	})
}

func TestAttributionColon(t *testing.T) {
	checkParaphrase(t, attributionColon, []paraphraseCase{
		{name: "opening quotation", in: `"We stand together," Berg said. She left.`, want: `Berg said: "We stand together." She left.`},
		{name: "curly", in: `“We stand together,” said Anna Berg.`, want: `Anna Berg said: “We stand together.”`},
		{name: "the name stops at the paragraph", in: "\"We stand together,\" said Berg.\n\nA U.S. official left.", want: "Berg said: \"We stand together.\"\n\nA U.S. official left."},
		{name: "after a sentence", in: `She left. "We stand together," Berg said.`, want: `She left. Berg said: "We stand together."`},
		{name: "inside a sentence stays", in: `She left, and "We stand together," Berg said.`, want: `She left, and "We stand together," Berg said.`},
	})
}

func TestMeetingPredicates(t *testing.T) {
	checkParaphrase(t, meetingPredicates, []paraphraseCase{
		{name: "past in turn", in: `Berg met Holm in Oslo. She met with Dahl. Holm held talks with Berg. Dahl had a meeting with Holm.`,
			want: `Berg held talks with Holm in Oslo. She had a meeting with Dahl. Holm had a meeting with Berg. Dahl met Holm.`},
		{name: "present and base", in: `Berg meets Holm today and will meet Dahl on Friday.`, want: `Berg holds talks with Holm today and will meet with Dahl on Friday.`},
		{name: "no one met", in: `The two met on Monday.`, want: `The two held talks on Monday.`},
		{name: "an abbreviation is whom", in: `Berg met U.S. envoy Sam Cole.`, want: `Berg held talks with U.S. envoy Sam Cole.`},
		{name: "passive stays", in: `Berg was met by Holm at the airport.`, want: `Berg was met by Holm at the airport.`},
		{name: "copula after stays", in: `Among those she met is Holm.`, want: `Among those she met is Holm.`},
		{name: "quotation stays", in: `"I met Holm," Berg said.`, want: `"I met Holm," Berg said.`},
	})
}

func TestPhonePredicates(t *testing.T) {
	checkParaphrase(t, phonePredicates, []paraphraseCase{
		{name: "in turn", in: `Berg spoke by phone with Holm. Dahl held a telephone call with Berg.`,
			want: `Berg held a phone call with Holm. Dahl had a telephone conversation with Berg.`},
		{name: "object inside", in: `Berg spoke with Holm by telephone on Monday.`, want: `Berg held a phone call with Holm on Monday.`},
		{name: "reporters stay", in: `Berg spoke to reporters by phone.`, want: `Berg spoke to reporters by phone.`},
		{name: "phoned", in: `Holm phoned Berg late on Sunday.`, want: `Holm called Berg late on Sunday.`},
	})
}

func TestContactNouns(t *testing.T) {
	checkParaphrase(t, contactNouns, []paraphraseCase{
		{name: "meeting", in: `Berg raised trade in a meeting with Holm.`, want: `Berg raised trade during a meeting with Holm.`},
		{name: "talks", in: `Berg raised trade during their talks with Holm.`, want: `Berg raised trade in a meeting with Holm.`},
		{name: "call", in: `Berg raised trade in a phone call with Holm.`, want: `Berg raised trade during a phone call with Holm.`},
		{name: "call during", in: `Berg raised trade during a call with Holm.`, want: `Berg raised trade in a telephone conversation with Holm.`},
	})
}

func TestHonorificSurnames(t *testing.T) {
	checkParaphrase(t, honorificSurnames, []paraphraseCase{
		{name: "pronouns tell", people: []paraPerson{berg, holm},
			in:   "Anna Berg met Lars Holm.\nBerg said she was pleased. Holm said his country agreed.",
			want: "Anna Berg met Lars Holm.\nMs. Berg said she was pleased. Mr. Holm said his country agreed."},
		{name: "no pronoun, no honorific", people: []paraPerson{berg},
			in: "Anna Berg arrived.\nBerg left.", want: "Anna Berg arrived.\nBerg left."},
		{name: "a royal stays", people: []paraPerson{dahl},
			in: "Jonas Dahl arrived.\nDahl said he was glad.", want: "Jonas Dahl arrived.\nDahl said he was glad."},
		{name: "after a title stays", people: []paraPerson{holm},
			in: "Lars Holm arrived.\nPrime Minister Holm said he was glad.", want: "Lars Holm arrived.\nPrime Minister Holm said he was glad."},
	})
}

func TestBritishHonorificSurnames(t *testing.T) {
	checkParaphrase(t, britishHonorificSurnames, []paraphraseCase{
		{name: "no full stop", people: []paraPerson{berg, holm},
			in:   "Anna Berg met Lars Holm.\nBerg said she was pleased. Holm said his country agreed.",
			want: "Anna Berg met Lars Holm.\nMs Berg said she was pleased. Mr Holm said his country agreed."},
	})
}

func TestTitledSurnames(t *testing.T) {
	checkParaphrase(t, titledSurnames, []paraphraseCase{
		{name: "role", people: []paraPerson{berg, dahl},
			in:   "Anna Berg met Jonas Dahl.\n\"We agree,\" Berg said, and Dahl nodded.",
			want: "Anna Berg met Jonas Dahl.\n\"We agree,\" Foreign Minister Berg said, and Dahl nodded."},
		{name: "inside a quotation stays", people: []paraPerson{holm},
			in: "Lars Holm spoke.\n\"Holm is right,\" an aide said.", want: "Lars Holm spoke.\n\"Holm is right,\" an aide said."},
	})
}

func TestOfficeSpeakers(t *testing.T) {
	checkParaphrase(t, officeSpeakers, []paraphraseCase{
		{name: "opening and inside a sentence", people: []paraPerson{berg, holm},
			in:   "Anna Berg met Lars Holm.\nBerg said it went well. The talks lasted an hour, Holm said.",
			want: "Anna Berg met Lars Holm.\nThe foreign minister said it went well. The talks lasted an hour, the prime minister said."},
		{name: "a shared office stays", people: []paraPerson{berg, {name: "Eva Lund", role: "Foreign Minister"}},
			in: "Anna Berg met Eva Lund.\nBerg said it went well.", want: "Anna Berg met Eva Lund.\nBerg said it went well."},
	})
}

func TestPlainSurnames(t *testing.T) {
	checkParaphrase(t, plainSurnames, []paraphraseCase{
		{name: "honorific and office", people: []paraPerson{berg, holm},
			in:   "Anna Berg met Lars Holm.\nMs. Berg left; Prime Minister Holm stayed.",
			want: "Anna Berg met Lars Holm.\nBerg left; Holm stayed."},
		{name: "the first mention keeps its title", people: []paraPerson{holm},
			in: "Prime Minister Lars Holm left.", want: "Prime Minister Lars Holm left."},
	})
}

func TestAppositiveTitles(t *testing.T) {
	checkParaphrase(t, appositiveTitles, []paraphraseCase{
		{name: "title to appositive", people: []paraPerson{berg},
			in: "Norwegian Foreign Minister Anna Berg met Holm.", want: "Anna Berg, the Norwegian foreign minister, met Holm."},
		{name: "at the sentence end", people: []paraPerson{holm},
			in: "Berg met Prime Minister Lars Holm.", want: "Berg met Lars Holm, the prime minister."},
		{name: "appositive to title", people: []paraPerson{holm},
			in: "Lars Holm, the prime minister, met Berg.", want: "Prime Minister Lars Holm met Berg."},
		{name: "former stays", people: []paraPerson{holm},
			in: "Former Prime Minister Lars Holm met Berg.", want: "Former Prime Minister Lars Holm met Berg."},
		{name: "an owner before the office stays", people: []paraPerson{holm},
			in: "Berg met European Parliament President Lars Holm.", want: "Berg met European Parliament President Lars Holm."},
		{name: "any capitalised word before stays (the rewrite cannot tell an owner)", people: []paraPerson{holm},
			in: "Yesterday Prime Minister Lars Holm met Berg.", want: "Yesterday Prime Minister Lars Holm met Berg."},
		{name: "a list stays", people: []paraPerson{holm},
			in: "Berg met King Jonas, Prime Minister Lars Holm and others.", want: "Berg met King Jonas, Prime Minister Lars Holm and others."},
		{name: "a headline stays", people: []paraPerson{holm},
			in: "Berg hosts Prime Minister Lars Holm", want: "Berg hosts Prime Minister Lars Holm"},
	})
}

func TestLaterFullNames(t *testing.T) {
	checkParaphrase(t, laterFullNames, []paraphraseCase{
		{name: "later full name", people: []paraPerson{berg},
			in: "Anna Berg arrived.\nAnna Berg said she was glad.", want: "Anna Berg arrived.\nBerg said she was glad."},
		{name: "inside a quotation stays", people: []paraPerson{berg},
			in: "Anna Berg arrived.\n\"Anna Berg is right,\" Holm said.", want: "Anna Berg arrived.\n\"Anna Berg is right,\" Holm said."},
	})
}

func TestAllFamilies(t *testing.T) {
	checkParaphrase(t, allFamilies, []paraphraseCase{
		{name: "one story in every family's words", people: []paraPerson{berg, holm},
			in:   "Prime Minister Lars Holm met Anna Berg in Oslo.\n\"We agree,\" Holm said.",
			want: "Lars Holm, the prime minister, held talks with Anna Berg in Oslo.\nHolm said: \"We agree.\""},
	})
}

func TestWeekdayOn(t *testing.T) {
	checkParaphrase(t, weekdayOn, []paraphraseCase{
		{name: "drops on", in: "Berg met Holm on Monday.", want: "Berg met Holm Monday."},
		{name: "adds on", in: "Berg met Holm Monday in Oslo.", want: "Berg met Holm on Monday in Oslo."},
		{name: "a set weekday stays", in: "Berg met Holm last Monday and will return by Friday.", want: "Berg met Holm last Monday and will return by Friday."},
		{name: "opening a sentence stays", in: "Monday, Berg met Holm.", want: "Monday, Berg met Holm."},
		{name: "a quotation stays", in: `"We met on Monday," Berg said.`, want: `"We met on Monday," Berg said.`},
	})
}

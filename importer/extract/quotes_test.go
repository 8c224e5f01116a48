package extract_test

import (
	"strings"
	"testing"

	"hotline/importer/extract"
)

// quoteWant is one expected quotation and its speaker's name ("" for no speaker).
type quoteWant struct{ text, speaker string }

func TestQuotes(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"said after", `"We will not back down," Foreign Minister Dmytro Kuleba said.`,
			[]quoteWant{{"We will not back down,", "Dmytro Kuleba"}}},
		{"inverted said after", `"Talks are the only way," said Chancellor Olaf Scholz, speaking in Berlin.`,
			[]quoteWant{{"Talks are the only way,", "Olaf Scholz"}}},
		{"said before with colon", `Prime Minister Keir Starmer said: "This is a dangerous moment for Europe."`,
			[]quoteWant{{"This is a dangerous moment for Europe.", "Keir Starmer"}}},
		{"verb before with that", `During his visit, Blinken stressed that "any aggression will be met with a swift response."`,
			[]quoteWant{{"any aggression will be met with a swift response.", "Antony Blinken"}}},
		{"curly quotes", "“The door to diplomacy remains open,” Sergei Lavrov told reporters in Moscow.",
			[]quoteWant{{"The door to diplomacy remains open,", "Sergey Lavrov"}}},
		{"straight quotes nested in straight quotes", `"I told the president that "without air defence we cannot protect our cities," and he understood," President Oksana Hrytsenko said.`,
			[]quoteWant{{`I told the president that "without air defence we cannot protect our cities," and he understood,`, "Oksana Hrytsenko"}}},
		{"straight quotes in turn are no nesting", `She called the plan "reckless" and said "we will fight it in every court," Senator Oksana Hrytsenko said.`,
			[]quoteWant{{"we will fight it in every court,", "Oksana Hrytsenko"}}},
		{"single curly quotes", "‘We are not going anywhere,’ President Volodymyr Zelensky said in a video address.",
			[]quoteWant{{"We are not going anywhere,", "Volodymyr Zelensky"}}},
		{"pronoun to the subject, not the embedded person", "Olaf Scholz said Macron had also been present.\n\n\"We need patience,\" he said.",
			[]quoteWant{{"We need patience,", "Olaf Scholz"}}},
		{"pronoun to the subject of the previous sentence", "Lavrov, speaking in Geneva on Monday after Putin's call, defended the deployment.\n\n\"We protect our citizens,\" he said.",
			[]quoteWant{{"We protect our citizens,", "Sergey Lavrov"}}},
		{"names inside the quotation are not the subject", "\"Putin knows this. Biden knows it too,\" he said.",
			[]quoteWant{{"Putin knows this. Biden knows it too,", ""}}},
		{"pronoun to last person", "German Chancellor Friedrich Merz arrived in Kyiv on Friday.\n\n\"Ukraine can count on us,\" he told reporters.",
			[]quoteWant{{"Ukraine can count on us,", "Friedrich Merz"}}},
		{"quote broken by attribution", `"We spoke for an hour," Peskov said. "The conversation was businesslike."`,
			[]quoteWant{{"We spoke for an hour,", "Dmitry Peskov"}, {"The conversation was businesslike.", "Dmitry Peskov"}}},
		{"organization", `"The strikes hit military targets only," the Russian Defense Ministry said in a statement.`,
			[]quoteWant{{"The strikes hit military targets only,", "Russian Defense Ministry"}}},
		{"unnamed official to organization", "A White House official said the call was set.\n\n\"They will speak on Saturday,\" the official told reporters.",
			[]quoteWant{{"They will speak on Saturday,", "White House"}}},
		{"statement issued by", `"The Secretary made his position clear," read a statement issued by the State Department.`,
			[]quoteWant{{"The Secretary made his position clear,", "US State Department"}}},
		{"according to", `"Nothing was agreed," according to Kremlin spokesman Dmitry Peskov.`,
			[]quoteWant{{"Nothing was agreed,", "Dmitry Peskov"}}},
		{"quoted as saying", `"We are ready for talks," TASS quoted Peskov as saying.`,
			[]quoteWant{{"We are ready for talks,", "Dmitry Peskov"}}},
		{"saying after confirmation", `The Kremlin confirmed the call, saying "bilateral relations and Ukraine" were discussed.`,
			[]quoteWant{{"bilateral relations and Ukraine", "Kremlin"}}},
		{"multi-paragraph quote is a quote per paragraph", "Stoltenberg said: \"Allies stand united. We will support Ukraine.\n\n\"We will do so for as long as it takes.\"",
			[]quoteWant{{"Allies stand united. We will support Ukraine.", "Jens Stoltenberg"}, {"We will do so for as long as it takes.", "Jens Stoltenberg"}}},
		{"first paragraph of a quote takes the attribution of the next", "\"The border must stay open. Trade depends on it.\n\n\"We will keep talking,\" Kenyan Foreign Minister Musalia Mudavadi said.",
			[]quoteWant{{"The border must stay open. Trade depends on it.", "Musalia Mudavadi"}, {"We will keep talking,", "Musalia Mudavadi"}}},
		{"paragraphs of a quote run together", `In a statement, Foreign Secretary Jack Straw said: "The bus will reunite families. "This spirit of cooperation will, I hope, lead to more."`,
			[]quoteWant{{"The bus will reunite families.", "Jack Straw"}, {"This spirit of cooperation will, I hope, lead to more.", "Jack Straw"}}},
		{"curly paragraphs of a quote run together after a reported sentence", "Prime Minister Keir Starmer said Britain backed the talks. “We will not walk away from Ukraine. “On the contrary, we will do more for its defence.”",
			[]quoteWant{{"We will not walk away from Ukraine.", "Keir Starmer"}, {"On the contrary, we will do more for its defence.", "Keir Starmer"}}},
		{"a right mark glued to the comma of said opens the quotation", "Kenyan Foreign Minister Musalia Mudavadi said,”the border must stay open to trade and to travellers.”",
			[]quoteWant{{"the border must stay open to trade and to travellers.", "Musalia Mudavadi"}}},
		{"a sentence quotation whose closing mark the paragraph lost", "\"Our points were taken to the ruling party,\" the coalition said in a statement. \"This has been an encounter with the mediators.\n\nForeign Minister Delcy Rodriguez wrote that officials had met the mediators.",
			[]quoteWant{{"Our points were taken to the ruling party,", ""}, {"This has been an encounter with the mediators.", ""}}},
		{"an open mark inside a sentence is no quotation", "The ruling party called the talks \"a farce and a trap for the opposition.\n\nForeign Minister Delcy Rodriguez wrote that officials had met the mediators.",
			[]quoteWant{}},
		{"right marks on both sides", "Sergei Lavrov met Antony Blinken. ”We had a frank exchange,” Lavrov said.",
			[]quoteWant{{"We had a frank exchange,", "Sergey Lavrov"}}},
		{"doubled curly single marks", "Sergei Lavrov met Antony Blinken. ‘‘We had a frank exchange,’’ Lavrov said. ‘’The talks go on,’’ he added.",
			[]quoteWant{{"We had a frank exchange,", "Sergey Lavrov"}, {"The talks go on,", "Sergey Lavrov"}}},
		{"a plural possessive inside single marks", "Sergei Lavrov met Antony Blinken. Lavrov said: ‘We had a frank exchange. The Americans’ position is unchanged.’",
			[]quoteWant{{"We had a frank exchange. The Americans’ position is unchanged.", "Sergey Lavrov"}}},
		{"typewriter marks of wire copy", "``We want peace with our neighbours,'' said Prime Minister Atal Bihari Vajpayee.",
			[]quoteWant{{"We want peace with our neighbours,", "Atal Bihari Vajpayee"}}},
		{"typewriter marks closing a quoted paragraph after its full stop", "Opposition leader Dana Kerr said the rebate was ``set in stone'' and could not be reopened. ``It is extraordinary to reopen it now. Farmers will pay for it.'' EU leaders meet in Brussels on Thursday.",
			[]quoteWant{{"It is extraordinary to reopen it now. Farmers will pay for it.", "Dana Kerr"}}},
		{"doubled apostrophes as marks", "''This is an extraordinary development,'' opposition leader Chris Bowen told ABC TV. ''It is unprecedented.''",
			[]quoteWant{{"This is an extraordinary development,", "Chris Bowen"}, {"It is unprecedented.", "Chris Bowen"}}},
		{"standalone quote paragraph continues the speaker", "\"We are prepared,\" said Defense Secretary Lloyd Austin.\n\n\"And we will remain prepared for any contingency.\"",
			[]quoteWant{{"We are prepared,", "Lloyd Austin"}, {"And we will remain prepared for any contingency.", "Lloyd Austin"}}},
		{"space before the comma", "“Russia is not. The sooner this ends the better.” , Blinken announced.",
			[]quoteWant{{"Russia is not. The sooner this ends the better.", "Antony Blinken"}}},
		{"scare quotes are not quotes", `The minister condemned the "special military operation" and what he called "provocations".`, nil},
		{"unattributed bio is not a quote", "Sanctions were extended.\n\n“Communicator. Award-winning creator. Music ninja.”", nil},
		{"headline-like quote without verb", "The talks: “It is important to keep channels open” in tense times.", nil},
		{"a headline's quote in single marks", "The ministers met in Lima on Monday.\n\nForeign Minister Ann Lee says ‘the door to talks is open’\n\nPeru's envoy on the border: 'We are close to a deal'", nil},
		{"single marks that end with a full stop are speech", "The ministers met in Lima on Monday.\n\nForeign Minister Ann Lee said the door to talks was ‘open to all who want peace in the region.’",
			[]quoteWant{{"open to all who want peace in the region.", "Ann Lee"}}},
		{"typewriter single marks of wire copy", "The ministers met in Lima on Monday.\n\nForeign Minister Ann Lee said the door to talks was `open to all who want peace in the region.'",
			[]quoteWant{{"open to all who want peace in the region.", "Ann Lee"}}},
		{"apostrophes are not quotes", "Russia's forces and the allies' plans didn't change, Lavrov's aide said.", nil},
		{"the group", "Hamas sent a delegation to Cairo.\n\n\"We are keen to reach an agreement,\" the group said.",
			[]quoteWant{{"We are keen to reach an agreement,", "Hamas"}}},
		{"the ministry", "The Russian Foreign Ministry issued a statement.\n\n\"The talks were useful,\" the ministry said.",
			[]quoteWant{{"The talks were useful,", "Russian Foreign Ministry"}}},
		{"two quotations of one sentence", `Chinese media quoted Mr. Xi as saying that separatists were "playing with fire" and "whoever plays with fire will get burnt."`,
			[]quoteWant{{"whoever plays with fire will get burnt.", "Xi Jinping"}}},
		{"quote after a long attribution", `"Competition must not veer into conflict," Mr. Biden told Mr. Xi as the session opened. "Just simple, straightforward competition."`,
			[]quoteWant{{"Competition must not veer into conflict,", "Joe Biden"}, {"Just simple, straightforward competition.", "Joe Biden"}}},
		{"relative clause is not the speaker", "The French president, Emmanuel Macron, who met Trump in Washington on Monday, said: 'There is an aggressor, which is Russia.'",
			[]quoteWant{{"There is an aggressor, which is Russia.", "Emmanuel Macron"}}},
		{"outer speaker of reported speech", `A senior State Department official said Kerry had told Lavrov that the moves were "a violation of Ukraine's sovereignty."`,
			[]quoteWant{{"a violation of Ukraine's sovereignty.", "US State Department"}}},
		{"the statement", "Sheikh Mohammed spoke with Netanyahu, according to a statement from the Qatari foreign ministry. \"Qatar will continue its mediation,\" the statement said.",
			[]quoteWant{{"Qatar will continue its mediation,", "Qatari Foreign Ministry"}}},
		{"attribution after a new clause is not the speaker's", `Zelensky said he would meet Putin "anywhere and at any time he wants", but the Kremlin said no such meeting was planned.`,
			[]quoteWant{{"anywhere and at any time he wants", "Volodymyr Zelensky"}}},
		{"the teller before the quote, a document after it", `Xi told Biden that Taiwan was "the first red line that must not be crossed", according to a Chinese readout.`,
			[]quoteWant{{"the first red line that must not be crossed", "Xi Jinping"}}},
		{"the sentence ends at the closing mark", `Spokesperson Lin Jian said the call had been "frank, candid and constructive in every way". Asked whether Xi would travel, Lin said nothing.`,
			[]quoteWant{{"frank, candid and constructive in every way", "Lin Jian"}}},
		{"short quote with direct attribution kept", `"Never," Zelensky said.`,
			[]quoteWant{{"Never,", "Volodymyr Zelensky"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text})
			if len(res.Quotes) != len(c.want) {
				t.Fatalf("got %d quotes %v, want %d", len(res.Quotes), quoteTexts(res), len(c.want))
			}
			rs := []rune(c.text)
			for i, w := range c.want {
				q := res.Quotes[i]
				if q.Text != w.text {
					t.Errorf("quote %d text = %q, want %q", i, q.Text, w.text)
				}
				got := ""
				if q.Speaker >= 0 {
					got = res.Actors[q.Speaker].Name
				}
				if got != w.speaker {
					t.Errorf("quote %d speaker = %q (%s), want %q", i, got, q.Evidence.Rule, w.speaker)
				}
				if q.Evidence.Rule == "" || q.Evidence.Sentence == "" {
					t.Errorf("quote %d lacks evidence: %+v", i, q.Evidence)
				}
				if span := string(rs[q.Evidence.Start:q.Evidence.End]); !strings.HasPrefix(span, firstWord(w.text)) {
					t.Errorf("quote %d span %q does not start with the quoted words", i, span)
				}
			}
		})
	}
}

func quoteTexts(res extract.Result) []string {
	var out []string
	for _, q := range res.Quotes {
		out = append(out, q.Text+" ["+q.Evidence.Rule+"]")
	}
	return out
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestQuoteSpeakersOfBodiesAndWire runs made-up wire-copy attributions: unnamed
// officials and spokespeople of bodies (their words are the body's), long sentences with
// several people, and British single quotation marks with apostrophes inside.
func TestQuoteSpeakersOfBodiesAndWire(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"said a senior EU official", `"We are not there yet," said a senior EU official.`,
			[]quoteWant{{"We are not there yet,", "European Union"}}},
		{"a NATO official told reporters", `"The alliance is ready," a NATO official told reporters.`,
			[]quoteWant{{"The alliance is ready,", "NATO"}}},
		{"a spokesman for the military of a country", `"The strike hit a weapons depot," a spokesman for the Israeli military said.`,
			[]quoteWant{{"The strike hit a weapons depot,", "Israel Defense Forces"}}},
		{"a ministry spokesman of a country", `"The claims are baseless," an Iranian foreign ministry spokesman said.`,
			[]quoteWant{{"The claims are baseless,", "Iranian Foreign Ministry"}}},
		{"officials of a body, plural", `"We are monitoring the situation," White House officials said.`,
			[]quoteWant{{"We are monitoring the situation,", "White House"}}},
		{"an armed group's official told an agency", `"We will respond," a Hamas official told AFP.`,
			[]quoteWant{{"We will respond,", "Hamas"}}},
		{"told a visitor that", `Russian President Vladimir Putin told visiting Indian Prime Minister Narendra Modi on Monday that Moscow valued its "special and privileged strategic partnership" with New Delhi.`,
			[]quoteWant{{"special and privileged strategic partnership", "Vladimir Putin"}}},
		{"a relative clause with another person before the verb", `Secretary of State Marco Rubio, who spoke to reporters after meeting Saudi Crown Prince Mohammed bin Salman, said the talks were "a good first step".`,
			[]quoteWant{{"a good first step", "Marco Rubio"}}},
		{"a statement released by a person's office", `The statement, released by Modi's office after the talks, said the two leaders had "reviewed the entire range of bilateral relations".`,
			[]quoteWant{{"reviewed the entire range of bilateral relations", "Narendra Modi"}}},
		{"speaking alongside another", `Modi, speaking alongside Putin, said India "has always supported peace".`,
			[]quoteWant{{"has always supported peace", "Narendra Modi"}}},
		{"wrote in a post, adding", `"We agreed to stop the fighting," Trump wrote in a post on his Truth Social platform, adding that Putin had been "very cooperative with us all along".`,
			[]quoteWant{{"We agreed to stop the fighting,", "Donald Trump"}, {"very cooperative with us all along", "Donald Trump"}}},
		{"a spokesperson asked about something", `China's foreign ministry spokesperson Guo Jiakun, asked about the call, said Beijing "welcomes all efforts conducive to peace".`,
			[]quoteWant{{"welcomes all efforts conducive to peace", "Guo Jiakun"}}},
		{"said, then a long title and a relative clause", `"There is no military solution," said Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, whose country has mediated between Israel and Hamas.`,
			[]quoteWant{{"There is no military solution,", "Mohammed bin Abdulrahman Al Thani"}}},
		{"single quotation marks with apostrophes inside", "‘We don’t know what they’re planning,’ Foreign Secretary David Lammy said.",
			[]quoteWant{{"We don’t know what they’re planning,", "David Lammy"}}},
		{"a quotation within a quotation", "“He told me, ‘We are ready to talk,’ and I believed him,” said Ahmed Karimov.",
			[]quoteWant{{"He told me, ‘We are ready to talk,’ and I believed him,", "Ahmed Karimov"}}},
		{"double backticks", "``We're not going to give up,'' Zelensky said.",
			[]quoteWant{{"We're not going to give up,", "Volodymyr Zelensky"}}},
		{"expressed concern that", `Guterres expressed concern that the fighting "could spiral into a wider regional war".`,
			[]quoteWant{{"could spiral into a wider regional war", "Antonio Guterres"}}},
		{"insisted, but warned", `Lavrov insisted Russia was "not threatening anyone at all", but warned that "any attack will be answered".`,
			[]quoteWant{{"not threatening anyone at all", "Sergey Lavrov"}, {"any attack will be answered", "Sergey Lavrov"}}},
		{"asked if, replied with a colon", `Asked if he trusted Putin, Trump replied: "I trust nobody, but we will see what happens."`,
			[]quoteWant{{"I trust nobody, but we will see what happens.", "Donald Trump"}}},
		{"a letter from one to another", `Ahmed Karimov wrote to Tomas Berg last week. A letter from Karimov to Berg said the talks were "a waste of everyone's time".`,
			[]quoteWant{{"a waste of everyone's time", "Ahmed Karimov"}}},
		{"a post by a person", `A post by Foreign Minister Ilona Varga on X said the attack was "an act of pure terror against civilians".`,
			[]quoteWant{{"an act of pure terror against civilians", "Ilona Varga"}}},
		{"an exclamation, then the attribution as a sentence of its own", "Ahmed Karimov spoke in Baku on Monday.\n\n\"We are ready for anything!\" Karimov told reporters.",
			[]quoteWant{{"We are ready for anything!", "Ahmed Karimov"}}},
		{"a question, then the attribution as a sentence of its own", "Tomas Berg spoke in Vienna on Monday.\n\n\"Is this what peace looks like?\" Berg asked.",
			[]quoteWant{{"Is this what peace looks like?", "Tomas Berg"}}},
		{"a question, then a long attribution that closes at a comma", "Tomas Berg spoke in Vienna on Monday.\n\n\"Can you name the general who runs the army?\" Berg asked, inquiring about the man who seized control of the country in a coup on October 12.",
			[]quoteWant{{"Can you name the general who runs the army?", "Tomas Berg"}}},
		{"a question, then a long sentence that is no attribution", "Tomas Berg spoke in Vienna on Monday.\n\n\"Why now?\" Berg said the plan was drawn up by the ministry long before the election and the talks that followed it.",
			nil},
		{"a question put to someone is not his", "Tomas Berg spoke in Vienna on Monday.\n\n\"Will you resign over this?\" Berg was asked.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

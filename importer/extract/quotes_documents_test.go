package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestDocumentSpeakers covers documents that speak for their authors: the author an
// earlier sentence names, "It" as a document's subject, the first word of its body's name
// before it ("the Harwick report said"), and a report that only tells a person's words.
func TestDocumentSpeakers(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"the study by an organization, then the research", "Hamas rejected the figures on Monday. A new study by the Geneva Academy of Maritime Law covers 23 ports. The research notes that ports are \"less safe than at any time since the war\".",
			[]quoteWant{{"less safe than at any time since the war", "Geneva Academy of Maritime Law"}}},
		{"a draft set out by a person", "The plan was set out by Donald Tusk in a draft for EU leaders. The European Union meets on Friday. The draft, which was seen by Reuters, says the scheme is \"a temporary measure to end the suffering\".",
			[]quoteWant{{"a temporary measure to end the suffering", "Donald Tusk"}}},
		{"a draft set out by a person named with an honorific", "Prime Minister Lars Holm wrote to EU leaders. The plan was set out by Mr. Holm in a draft for them. The European Union meets on Friday. The draft, which was seen by Reuters, says the scheme is \"a temporary measure to end the suffering\".",
			[]quoteWant{{"a temporary measure to end the suffering", "Lars Holm"}}},
		{"a draft by a person named with an honorific", "Prime Minister Lars Holm wrote to EU leaders. A draft by Mr. Holm sets out the plan. The European Union meets on Friday. The draft, which was seen by Reuters, says the scheme is \"a temporary measure to end the suffering\".",
			[]quoteWant{{"a temporary measure to end the suffering", "Lars Holm"}}},
		{"the first word of the body's name before its report", "A new study by the Harwick Academy of Maritime Law covers 23 ports.\n\n\"Ports are less safe than at any time since the war,\" the Harwick report said.",
			[]quoteWant{{"Ports are less safe than at any time since the war,", "Harwick Academy of Maritime Law"}}},
		{"the first word of the body's name before its study, fronted", "A new study by the Harwick Academy of Maritime Law covers 23 ports.\n\nAs the Harwick study concluded, \"Ports are less safe than at any time since the war.\"",
			[]quoteWant{{"Ports are less safe than at any time since the war.", "Harwick Academy of Maritime Law"}}},
		{"It as the document's subject", "European Council President Donald Tusk wrote to the leaders. Tusk's draft says the plan is \"a temporary measure to end the suffering\". It stresses the plan is \"necessary to restore public order at the border\".",
			[]quoteWant{{"a temporary measure to end the suffering", "Donald Tusk"}, {"necessary to restore public order at the border", "Donald Tusk"}}},
		{"It after the organization that spoke", "The Kremlin said on Monday that the talks had gone well. It added that both sides were \"ready to meet again before the summer\".",
			[]quoteWant{{"ready to meet again before the summer", "Kremlin"}}},
		{"a letter written by a titled person whose surname is a building noun", "Power producers sent six letters to the regulator on Monday. \"The cap will sow confusion in the market,\" read one letter written by Vice President Thomas Hall of Northgate Power.",
			[]quoteWant{{"The cap will sow confusion in the market,", "Thomas Hall"}}},
		{"a given name and a building noun after Mr.", "\"We will not sign,\" Mr. John Street said on Monday.",
			[]quoteWant{{"We will not sign,", "John Street"}}},
		{"It with no document or body before stays unattributed", "Donald Tusk arrived in Ankara on Monday. It says the plan is \"a temporary measure to end the suffering\".",
			[]quoteWant{{"a temporary measure to end the suffering", ""}}},
		{"the consortium's report", "The Northern Consortium of Investigative Reporters released the files. The consortium said more would follow. The report said the money trail \"came uncomfortably close to the palace\".",
			[]quoteWant{{"came uncomfortably close to the palace", "Northern Consortium of Investigative Reporters"}}},
		{"an agency citing a minister", "\"The talks were constructive,\" Xinhua reported, citing Foreign Minister Wang Yi.",
			[]quoteWant{{"The talks were constructive,", "Wang Yi"}}},
		{"a report that tells a person's words", "The Northern Consortium of Investigative Reporters published a report. Kremlin spokesman Dmitry Peskov said the questions \"have been asked hundreds of times and answered,\" the report said.",
			[]quoteWant{{"have been asked hundreds of times and answered,", "Dmitry Peskov"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

// TestDescribedSpeakers covers speakers named by a relative clause or described by their
// office: "X of the center, who told VOA,", "the top U.S. diplomat said".
func TestDescribedSpeakers(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"who told, after an object", "Others disagree, including Maria Hollis of the Center for Pacific Studies, who told VOA, “The president will not apologize and nobody is asking him to.”",
			[]quoteWant{{"The president will not apologize and nobody is asking him to.", "Maria Hollis"}}},
		{"who also said", "The plan was backed by Tomas Varga, the Hungarian foreign minister, who also said that the talks were \"the best chance in a decade for a settlement\".",
			[]quoteWant{{"the best chance in a decade for a settlement", "Tomas Varga"}}},
		{"the top diplomat of a country is its foreign-family office holder", "Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Geneva. The top U.S. diplomat said the leaders would discuss the plan \"as soon as it is appropriate\" and then act.",
			[]quoteWant{{"as soon as it is appropriate", "John Kerry"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

// TestStatementSources covers bodies that speak through a statement or are named by a
// description: "an announcement from X said", an attribution that closes the sentence of
// a participle's quotation, "the coalition said".
func TestStatementSources(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"an announcement from a ministry said", "An announcement from India's external affairs ministry said the Nepali foreign minister will visit by June to \"review progress on the border talks.\"",
			[]quoteWant{{"review progress on the border talks.", "Indian External Affairs Ministry"}}},
		{"a statement from an embassy closes the sentence", "The shift comes after first calling the row a \"misunderstanding born of differences in custom\" and a result of press bias, a statement from the Iranian embassy in Chile said.",
			[]quoteWant{{"misunderstanding born of differences in custom", "Iranian Embassy"}}},
		{"the coalition said", "The opposition's Democratic Unity coalition said its envoys met the mediators. \"These points were passed to the ruling party by the mediators,\" the coalition said in a statement.",
			[]quoteWant{{"These points were passed to the ruling party by the mediators,", "Democratic Unity coalition"}}},
		{"a backed coalition is no name", "Hamas rejected the plan. The Saudi-backed coalition said the strikes were \"aimed only at military targets in the port\".",
			[]quoteWant{{"aimed only at military targets in the port", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

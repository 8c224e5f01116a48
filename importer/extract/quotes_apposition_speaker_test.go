package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestApposedSpeakers covers speakers named in apposition: a name set off by commas after
// the noun phrase that opens its sentence ("X's spokesman, Y, told") is the subject a
// later "he" speaks of, and a name described with "a" or "an", or with an office of
// someone's ("the president's spokesman", "President Y's spokesman", "its director"),
// before a speech verb is a person even when no given name vouches for it. A short name in
// quotation marks inside the apposition ("head of the "Free Pen" society") does not end it.
func TestApposedSpeakers(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name string
		text string
		want []quoteWant
	}{
		{"he after a spokesman named in apposition", `President Emmanuel Macron met Chancellor Olaf Scholz in Paris. Macron's spokesman, Benjamin Griveaux, told reporters that the deal was final. "There is nothing more to negotiate," he said.`,
			[]quoteWant{{"There is nothing more to negotiate,", "Benjamin Griveaux"}}},
		{"a name in apposition to an object is no subject", `Prime Minister Sheikh Hasina at a reception hosted by Bangladesh's envoy to India, Syed Muazzem Ali, said she saw no problem. "I had a talk with PM Modi," she was quoted as saying.`,
			[]quoteWant{{"I had a talk with PM Modi,", "Sheikh Hasina"}}},
		{"a name described with an article then told", `"The children had to salute a poster every morning," Nadereh Afshari, a former member of the sect, told reporters.`,
			[]quoteWant{{"The children had to salute a poster every morning,", "Nadereh Afshari"}}},
		{"a name described as the office of someone's then said", `"Abuja will not accept this," Temitope Okonjo, the president's spokesman, said.`,
			[]quoteWant{{"Abuja will not accept this,", "Temitope Okonjo"}}},
		{"a name described as a titled person's office, not that person", `Temitope Okonjo, President Bola Tinubu's spokesman, said Abuja would "not accept this under any circumstances".`,
			[]quoteWant{{"not accept this under any circumstances", "Temitope Okonjo"}}},
		{"the governor's chief of staff told, colon", `Chidinma Eze, the governor's chief of staff, told reporters: "The roads will reopen on Friday."`,
			[]quoteWant{{"The roads will reopen on Friday.", "Chidinma Eze"}}},
		{"its director, then told", `The agency "will not lift the ban before the summer", Temitope Okonjo, its director, told AFP.`,
			[]quoteWant{{"will not lift the ban before the summer", "Temitope Okonjo"}}},
		{"its parent company makes no person", `"Commodity prices will plummet," Brennock Kestrel, its parent company, said.`,
			[]quoteWant{{"Commodity prices will plummet,", ""}}},
		{"a name in marks inside the apposition", `"We opened the fair to test the limits of free speech," Kamran Tavassoli, head of the "Free Pen" society and the fair's organizer, said.`,
			[]quoteWant{{"We opened the fair to test the limits of free speech,", "Kamran Tavassoli"}}},
		{"a business described with an article speaks as a firm", `"Commodity prices will plummet," Brennock Kestrel, a New York-based firm of analysts, said.`,
			[]quoteWant{{"Commodity prices will plummet,", "Brennock Kestrel"}}},
		{"a name after a fronted clause's last name heads its own apposition", `Foreign Minister Ilona Varga met Secretary of State Ahmed Karimov on Monday. Asked whether the drones would come up when Varga meets Karimov, Piet Vos, a spokesman for the Norwegian Foreign Ministry, said Oslo would not use them as a "pretext for a quarrel".`,
			[]quoteWant{{"pretext for a quarrel", "Piet Vos"}}},
		{"and so with an office after it", `When Varga meets Karimov, Piet Vos, the foreign minister, said Oslo would not use the drones as a "pretext for a row".`,
			[]quoteWant{{"pretext for a row", "Piet Vos"}}},
		{"the statement a spokesman read is his, not his ministry's", "\"Karimov offered his condolences,\" Tom Reed, a spokesman for the Defense Department, said in a statement.\n\n\"He also expressed his sympathies to the families,\" the statement said.",
			[]quoteWant{{"Karimov offered his condolences,", "Tom Reed"}, {"He also expressed his sympathies to the families,", "Tom Reed"}}},
		{"a university described with an article makes no person", `"Commodity prices will plummet," Brennock Kestrel, a university in Ohio, said.`,
			[]quoteWant{{"Commodity prices will plummet,", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertSpeakers(t, x.Extract(extract.Input{Text: c.text}), c.want)
		})
	}
}

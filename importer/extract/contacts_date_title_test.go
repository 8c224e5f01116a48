package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestTitleDate covers rule date.title: a headline's day dates the lead's undated contact
// whose every party it names (one by name, the others by country beside a word of
// contact), in the contact's tense. Articles of Thursday 2024-03-14.
func TestTitleDate(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	held := "Joe Biden and Xi Jinping held a phone call, the White House said. The two leaders discussed trade."
	cases := []struct {
		name, title, body, published, date, dateText string
	}{
		{"a weekday in the headline", "Biden, Xi hold call Tuesday", held, thu, "2024-03-12", "Tuesday"},
		{"a readout's full date", "Readout of President Biden's call with President Xi: 12 March 2024", held, "", "2024-03-12", "12 March 2024"},
		{"a plan's weekday is ahead", "Biden, Xi to talk Tuesday", "Joe Biden and Xi Jinping will hold a phone call, the White House said.", thu, "2024-03-19", "Tuesday"},
		{"the body's own day wins", "Biden, Xi hold call Tuesday", "Joe Biden and Xi Jinping held a phone call on Wednesday, the White House said.", thu, "2024-03-13", "Wednesday"},
		{"a headline that names another party", "Biden, Scholz hold call Tuesday", held, thu, "", ""},
		{"a headline with no day", "Biden, Xi hold call on trade", held, thu, "", ""},
		{"a month names no day", "Biden, Xi hold call in March", held, thu, "", ""},
		{"one party by name and the other by country beside a contact word", "Biden, Chinese leader hold call Tuesday", held, thu, "2024-03-12", "Tuesday"},
		{"one party by name and the other by a national office", "Rossi meets Swedish PM on Tuesday",
			"Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg in Rome, officials said.", thu, "2024-03-12", "Tuesday"},
		{"the other party's country is not the headline's", "Rossi meets Norwegian PM on Tuesday",
			"Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg in Rome, officials said.", thu, "", ""},
		{"a party by the headline's spelling of the name", "PM call with President Zelenskyy: 12 March 2024",
			"Prime Minister Rishi Sunak spoke to President Zelenskyy. The leaders discussed the war.", thu, "2024-03-12", "12 March 2024"},
		{"an office with no country beside a word of contact names its holder", "PM call with President Zelensky: 12 March 2024",
			"Prime Minister Rishi Sunak spoke to President Volodymyr Zelensky. The leaders discussed the war.", thu, "2024-03-12", "12 March 2024"},
		{"an office no party holds", "Chancellor call with President Zelensky: 12 March 2024",
			"Prime Minister Rishi Sunak spoke to President Volodymyr Zelensky. The leaders discussed the war.", thu, "", ""},
		{"a country without a word of contact", "Biden, Chinese leader on Tuesday", held, thu, "", ""},
		{"no party by name", "Italian and Swedish ministers meet on Tuesday",
			"Italian Foreign Minister Marta Rossi met Swedish Prime Minister Jonas Berg in Rome, officials said.", thu, "", ""},
		{"a contact told late in the story", "Biden, Xi hold call Tuesday",
			"The White House issued a statement. It covered many topics. Officials said more was to come. Later, Joe Biden spoke with Xi Jinping.", thu, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.body, Title: c.title, Published: c.published})
			if len(res.Contacts) != 1 {
				t.Fatalf("got %d contacts %v, want 1", len(res.Contacts), describe(res))
			}
			if got := res.Contacts[0]; got.Date != c.date || got.DateText != c.dateText {
				t.Errorf("date = %q (%q), want %q (%q)", got.Date, got.DateText, c.date, c.dateText)
			}
		})
	}
}

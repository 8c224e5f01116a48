package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestStoryDate checks rule date.story: a held contact of the lead's people, told near the
// top with no date of its own, takes the day of the lead; and the dates a contact keeps
// when it has its own or is told as an earlier one.
func TestStoryDate(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, text, published string
		date, dateText        string // of the only contact
	}{
		{"the lead's weekday dates a meeting told after it",
			"Foreign Minister Ana Kovac made a dash to Vienna on Wednesday to plead for the grain deal.\n\n" +
				"Kovac told reporters after meeting Austrian Chancellor Karl Nehammer that the deal could be saved.",
			"2024-03-06", "2024-03-06", "Wednesday"},
		{"this morning in the lead dates the visit's talks",
			"President Tomas Varga made a surprise visit to Kyiv. His visit was kept secret until this morning.\n\n" +
				"Varga met Ukrainian President Volodymyr Zelensky in Kyiv.",
			"2023-02-20", "2023-02-20", "this morning"},
		{"a contact with its own date keeps it",
			"Foreign Minister Ana Kovac made a dash to Vienna on Wednesday.\n\n" +
				"Kovac met Austrian Chancellor Karl Nehammer on Tuesday.",
			"2024-03-06", "2024-03-05", "Tuesday"},
		{"the lead's day is more precise than this week",
			"President Tomas Varga flew to Vienna on Thursday.\n\n" +
				"Varga met Austrian Chancellor Karl Nehammer this week.",
			"2024-03-08", "2024-03-07", "Thursday"},
		{"earlier this week is before the lead's day of publication",
			"President Tomas Varga flew to Vienna on Thursday.\n\n" +
				"Varga met Austrian Chancellor Karl Nehammer earlier this week.",
			"2024-03-07", "", "earlier this week"},
		{"an earlier contact does not take the lead's day",
			"President Tomas Varga returned to Budapest early Wednesday after a trip abroad.\n\n" +
				"Austrian Chancellor Karl Nehammer, during a recent visit to Budapest, met Varga.",
			"2024-03-06", "", ""},
		{"a contact of people the lead does not name keeps no date",
			"Foreign Minister Ana Kovac made a dash to Vienna on Wednesday.\n\n" +
				"Austrian Chancellor Karl Nehammer met Ukrainian President Volodymyr Zelensky in Kyiv.",
			"2024-03-06", "", ""},
		{"a contact told far down after another time keeps no date",
			"Foreign Minister Ana Kovac made a dash to Vienna on Wednesday.\n\nThe deal expired in 2019.\n\n" +
				"Grain prices rose.\n\nShips wait in port.\n\nKovac met Austrian Chancellor Karl Nehammer in Vienna.",
			"2024-03-06", "", ""},
		{"a date before a speech verb and its that clause dates the saying",
			"On Sunday, President Joe Biden told reporters that he would meet Xi Jinping at an appropriate time.",
			"2025-02-10", "", ""},
		{"a date between a speech verb and that dates the saying",
			"Kremlin spokesman Dmitry Peskov told the TASS state news agency on Sunday that Vladimir Putin and Donald Trump will meet soon.",
			"2025-02-10", "", ""},
		{"a date before a speech verb and a past perfect dates the saying",
			"On Friday, the Hungarian foreign ministry announced Foreign Minister Ana Kovac had spoken to Austrian Chancellor Karl Nehammer.",
			"2024-03-08", "", ""},
		{"a date after a speech verb and a past perfect dates the saying",
			"Foreign Minister Ana Kovac said on Friday she had spoken to Austrian Chancellor Karl Nehammer.",
			"2024-03-08", "", ""},
		{"had as a light verb is no past perfect",
			"On Friday, Foreign Minister Ana Kovac said she had a call with Austrian Chancellor Karl Nehammer.",
			"2024-03-08", "2024-03-08", "Friday"},
		{"a date before a coordinated predicate is not the contact's",
			"Chinese Foreign Minister Wang Yi will travel to Busan on Friday and hold talks with South Korean Foreign Minister Park Jin on Saturday.",
			"2024-03-06", "2024-03-09", "Saturday"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Published: c.published})
			if len(res.Contacts) != 1 {
				t.Fatalf("got %v, want one contact", describe(res))
			}
			if got := res.Contacts[0]; got.Date != c.date || got.DateText != c.dateText {
				t.Errorf("date = %q (%q), want %q (%q)", got.Date, got.DateText, c.date, c.dateText)
			}
		})
	}
}

// TestAnaphorAcrossAQuotation checks that a contact told first without names ("meeting
// with his counterpart later this month") still dates the named one told after a quoted
// paragraph: sentences wholly inside a quotation do not count as distance.
func TestAnaphorAcrossAQuotation(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"quoted sentences between",
			"India's prime minister said Friday he looks forward to a meeting with his Pakistani counterpart later this month. " +
				"\"We are neighbours. We must talk. We will try,\" the agency quoted Prime Minister Atal Bihari Vajpayee as saying. " +
				"Vajpayee and Pakistani Prime Minister Nawaz Sharif will meet in Colombo.", "1998-07-10",
			[]contactWant{{[]string{"Atal Bihari Vajpayee", "Nawaz Sharif"}, "meeting", "scheduled", "1998-07", "later this month"}}},
	})
}

package extract_test

import "testing"

// TestContactPartiesNamedBefore covers contacts whose participants are named in a sentence
// before the contact verb: a pronoun subject or object, "the two" or a plural office
// ("the foreign ministers", "the prime ministers", a pair as "the ministers" is; the
// two persons of the sentence before, one of them reporting of the other), and a
// title for a person named before ("The secretary of state met Y", and "the top American
// diplomat" for a Secretary of State named before, though the other party's country is
// untold). Each is one contact of
// the two, held, dated by the day the two sentences tell.
func TestContactPartiesNamedBefore(t *testing.T) {
	x := newExtractor(t)
	pair := func(mode, dateText, date string) []contactWant {
		return []contactWant{{names: []string{"Tomas Berg", "Mei Chen"}, mode: mode, status: "held", dateText: dateText, date: date}}
	}
	forum := "Foreign Minister Tomas Berg and Foreign Minister Mei Chen attended a forum in Geneva on Tuesday. "
	runContactCases(t, x, []contactCase{
		{"pronoun subject after an arrival", "Foreign Minister Tomas Berg arrived in Beijing on Monday. He held talks with Foreign Minister Mei Chen.",
			"2024-03-08", pair("meeting", "Monday", "2024-03-04")},
		{"pronoun object after an arrival", "Foreign Minister Mei Chen arrived in Oslo on Monday. Foreign Minister Tomas Berg received her at the ministry.",
			"2024-03-08", []contactWant{{names: []string{"Mei Chen", "Tomas Berg"}, mode: "meeting", status: "held", dateText: "Monday", date: "2024-03-04"}}},
		{"the two ministers", forum + "The two ministers met on the sidelines.", "2024-03-08", pair("meeting", "Tuesday", "2024-03-05")},
		{"the plural office", forum + "The foreign ministers met on the sidelines.", "2024-03-08", pair("meeting", "Tuesday", "2024-03-05")},
		{"the plural office held talks", forum + "The foreign ministers later held talks on trade.", "2024-03-08", pair("meeting", "Tuesday", "2024-03-05")},
		{"the prime ministers", "Prime Minister Anil Varma and Prime Minister Mark Halloran toured a factory in Pune on Tuesday. The prime ministers met afterwards.",
			"2024-03-08", []contactWant{{names: []string{"Anil Varma", "Mark Halloran"}, mode: "meeting", status: "held", dateText: "Tuesday", date: "2024-03-05"}}},
		{"a plural office of the many is no pair", "The foreign ministers of the alliance met in Brussels on Tuesday.", "2024-03-08", nil},
		{"a plural office of others is no pair", forum + "The foreign ministers of the alliance met in Brussels on Wednesday.", "2024-03-08", nil},
		{"the office of a person named before", `"We want stability," said Foreign Minister Tomas Berg. The foreign minister met Foreign Minister Mei Chen on Friday in Jakarta.`,
			"2024-03-08", pair("meeting", "Friday", "2024-03-08")},
		{"the first lady named before", "First Lady Anna Lindqvist visited a hospital in Kyiv. The first lady held talks with Foreign Minister Mei Chen on Tuesday.",
			"2024-03-08", []contactWant{{names: []string{"Anna Lindqvist", "Mei Chen"}, mode: "meeting", status: "held", dateText: "Tuesday", date: "2024-03-05"}}},
		{"a counterpart office named before", "Secretary of State Daniel Reeve toured a refugee camp on Monday. The top American diplomat then met Foreign Minister Mei Chen.",
			"2024-03-08", []contactWant{{names: []string{"Daniel Reeve", "Mei Chen"}, mode: "meeting", status: "held", dateText: "Monday", date: "2024-03-04"}}},
		{"the two after one reports of the other", "Foreign Minister Tomas Berg said on Tuesday that Foreign Minister Mei Chen had been a reliable partner. The two spoke by phone later that day.",
			"2024-03-08", pair("phone", "later that day", "2024-03-05")},
		{"no spokesperson in the two", "Government spokesman Erik Lund said on Tuesday that Foreign Minister Mei Chen had arrived. The two spoke by phone later that day.",
			"2024-03-08", nil},
		{"told on by the two", "The ministry said Foreign Minister Tomas Berg spoke by phone with Foreign Minister Mei Chen on Tuesday. The two discussed trade.",
			"2024-03-08", pair("phone", "Tuesday", "2024-03-05")},
	})
}

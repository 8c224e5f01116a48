package extract_test

import "testing"

// TestGuestListPurpose: the purpose right after a guest list that ends with a group, "hosted
// X and European leaders for talks", "invited King Y and other leaders for talks on
// Saturday", is the contact with the named guest, dated by the day told after it, as it is
// right after a name.
func TestGuestListPurpose(t *testing.T) {
	x := newExtractor(t)
	pub := "2026-03-06" // a Friday
	runContactCases(t, x, []contactCase{
		{"invited a king and other leaders for talks", "Spanish Prime Minister Pedro Sanchez invited Moroccan King Mohammed VI and other leaders for talks in Madrid on Saturday, his office said.", pub,
			[]contactWant{{[]string{"Pedro Sanchez", "Mohammed VI"}, "meeting", "proposed", "2026-03-07", "Saturday"}}},
		{"will host a president and European leaders for talks", "Prime Minister Keir Starmer will host Ukrainian President Volodymyr Zelensky and other European leaders for talks in London on Sunday.", pub,
			[]contactWant{{[]string{"Keir Starmer", "Volodymyr Zelensky"}, "meeting", "scheduled", "2026-03-08", "Sunday"}}},
		{"received a general and senior officials for a meeting", "Egyptian President Abdel Fattah al-Sisi received Sudanese army chief Abdel Fattah al-Burhan and senior officials for a meeting on Tuesday.", pub,
			[]contactWant{{[]string{"Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan"}, "meeting", "held", "2026-03-03", "Tuesday"}}},
	})
}

package extract_test

import "testing"

// TestStoryDateLeadCountries checks that a lead whose subject is two states ("Norway and
// Chile pledged on Tuesday ...") dates the undated held contact of their people told
// next, as wire copy does, and only theirs.
func TestStoryDateLeadCountries(t *testing.T) {
	x := newExtractor(t)
	const wed = "2025-03-05"
	const lead = "Norway and Chile pledged on Tuesday to deepen their copper trade.\n\n"
	pair := []string{"Lena Dahl", "Pablo Rojas"}
	runDateCases(t, x, []dateCase{
		{"persons of the two states meet", lead + "Norwegian Foreign Minister Lena Dahl met Chilean President Pablo Rojas in Santiago, where the two signed three agreements.", wed, pair, "2025-03-04", "Tuesday"},
		{"a person of a third state takes no day", lead + "Norwegian Foreign Minister Lena Dahl met Peruvian President Pablo Rojas in Lima on the way home.", wed, pair, "", ""},
		{"one state in the lead gives no day", "Norway pledged on Tuesday to deepen its copper trade.\n\nNorwegian Foreign Minister Lena Dahl met Chilean President Pablo Rojas in Santiago.", wed, pair, "", ""},
		{"a contact told as earlier takes no day", lead + "Norwegian Foreign Minister Lena Dahl had met Chilean President Pablo Rojas in Santiago.", wed, pair, "", ""},
	})
}

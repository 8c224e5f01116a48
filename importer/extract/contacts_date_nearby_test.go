package extract_test

import "testing"

// TestNearbyDate lends the day of a held contact to an undated one of its people told in
// the same sentence or the next of its paragraph (rule date.nearby), far from the lead
// where date.story cannot reach; not across a paragraph, nor to a contact told as earlier
// or in the present perfect. The articles are of Thursday 2024-03-14.
func TestNearbyDate(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	const opening = "Grain prices rose again in Europe this year.\n\nShips waited in port in 2019.\n\nFarmers protest.\n\nExports doubled.\n\n"
	const met = "Foreign Minister Ana Kovac met Austrian Chancellor Karl Nehammer in Vienna on Tuesday."
	const schallenberg = "Austrian Foreign Minister Alexander Schallenberg"
	ks := []string{"Ana Kovac", "Alexander Schallenberg"}
	runDateCases(t, x, []dateCase{
		{"the next sentence", opening + met + " She also held talks with " + schallenberg + ".", thu, ks, "2024-03-12", "Tuesday"},
		{"a second verb of the sentence", opening + "Foreign Minister Ana Kovac met Austrian Chancellor Karl Nehammer in Vienna on Tuesday, and held talks with " + schallenberg + ".", thu, ks, "2024-03-12", "Tuesday"},
		{"the next paragraph is too far", opening + met + "\n\nKovac also met " + schallenberg + ", the ministry said.", thu, ks, "", ""},
		{"an earlier contact", opening + met + " Earlier, she had breakfast with " + schallenberg + ".", thu, ks, "", ""},
		{"the present perfect", opening + met + " She has met " + schallenberg + " many times.", thu, ks, "", ""},
		{"no shared party", opening + met + " Czech Foreign Minister Jan Lipavsky also met " + schallenberg + ".", thu, []string{"Jan Lipavsky", "Alexander Schallenberg"}, "", ""},
	})
}

package extract_test

import "testing"

// TestDescribedCount: "the foreign ministers of the four countries met" is a meeting of
// the persons of as many countries the sentence before or after names, when their number
// fits; a plan stays a plan, a negated meeting none, and a count the names do not fit (or
// two of one country) invents no group.
func TestDescribedCount(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	type w = contactWant
	runContactCases(t, x, []contactCase{
		{"the leaders of the three countries, named next", "The leaders of the three countries met in Aqaba on Sunday. Egyptian President Abdel Fattah al-Sisi, King Abdullah II and President Mahmoud Abbas discussed the West Bank.", pub,
			[]w{{[]string{"Abdel Fattah el-Sisi", "Abdullah II", "Mahmoud Abbas"}, "meeting", "held", "2024-03-03", ""}}},
		{"named before the count", "Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi arrived in Paris on Sunday. The foreign ministers of the two countries met at the Quai d'Orsay on Monday.", pub,
			[]w{{[]string{"Sameh Shoukry", "Ayman Safadi"}, "meeting", "held", "2024-03-04", ""}}},
		{"the count does not fit the names", "The foreign ministers of the four countries will meet in Cairo on Monday. Egypt's Sameh Shoukry and Jordan's Ayman Safadi called for a ceasefire.", pub, nil},
		{"a negated meeting", "The foreign ministers of the two countries did not meet in Cairo on Monday. Egypt's Sameh Shoukry and Jordan's Ayman Safadi called for a ceasefire.", pub, nil},
		{"two of one country are no round of two countries", "The foreign ministers of the two countries met in Cairo on Monday. Egyptian Foreign Minister Sameh Shoukry and Egyptian President Abdel Fattah al-Sisi called for a ceasefire.", pub, nil},
	})
}

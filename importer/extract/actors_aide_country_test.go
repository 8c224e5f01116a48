package extract_test

import "testing"

// TestAideCountry covers a president named after "aide to" in the apposition of a person
// whose country the text tells: the president is of the aide's country, not of the country
// the story is filed from or mostly about. With no comma after the name before, the words
// describe no one.
func TestAideCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"an aide's apposition", "Washington",
			"The United States gave the findings to Sergei Vadlov, head of the Russian Security Council and a close aide to President Ivan Korsunov. The United States and its allies want answers, U.S. officials said.",
			"Ivan Korsunov", "RU"},
		{"no apposition", "",
			"Sergei Vadlov of the Russian Security Council met an aide to President Ivan Korsunov on Monday.",
			"Ivan Korsunov", ""},
	}
	runDatelineCases(t, x, cases)
}

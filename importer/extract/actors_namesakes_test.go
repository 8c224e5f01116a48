package extract_test

import "testing"

// TestNamesakesAndGender covers two persons of one surname, a bare surname after a title
// going to the one the title picks (the one printed with that title before, else the one
// whose given name the title's gender fits: titledSurnameOf), and "he" skipping a person
// whose given name tells she is a woman (words class female holds given names).
func TestNamesakesAndGender(t *testing.T) {
	runPronounCases(t, newExtractor(t), []pronounCase{
		{"the same title as before",
			"Defence Minister Tomas Reinholt opened the session. Dr. Ilse Reinholt presented the report. Tomas Reinholt thanked the staff. Dr. Reinholt then took questions.",
			"Reinholt then", "Ilse Reinholt"},
		{"a woman's title",
			"Paolo Ferrante met his sister Giulia Ferrante in Rome. Paolo Ferrante later flew to Milan. Ms. Ferrante stayed in Rome.",
			"Ferrante stayed", "Giulia Ferrante"},
		{"he is not the woman",
			"Giulia Ferlanti met Tommaso Brevini in Rome on Monday. He said the talks went well.",
			"He said", "Tommaso Brevini"},
	})
}

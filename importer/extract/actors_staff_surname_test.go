package extract_test

import "testing"

// TestStaffOfSurname covers a spokesperson or adviser titled with a bare surname before
// the office ("Kovalin spokeswoman X"), where the surname is no mention of its own: the
// aide serves the country of the article's person with that surname.
func TestStaffOfSurname(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"a spokeswoman after the surname", "",
			"Ukrainian President Ivan Kovalin will not travel to Warsaw this week. Kovalin spokeswoman Irina Dovzhuk said no meeting had been planned.",
			"Irina Dovzhuk", "UA"},
	}
	runDatelineCases(t, x, cases)
}

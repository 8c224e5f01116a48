package extract_test

import "testing"

// TestPronounAfterOneNamedPerson checks that "he" after a sentence that names one person
// and has no person for subject is that person, not a speaker quoted before it; a subject
// after a fronted time with no comma ("Earlier in the week X met A and B") is still the
// subject "he" stands for.
func TestPronounAfterOneNamedPerson(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"the one person named before, not the last speaker",
			"\u201cWe are ready,\u201d Mr. Earnest said.\n\nChina is getting special treatment from President Barack Obama. He met Xi Jinping in the afternoon.", "",
			[]contactWant{{[]string{"Barack Obama", "Xi Jinping"}, "meeting", "held", "", ""}}},
		{"the subject of the sentence before still wins",
			"President Barack Obama praised Xi Jinping. He met Park Geun-hye later.", "",
			[]contactWant{{[]string{"Barack Obama", "Park Geun-hye"}, "meeting", "held", "", ""}}},
		{"the subject after a fronted time with no comma",
			"Earlier in the week Kenyan President William Ruto met Ugandan President Yoweri Museveni and Rwandan President Paul Kagame. He also held talks with Tanzanian President Samia Suluhu Hassan.", "",
			[]contactWant{{[]string{"William Ruto", "Yoweri Museveni"}, "meeting", "held", "", ""}, {[]string{"William Ruto", "Paul Kagame"}, "meeting", "held", "", ""}, {[]string{"William Ruto", "Samia Suluhu Hassan"}, "meeting", "held", "", ""}}},
	})
}

package extract_test

import "testing"

// TestNamingParticiple covers "called" that names the noun before it, "a charity called
// X", "a soldier called X": no call of the sentence's subject to X. "called X" with the
// caller as its subject, in a main or a relative clause, is a call.
func TestNamingParticiple(t *testing.T) {
	x := newExtractor(t)
	ruto, museveni := "Kenyan President William Ruto", "Ugandan President Yoweri Museveni"
	call := []contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "phone", status: "held", date: "2024-03-11"}}
	met := []contactWant{{names: []string{"William Ruto", "Daniel Ekal"}, mode: "meeting", status: "held"}}
	runContactCases(t, x, []contactCase{
		{"a charity called", ruto + " praised a charity called Save the Children for its work in Turkana.", "2024-03-12", nil},
		{"a soldier called, met", ruto + " visited a village called Lodwar, where he met a soldier called Daniel Ekal.", "2024-03-12", met},
		{"a call in a relative clause", ruto + ", who called " + museveni + " on Monday, said the border would reopen.", "2024-03-12", call},
		{"a plain call", ruto + " called " + museveni + " on Monday.", "2024-03-12", call},
	})
}

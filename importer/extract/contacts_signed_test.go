package extract_test

import "testing"

// TestSignedDocuments covers "signed by X and Y": an accord two leaders sign is signed
// together and is a meeting; a letter, statement or petition with several signatures is
// no contact between its signers.
func TestSignedDocuments(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"a letter signed by two", "A letter signed by Senator Chuck Schumer and Senator Mitch McConnell urged the administration to act.", "", nil},
		{"an open letter, signed by two", "An open letter, signed by Annalena Baerbock and Catherine Colonna, was published on Tuesday.", "", nil},
		{"a joint statement signed by", "The joint statement, which was signed by Antony Blinken and James Cleverly, called for restraint.", "", nil},
		{"a petition signed by", "A petition signed by Alexei Navalny and Ilya Yashin was sent to the court.", "", nil},
		{"an accord signed by two leaders stays", "The peace accord was signed by Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki in Jeddah.", "",
			[]contactWant{{[]string{"Abiy Ahmed", "Isaias Afwerki"}, "meeting", "held", "", ""}}},
		{"an agreement signed by two stays", "The agreement was signed by President Joe Biden and Prime Minister Fumio Kishida at the White House.", "",
			[]contactWant{{[]string{"Joe Biden", "Fumio Kishida"}, "meeting", "held", "", ""}}},
		{"a declaration, signed by two, stays", "The declaration, signed by Emmanuel Macron and Olaf Scholz in Aachen, renews the treaty.", "",
			[]contactWant{{[]string{"Emmanuel Macron", "Olaf Scholz"}, "meeting", "held", "", ""}}},
	}
	runContactCases(t, x, cases)
}

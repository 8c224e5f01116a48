package extract_test

import "testing"

// TestTitledGuest covers a host's verb ("received", "welcomed", "hosted") and "called"
// whose other party is named behind a title the gazetteer does not join to the name: "the"
// and a demonym before an office, an office before a comma, a place before an office.
func TestTitledGuest(t *testing.T) {
	x := newExtractor(t)
	guest := func(host, name string) []contactWant {
		return []contactWant{{names: []string{host, name}, mode: "meeting", status: "held"}}
	}
	const host = "Bola Tinubu"
	cases := []contactCase{
		{"the, a demonym and an office", "President Bola Tinubu on Tuesday received the Ghanaian Foreign Minister Samuel Ablakwa at the Presidential Villa.", "", guest(host, "Samuel Ablakwa")},
		{"an office before a comma", "President Bola Tinubu on Tuesday received the Ghanaian Prime Minister, Kofi Mensah, at the Presidential Villa.", "", guest(host, "Kofi Mensah")},
		{"a lower-case office before a comma", "President Bola Tinubu on Tuesday received the Ghanaian prime minister, Kofi Mensah, at the Presidential Villa.", "", guest(host, "Kofi Mensah")},
		{"a body's office before a comma", "President Bola Tinubu received the Senate President, Godswill Akpabio, at the Presidential Villa.", "", guest(host, "Godswill Akpabio")},
		{"an office of a place before a comma", "President Bola Tinubu on Tuesday received the Governor of Lagos State, Babajide Sanwo-Olu, at the Presidential Villa.", "", guest(host, "Babajide Sanwo-Olu")},
		{"an office of a body before a comma", "President Bola Tinubu received the Chairman of the African Union Commission, Mahmoud Ali Youssouf, on Tuesday.", "", guest(host, "Mahmoud Ali Youssouf")},
		{"an office of the parliament before a comma", "President Bola Tinubu welcomed the Speaker of the Ghanaian Parliament, Samuel Bagbin, on Tuesday.", "", guest(host, "Samuel Bagbin")},
		{"a place before an office", "President Bola Tinubu on Tuesday received Lagos State Governor Babajide Sanwo-Olu at the Presidential Villa.", "", guest(host, "Babajide Sanwo-Olu")},
		{"welcomed a titled guest", "President Bola Tinubu on Tuesday welcomed the Ghanaian Vice President, Jane Opoku-Agyemang, to the Presidential Villa.", "", guest(host, "Jane Opoku-Agyemang")},
		{"called a titled person", "Kenyan President William Ruto called the Ugandan Defence Minister, Jacob Oboth, on Tuesday.", "",
			[]contactWant{{names: []string{"William Ruto", "Jacob Oboth"}, mode: "phone", status: "held"}}},
		{"called a titled person names", "Kenyan President William Ruto called the Ugandan Defence Minister Jacob Oboth a liar on Tuesday.", "", nil},
		{"a name before a noun is no party", `House Speaker Mike Johnson called the Trump plan "a fine thing" on Tuesday.`, "", nil},
		{"an institution is no guest", "President Bola Tinubu on Tuesday received the Nobel Peace Prize Committee at the Presidential Villa.", "", nil},
		{"a possessed thing is no guest", "President Bola Tinubu on Tuesday received the Chinese Foreign Minister's letter.", "", nil},
	}
	runContactCases(t, x, cases)
}

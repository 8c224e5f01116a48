package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestTitleHolder covers a readout that names its principal only in its headline and calls
// them by office in the body ("Readout of President X's Call with Y" over "The President
// spoke today with Y"): the office is that person, also when the body names the other
// party in the same office after it ("The Prime Minister spoke to Ukrainian Prime Minister
// Y" under "Readout of Prime Minister X's call"). A headline holder the body names already,
// or a headline that names no holder, leaves the office to the body.
func TestTitleHolder(t *testing.T) {
	x := newExtractor(t)
	tarasov := "The President spoke today with Prime Minister Viktor Tarasov of Ukraine. The leaders discussed air defence."
	sameOffice := "The Prime Minister spoke today with Ukrainian Prime Minister Viktor Tarasov. The leaders discussed air defence."
	for _, c := range []struct {
		name, title, body string
		want              []string // the participants of the one contact, or nil for none
	}{
		{"the headline names the president", "Readout of President Joe Biden's Call with Prime Minister Viktor Tarasov of Ukraine", tarasov, []string{"Joe Biden", "Viktor Tarasov"}},
		{"the headline names only the other party", "Readout of the Call with Prime Minister Viktor Tarasov of Ukraine", tarasov, nil},
		{"no headline", "", tarasov, nil},
		{"the other party holds the same office, named after it", "Readout of Prime Minister Starmer's call with Prime Minister Tarasov", sameOffice, []string{"Keir Starmer", "Viktor Tarasov"}},
		{"a title-case headline goes on past the name", "Remarks by President Biden Before Marine One Departure", tarasov, []string{"Joe Biden", "Viktor Tarasov"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.body, Published: "2023-05-02", Title: c.title})
			if c.want == nil {
				if len(res.Contacts) != 0 {
					t.Fatalf("got contacts %v, want none", describe(res))
				}
				return
			}
			if len(res.Contacts) != 1 {
				t.Fatalf("got %d contacts %v, want 1", len(res.Contacts), describe(res))
			}
			if g, e := sortedNames(res, res.Contacts[0]), sortedCopy(c.want); g != e {
				t.Errorf("participants = %s, want %s", g, e)
			}
		})
	}
}

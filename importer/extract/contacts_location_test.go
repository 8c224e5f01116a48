package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestMeetingLocation covers the place of a meeting after "in": a city whose name opens
// with "New", which opens no person's name but a place's; a season, which is a time: the
// place may follow it; and the name after "the <words> <place noun> of" ("the hill town of
// Marwa").
func TestMeetingLocation(t *testing.T) {
	x := newExtractor(t)
	cases := []struct{ name, text, want string }{
		{"a city", "Ana Kovac met Sergey Lavrov in Marwa.", "Marwa"},
		{"a city opening with New", "Joe Biden and Hamid Karzai met in New York during the UN General Assembly.", "New York"},
		{"another city opening with New", "Ana Kovac met Prime Minister Narendra Modi in New Delhi on Monday.", "New Delhi"},
		{"a season before the place", "General Tariq Khan was at a meeting in the Spring of 2019 in Qatar at which Zalmay Khalilzad was present.", "Qatar"},
		{"a place noun of a name", "Ana Kovac met Sergey Lavrov in the hill town of Marwa.", "Marwa"},
		{"a place noun of a two-word name", "Ana Kovac held talks with Sergey Lavrov in the Black Sea port city of Burgas on Friday.", "Burgas"},
		{"a region described, no place", "Ana Kovac began a visit to Ghana with a meeting with John Mahama in the West African country.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text})
			if len(res.Contacts) != 1 {
				t.Fatalf("got %d contacts %v, want 1", len(res.Contacts), describe(res))
			}
			if got := res.Contacts[0].Location; got != c.want {
				t.Errorf("location = %q, want %q", got, c.want)
			}
		})
	}
}

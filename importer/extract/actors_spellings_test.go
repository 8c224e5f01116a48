package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestGivenNameSpelledTwoWays covers a story that spells one person's given name two ways,
// a vowel apart: one actor, however the second spelling was vouched for.
func TestGivenNameSpelledTwoWays(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a vowel apart, vouched by a speaking surname", "An interview with Marlena Dorsey, curator of the show. The prints came from a trust, according to Marlene Dorsey, the curator. \"They are fragile,\" Dorsey said.",
			[]actorWant{{"Marlena Dorsey", "", ""}}, []string{"Marlene Dorsey"}},
		{"different given names stay apart", "Thomas Kerr met Tobias Kerr in Oslo. \"It went well,\" Kerr said.",
			[]actorWant{{"Thomas Kerr", "", ""}, {"Tobias Kerr", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

// TestListedNames covers unproven names listed with a person's full name: they are
// persons too, and each vouches for the next; a given name that is also a country after a
// comma is no country.
func TestListedNames(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"listed with full names", "In Paris she studied with Rudi Vaskar, Pierre Dalmont and Bernd Oltmanns.",
			[]actorWant{{"Rudi Vaskar", "", ""}, {"Pierre Dalmont", "", ""}, {"Bernd Oltmanns", "", ""}}, nil},
		{"a chain of unproven names", "There she studied with Rem Vaskar, Elia Brandauer and Bernard Oltmanns.",
			[]actorWant{{"Rem Vaskar", "", ""}, {"Elia Brandauer", "", ""}, {"Bernard Oltmanns", "", ""}}, nil},
		{"a given name that is a country is no country", "He starred opposite Elvira Dunmore, Chad Michael Murray and others.",
			[]actorWant{{"Chad Michael Murray", "", ""}}, nil},
		{"a magazine listed with a person", "Publishers such as Tom Hale of Rolling Stone Magazine came.",
			[]actorWant{{"Tom Hale", "", ""}}, []string{"Rolling Stone Magazine"}},
	}
	runActorCases(t, x, cases)
	res := x.Extract(extract.Input{Text: "He starred opposite Elvira Dunmore, Chad Michael Murray and others."})
	if a, ok := findActor(res, "Elvira Dunmore"); ok && a.Country != "" {
		t.Errorf("Elvira Dunmore country = %q, want none", a.Country)
	}
}

// TestSpeakingSurnameSpelledShort covers a bare surname that speaks, printed with one
// letter less than the surname of the article's person: that person speaks.
func TestSpeakingSurnameSpelledShort(t *testing.T) {
	x := newExtractor(t)
	res := x.Extract(extract.Input{Text: "Gallery director Marlene Sommers opened the show.\n\n\"Pop art was about what people wanted,\" Sommer said."})
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 || res.Actors[res.Quotes[0].Speaker].Name != "Marlene Sommers" {
		t.Errorf("quotes = %+v, want one by Marlene Sommers", res.Quotes)
	}
	if _, ok := findActor(res, "Sommer"); ok {
		t.Errorf("unexpected actor Sommer in %v", actorNames(res))
	}
}

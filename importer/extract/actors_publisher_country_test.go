package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// publisherCase is one story, its publisher and the signer of its release, and the
// country one person of it should get.
type publisherCase struct {
	name, publisher, issuer, text, person, country string
}

// TestPublisherCountry covers a story a government published: its officials named by
// office alone are of its country when no country dominates the story, and the signer of
// its release is of its country even when the story is about another; a national outlet
// (a medium of the lexicon with a country) stands in for its own national office holders
// last; a wire service or an outlet the lexicon lacks gives no country, and the story's
// dominant country still wins for its office holders.
func TestPublisherCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []publisherCase{
		{"a government's release, office holders by office alone", "Ministry of Foreign Affairs of the PRC", "",
			"On May 3, Foreign Minister Lan Zhouvei held talks with Secretary of State Tom Harlow of the United States on relations and the situation on the Korean Peninsula.",
			"Lan Zhouvei", "CN"},
		{"a minister's release named by demonym and office", "Norwegian Minister of Foreign Affairs (press release)", "",
			"Foreign Minister Ola Brekkevik met the envoy of Sudan and the envoy of Chad in Geneva on Monday.",
			"Ola Brekkevik", "NO"},
		{"a government body of the lexicon as publisher", "The White House", "",
			"President Dana Morrow spoke with Chancellor Lukas Brenner of Germany and President Ana Vidal of Portugal about the summit.",
			"Dana Morrow", "US"},
		{"an outlet's name gives no country", "Kenya Broadcasting Corporation", "",
			"Foreign Minister Ola Brekkevik met the envoy of Sudan and the envoy of Chad in Geneva on Monday.",
			"Ola Brekkevik", ""},
		{"a national outlet's own office holder", "BBC News", "",
			"Prime Minister Tom Ashworth's official spokesman said British nationals in Abidjan were safe. French troops and Ivorian troops patrolled the city.",
			"Tom Ashworth", "GB"},
		{"a wire service gives no country", "Reuters", "",
			"Prime Minister Tom Ashworth's official spokesman said British nationals in Abidjan were safe. French troops and Ivorian troops patrolled the city.",
			"Tom Ashworth", ""},
		{"a national outlet gives no country to a police spokesman", "CNN", "",
			"Two suspects were held in the city of Bekasi, according to local police spokesman Budi Rantasa. Indonesian and Australian officials met on Friday.",
			"Budi Rantasa", ""},
		{"the signer of a release about another country", "Australian Minister for Foreign Affairs (media release)", "Julie Marvesta",
			"MINISTER FOR FOREIGN AFFAIRS\n\nThe Hon Julie Marvesta MP\n\nIn my first visit to Lebanon as Foreign Minister I have announced new support for Lebanon. Lebanon hosts many refugees, and Lebanon's schools are stretched.",
			"Julie Marvesta", "AU"},
		{"the story's dominant country wins for its office holders", "Australian Minister for Foreign Affairs (media release)", "",
			"Foreign Minister Ola Brekkevik called on Prime Minister Laisa Vorakete in Suva. Fiji and Fiji's neighbours discussed policing, and Fiji will host the next meeting.",
			"Laisa Vorakete", "FJ"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Publisher: c.publisher, Issuer: c.issuer})
			a, ok := findActor(res, c.person)
			if !ok {
				t.Fatalf("missing actor %q in %v", c.person, actorNames(res))
			}
			if a.Country != c.country {
				t.Errorf("%s country = %q, want %q", c.person, a.Country, c.country)
			}
		})
	}
}

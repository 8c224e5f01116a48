package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// publisherCountry returns the country of a government body that published the article,
// as its publisher names it: a country or demonym beside a ministry or an office
// ("Australian Minister for Foreign Affairs (media release)", "Ministry of Foreign Affairs
// of the PRC"), the first country when several ("... (Chinese Embassy in Barbados)"); -1
// for an outlet, which names no office ("Kenya Broadcasting Corporation", "The Washington
// Post").
func (x *Extractor) publisherCountry(publisher string) int {
	toks := tokens.Tokenize([]rune(publisher))
	country, government := -1, false
	for k := 0; k < len(toks); k++ {
		m, ok := x.gaz.MatchAt(toks, k)
		if !ok {
			continue
		}
		switch m.Kind {
		case lexicon.PhraseCountry, lexicon.PhraseDemonym:
			if country < 0 {
				country = m.Idx
			}
		case lexicon.PhraseMinistry, lexicon.PhraseOffice:
			government = true
		}
		k = m.To - 1
	}
	if !government {
		return -1
	}
	return country
}

// issuerCountries gives the signer of a release (Input.Issuer, "The Hon Julie X MP" over
// "MINISTER FOR FOREIGN AFFAIRS") the country of the government that published it, when
// the text does not tell theirs: the minister of an Australian release who writes of "my
// visit to Lebanon" is Australian, not of the country the story is about. It runs before
// the story's dominant country is given out.
func (r *resolver) issuerCountries(publisher int) {
	if publisher < 0 {
		return
	}
	for _, m := range r.s.mentions {
		if a := r.untoldPerson(m); a != nil && m.rule == "actor.issuer" {
			a.country = r.x.gaz.Countries[publisher].Code
		}
	}
}

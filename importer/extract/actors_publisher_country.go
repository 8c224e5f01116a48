package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// publisherCountry returns the code of the country of a government body that published
// the article, as its publisher names it: a country or demonym beside a ministry or an
// office ("Australian Minister for Foreign Affairs (media release)", "Ministry of Foreign
// Affairs of the PRC"), the first country when several ("... (Chinese Embassy in
// Barbados)"), or a government body of the lexicon ("The White House"); "" for an outlet,
// which names no office ("Kenya Broadcasting Corporation", "The Washington Post").
func (x *Extractor) publisherCountry(publisher string) string {
	toks := tokens.Tokenize([]rune(publisher))
	country, government := "", false
	for k := 0; k < len(toks); k++ {
		m, ok := x.gaz.MatchAt(toks, k)
		if !ok {
			continue
		}
		switch m.Kind {
		case lexicon.PhraseCountry, lexicon.PhraseDemonym:
			if country == "" {
				country = x.gaz.Countries[m.Idx].Code
			}
		case lexicon.PhraseMinistry, lexicon.PhraseOffice:
			government = true
		case lexicon.PhraseOrg:
			if o := x.gaz.Orgs[m.Idx]; o.Kind == "government" && o.Country != "" && country == "" {
				country, government = o.Country, true
			}
		}
		k = m.To - 1
	}
	if !government {
		return ""
	}
	return country
}

// issuerCountries gives the signer of a release (Input.Issuer, "The Hon Julie X MP" over
// "MINISTER FOR FOREIGN AFFAIRS") the country of the government that published it, when
// the text does not tell theirs: the minister of an Australian release who writes of "my
// visit to Lebanon" is Australian, not of the country the story is about. It runs before
// the story's dominant country is given out.
func (r *resolver) issuerCountries(publisher string) {
	if publisher == "" {
		return
	}
	for _, m := range r.s.mentions {
		if a := r.untoldPerson(m); a != nil && m.rule == "actor.issuer" {
			a.country = publisher
		}
	}
}

// outletCountry returns the code of the home country of a national outlet that published
// the article ("BBC News", "CNN": a medium of the lexicon with a country), or "" for a
// wire service or an outlet the lexicon gives none. Such an outlet names its own country's
// office holders by office alone ("Prime Minister X's spokesman said") and marks others
// with a demonym.
func (x *Extractor) outletCountry(publisher string) string {
	toks := tokens.Tokenize([]rune(publisher))
	for k := 0; k < len(toks); k++ {
		m, ok := x.gaz.MatchAt(toks, k)
		if !ok {
			continue
		}
		if o := x.gaz.Orgs[m.Idx]; m.Kind == lexicon.PhraseOrg && o.Kind == "media" {
			return o.Country // the first outlet: "The Straits Times (Bloomberg)"
		}
		k = m.To - 1
	}
	return ""
}

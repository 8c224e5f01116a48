package extract

import (
	"fmt"
	"strings"

	"hotline/importer/dates"
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/names"
)

// titleDate gives the day a headline names to the lead's contact the body leaves undated
// (rule date.title): "PM call with President Zelenskyy: 12 March 2024" over "The Prime
// Minister spoke to President Zelenskyy", "Biden, Xi hold call Thursday" over "Joe Biden
// and Xi Jinping held a phone call, the White House said". As with the medium
// (titleMedium), the headline yields no contact of its own; it only dates one told in the
// first two sentences whose every party it names by surname (or by the first of the
// names, as Chinese and Korean names put the family first), or, beside a word of contact,
// by their country ("Biden, Chinese leader hold call Tuesday", "Rossi meets Swedish PM on
// Dec. 3": one party by name at least), with a date that names one day, resolved in the
// contact's tense.
func (x *Extractor) titleDate(r *resolver, cs []Contact, title, published string) {
	if title == "" || len(r.s.sents) == 0 {
		return
	}
	var day dates.Expr
	found := false
	for _, e := range x.dates.Find(title) {
		if dayPrecise(e) {
			day, found = e, true
			break
		}
	}
	if !found {
		return
	}
	words, lead := titleWords(title), r.leadEnd()
	contactWord, countries, roles := x.titleContact(title)
	for i := range cs {
		c := &cs[i]
		if c.Date != "" || c.DateText != "" || c.Evidence.Start >= lead {
			continue
		}
		if !r.titleNamesAll(c, words, contactWord, countries, roles) {
			continue
		}
		dir := dates.Past
		if c.Status == "scheduled" || c.Status == "proposed" {
			dir = dates.Future
		}
		c.Date, c.DateText = dates.Resolve(day, published, dir), day.Text
		if k := r.s.tokenIndex()(c.Evidence.Start); k >= 0 {
			r.s.note(r.s.toks[k].Sent, "date", "date.title", true, -1, -1,
				fmt.Sprintf("the headline's %q -> %s (published %s)", day.Text, orNone(c.Date), orNone(published)))
		}
	}
}

// titleNamesAll reports a headline that names every party of contact c: one at least by
// surname, the others by surname or, beside a word of contact, by country ("Biden,
// Chinese leader hold call") or by an office of no country ("PM call with President
// Zelenskyy" over "Prime Minister Rishi Sunak spoke to ...").
func (r *resolver) titleNamesAll(c *Contact, words map[string]bool, contactWord bool, countries, roles map[string]bool) bool {
	named, described := 0, 0
	for _, p := range c.Participants {
		a := r.actors[p]
		family := strings.Fields(names.Key(a.name)) // "Xi Jinping" is Xi in a headline
		switch {
		case a.kind != "person":
		case words[names.Surname(a.name)] || len(family) > 1 && words[family[0]] || r.printedIn(p, words):
			named++
		case contactWord && a.country != "" && countries[a.country]:
			described++
		case contactWord && a.role != "" && roles[a.role]:
			described++
		}
	}
	return named > 0 && named+described == len(c.Participants)
}

// titleContact reports whether a headline has a word of contact ("meets", "talks",
// "call"), which countries it names, by name, adjective or a national office ("PM" of
// "Swedish PM"), as codes, and which offices it names without a country ("PM call with
// ...": the publisher's own Prime Minister).
func (x *Extractor) titleContact(title string) (bool, map[string]bool, map[string]bool) {
	toks := tokens.Tokenize([]rune(title))
	contact, countries, roles := false, map[string]bool{}, map[string]bool{}
	countryEnd := -1 // where the last country or demonym ends: "Norwegian PM" is a country's office
	for i, t := range toks {
		if _, ok := x.gaz.ContactWords[t.Low]; ok && t.Kind == tokens.Word {
			contact = true
		}
		m, ok := x.gaz.MatchAt(toks, i)
		switch {
		case !ok:
		case m.Kind == lexicon.PhraseCountry || m.Kind == lexicon.PhraseDemonym:
			countries[x.gaz.Countries[m.Idx].Code] = true
			countryEnd = m.To
		case m.Kind == lexicon.PhraseOffice && m.Country >= 0:
			countries[x.gaz.Countries[m.Country].Code] = true
		case m.Kind == lexicon.PhraseOffice && i != countryEnd:
			roles[x.gaz.Offices[m.Idx].Role] = true // "PM call with ...": the office of no country named
		}
	}
	return contact, countries, roles
}

// printedIn reports a surname of actor p as the text prints it among the headline's words:
// "Zelenskyy" of a headline over "President Zelenskyy" names the Zelensky of the
// gazetteer, whose canonical spelling the headline need not share.
func (r *resolver) printedIn(p int, words map[string]bool) bool {
	for _, m := range r.s.mentions {
		if m.actor == p && len(m.words) > 0 && words[names.Key(m.words[len(m.words)-1])] {
			return true
		}
	}
	return false
}

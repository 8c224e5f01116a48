package extract

import (
	"slices"
	"strings"

	"hotline/importer/names"
)

// knownSurname resolves a capitalised one-word name m that no person of the article has
// (surname found none) to the person another article named in full with that surname
// (Input.Known: the importer passes only a surname it knows exactly one person by), as a
// follow-up story names the people of its news by surname alone ("Vautrin and Tarasov
// spoke again on Friday"). The person takes the known office and country, which tell a
// public party from a private one (contacts_public.go). A word known has no key there is
// noted in r.unresolved for the importer to look up; -1 then.
func (r *resolver) knownSurname(m *mention, known map[string]KnownPerson) int {
	key := names.Key(m.words[0])
	if key == "" {
		return -1
	}
	k, ok := known[key]
	if !ok || names.Surname(names.Key(k.Name)) != key || !strings.Contains(names.Key(k.Name), " ") {
		if !slices.Contains(r.unresolved, key) {
			r.unresolved = append(r.unresolved, key)
		}
		return -1
	}
	m.rule = "actor.known-surname"
	m.role, m.country = pick(m.role, k.Role), pick(m.country, k.Country)
	return r.fullName(&mention{words: strings.Fields(k.Name), known: -1})
}

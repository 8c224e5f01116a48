package importer

import (
	"strings"
	"time"

	"hotline/importer/extract"
)

// knownSurnames returns, for each key of words an article uses as a person's surname (or
// full name) but could tie to none of its persons (extract.Result.Unresolved), the person
// the database knows by that surname (or name), when it knows exactly one: nil when none
// is. A
// follow-up story names the people of its news by surname alone ("Vautrin and Tarasov
// spoke again"); without them its contact has no parties and merges with no other
// report. Only a surname that no other actor could be answers: one person with a full
// name and that surname (bySurnameOnly), no actor known by the bare word or with it as
// an alias but that one (an organisation, a person known by surname only), and a person
// with an office or a country, as the public parties of contacts have. Each is a lookup
// in the resolver's maps, and the writer asks in input order, so the answer depends on
// the articles before this one only.
func (r *resolver) knownSurnames(keys []string) map[string]extract.KnownPerson {
	var out map[string]extract.KnownPerson
	for _, key := range keys {
		a := r.bySurnameOnly(key)
		if strings.Contains(key, " ") { // a full name, or a hyphenated surname
			if a = r.byKey[key]; a != nil && a.Kind != "person" {
				a = nil
			}
			if a == nil {
				a = r.byCompoundSurname(key)
			}
		}
		if a == nil || a.Role == "" && a.Country == "" {
			continue
		}
		if b := r.byKey[key]; b != nil && b != a {
			continue
		}
		if other := r.byAlias[key]; len(other) > 1 || len(other) == 1 && other[0] != a {
			continue
		}
		if out == nil {
			out = map[string]extract.KnownPerson{}
		}
		out[key] = extract.KnownPerson{Name: a.Name, Role: a.Role, Country: a.Country}
	}
	return out
}

// bySurnameOnly returns the one person with a full name whose surname is key, or, when
// no one has key for the last word of the name, the one person of a country that writes
// the family name first (China, the Koreas, Taiwan, Vietnam: "Qiao" of Qiao Mingde) whose
// name begins with key; nil when none or several, or when key is also another person's
// given name.
func (r *resolver) bySurnameOnly(key string) *knownActor {
	switch found, given := r.persons[key], r.given[key]; {
	case len(found) == 1 && len(given) == 0:
		return found[0]
	case len(found) == 0 && len(given) == 1 && extract.FamilyNameFirst(given[0].Country):
		return given[0]
	}
	return nil
}

// byCompoundSurname returns the one person whose full name ends in the words of key and
// has a given name before them ("Doe-Example", whose key is "doe eksample", of "Jane
// Doe-Example"), nil when none or several. A hyphenated surname is one word of the text
// but several of its key, so the persons filed by the last word of their names
// (bySurnameOnly) do not answer it.
func (r *resolver) byCompoundSurname(key string) *knownActor {
	if found := r.compounds[key]; len(found) == 1 {
		return found[0]
	}
	return nil
}

// extractAgain extracts article j again with the persons the database knows by the
// surnames its first extraction left unresolved, and prepares the result on the writer's
// preparer. It is the writer's (serial) work, timed as resolution: only an article with
// such a surname pays it. A panic of the rules keeps the first extraction, which stood.
func (r *run) extractAgain(j *job, known map[string]extract.KnownPerson) (res extract.Result, prep prepared) {
	start := time.Now()
	defer func() {
		if recover() != nil {
			res, prep = j.result, j.prep
		}
		r.resolved += time.Since(start)
	}()
	in := j.input
	in.Known = known
	res = r.ex.Extract(in)
	return res, r.again.prepare(in.Text, res)
}

package importer

import (
	"time"

	"hotline/importer/extract"
)

// knownSurnames returns, for each key of words an article uses as a person's surname
// but could tie to none of its persons (extract.Result.Unresolved), the person the
// database knows by that surname, when it knows exactly one: nil when none is. A
// follow-up story names the people of its news by surname alone ("Vautrin and Tarasov
// spoke again"); without them its contact has no parties and merges with no other
// report. Only a surname that no other actor could be answers: one person with a full
// name and that surname (persons), no actor known by the bare word or with it as an
// alias but that one (an organisation, a person known by surname only), no person with
// it for a given name, and a person with an office or a country, as the public parties
// of contacts have. Each is a lookup in the resolver's maps, and the writer asks in input
// order, so the answer depends on the articles before this one only.
func (r *resolver) knownSurnames(keys []string) map[string]extract.KnownPerson {
	var out map[string]extract.KnownPerson
	for _, key := range keys {
		found := r.persons[key]
		if len(found) != 1 {
			continue
		}
		a := found[0]
		if a.Kind != "person" || a.Role == "" && a.Country == "" || len(r.given[key]) > 0 {
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

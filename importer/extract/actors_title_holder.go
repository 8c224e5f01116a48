package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/names"
)

// titleHolder returns the person the article's headline names with the office of role
// reference m, when the text names no holder of it: readouts name their principal in the
// headline and call them by office in the body ("Readout of President Joe Biden's Call
// with Prime Minister X" over "The President spoke today with Prime Minister X"). The
// holder is a given name the lexicon knows or a known actor, right after the office; one
// the body names already is not the one meant. -1 when the headline names no one so, or
// several.
func (r *resolver) titleHolder(m *mention) int {
	if r.s.title == "" || m.role == "" || len(m.mods) > 0 {
		return -1
	}
	var found []string
	for _, run := range r.x.officeHolders(r.s.title, m.role) {
		known := r.x.knownIndex(run)
		if named := r.namedPerson(run, known); named {
			continue // "President X's call with President Y" over "The President spoke with President Y"
		}
		if found != nil {
			return -1
		}
		found = run
	}
	if found == nil {
		return -1
	}
	a := r.fullName(&mention{words: found, known: r.x.knownIndex(found)})
	if r.actors[a].role == "" {
		r.actors[a].role = m.role
	}
	if r.actors[a].country == "" {
		r.actors[a].country = m.country
	}
	return a
}

// namedPerson reports a person of the article with the name run, or known actor known.
func (r *resolver) namedPerson(run []string, known int) bool {
	for _, a := range r.actors {
		if a.kind == "person" && (known >= 0 && a.known == known || a.sur == strings.ToLower(run[len(run)-1]) || strings.EqualFold(a.name, joinWords(run))) {
			return true
		}
	}
	return false
}

// officeHolders returns the names a headline prints right after an office of role, any
// of its variants ("President Joe Biden's Call": Joe Biden; "PM X Y meets": X Y), or after
// any office when role is "", each two to four capitalised words that a given name the
// lexicon knows opens or that name a known actor, or the surname alone of a known actor
// ("Prime Minister Starmer's call").
func (x *Extractor) officeHolders(title, role string) [][]string {
	toks := tokens.Tokenize([]rune(unshoutedTitle(title))) // "PM X Y MEETS": read in title case
	var out [][]string
	for i := 0; i < len(toks); i++ {
		m, ok := x.gaz.MatchAt(toks, i)
		if !ok {
			continue
		}
		i = m.To - 1
		if m.Kind != lexicon.PhraseOffice || role != "" && x.gaz.Offices[m.Idx].Role != role {
			continue
		}
		var run []string
		for _, t := range toks[m.To:] {
			if t.Kind != tokens.Word || !t.Cap || t.Low == "of" {
				break
			}
			if len(run) > 0 && (x.gaz.In(lexicon.Preposition, t.Low) || x.gaz.In(lexicon.Precedes, t.Low) || x.gaz.In(lexicon.Follows, t.Low)) {
				break // a headline in title case: "Remarks by President Biden Before Marine One Departure"
			}
			run = append(run, t.Text)
			if len(run) == 4 {
				break
			}
		}
		for len(run) > 2 && x.knownIndex(run) < 0 && !x.firstName(run[0]) {
			run = run[1:]
		}
		if len(run) >= 2 && (x.firstName(run[0]) || x.knownIndex(run) >= 0) || len(run) == 1 && x.knownIndex(run) >= 0 {
			out = append(out, run)
		}
	}
	return out
}

// namedOnlyLater reports a person whom the text names first further on in the sentence of
// role reference m, past an apposition's reach: a reference points back, so "The Prime
// Minister spoke to Canadian Prime Minister X" is not X's (a readout's principal, whom its
// headline names: titleHolder), while "The president, X, said" is X.
func (r *resolver) namedOnlyLater(a int, m *mention) bool {
	later := false
	for _, mi := range r.actors[a].mentions {
		o := &r.s.mentions[mi]
		if o == m || o.kind != mPerson {
			continue
		}
		if o.from < m.from {
			return false
		}
		later = later || o.sent == m.sent && o.from > m.to+2
	}
	return later
}

// headlineNamed returns the person the headline names in full after the office of the
// titled one-word mention m (any office after an honorific alone, "Mr. Y") whose word is
// that person's surname, or their given name after a royal title or when the lexicon
// knows it as one: "King X Y of Jordan receives Z" over "His Majesty King X met Z",
// "President X Y hosts Z" over "President Y met Z" or "President X met Z". A headline
// that prints no such office, and a bare surname of the body, go to the person the
// headline names in full with that surname, office or none (titleNames): "Ana Ruiz
// resigns" over "Ruiz said" or "Mr. Ruiz said", as briefs and profiles print the full
// name once, in the headline (actor.headline-surname). It is asked only when the body
// names no such person; -1 when the headline names none or several.
func (r *resolver) headlineNamed(m *mention, word string) int {
	role := m.role
	if m.royal != "" {
		role = m.royal
	}
	if r.s.title == "" || len(m.words) != 1 {
		return -1
	}
	given := m.royal != "" || r.x.firstName(m.words[0])
	var found []string
	if m.titled {
		for _, run := range r.x.officeHolders(r.s.title, role) {
			key := names.Key(joinWords(run))
			if names.Surname(joinWords(run)) != word && !(given && firstKeyWord(key) == word) {
				continue
			}
			if found != nil && !strings.EqualFold(joinWords(found), joinWords(run)) {
				return -1
			}
			found = run
		}
	}
	if found == nil && m.royal == "" && (m.titled || !r.s.determinedBefore(m.from)) {
		runs := r.x.titleNames(r.s.title, word)
		if len(runs) != 1 {
			return -1
		}
		found = runs[0]
		if !m.titled {
			m.rule = "actor.headline-surname"
		}
	}
	if len(found) < 2 {
		return -1
	}
	a := r.fullName(&mention{words: found, known: r.x.knownIndex(found)})
	if r.actors[a].role == "" {
		r.actors[a].role = m.role
	}
	return a
}

package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/names"
)

// actor is one entity of the article while it is being built.
type actor struct {
	name, kind, role, country string
	alt                       string // a second office the text gives ("Prime Minister and Foreign Minister")
	key, sur                  string // names.Key and names.Surname of name, computed once
	orgKind                   string // for organizations: government, media, group ...
	known                     int
	mentions                  []int  // indexes into scan.mentions
	acting                    bool   // an organization that speaks or takes part
	gender                    string // for persons: "f", "m" or "" when the text does not tell (actors_gender.go)
}

// resolver merges mentions into actors.
type resolver struct {
	x      *Extractor
	s      *scan
	actors []actor
	// unresolved are the keys of pending one-word names that resolved to no person
	// (Result.Unresolved).
	unresolved []string
	// known are the persons the importer knows from other articles (Input.Known), nil on
	// a first extraction.
	known map[string]KnownPerson
	// stamps are the live blog's entry stamps (Input.Stamps), for entryDay.
	stamps []Stamp
}

// resolvePersons gives every person mention an actor: full names merge on names.Key or on
// a shared surname with compatible first names; a bare surname goes to the person of the
// article with that surname (the nearest earlier one when several), else to a well-known
// actor, else, when titled ("Gen. Ryder"), becomes an actor of its own. Pending runs (an
// untitled bare word, or an unproven multi-word run) are kept only when they resolve.
func (r *resolver) resolvePersons(pending []mention, captions []string, known map[string]KnownPerson) {
	for i := range r.s.mentions {
		m := &r.s.mentions[i]
		if m.kind != mPerson || m.single {
			continue
		}
		m.actor = r.fullName(m)
		r.link(i)
	}
	for i := range r.s.mentions {
		m := &r.s.mentions[i]
		if m.kind == mPerson && m.actor < 0 {
			if m.rule == "actor.country-name" && capitalisedName(m.words) {
				if m.actor = r.surname(m, false); m.actor < 0 {
					m.actor = r.knownSurname(m, known) // "Colombia's Petro": the one Petro another article named in full
				}
			}
			if m.actor < 0 {
				m.actor = r.surname(m, true)
			}
			r.link(i)
		}
	}
	done := r.vouchedBySurname(pending)
	placed := r.placedWords(pending)
	for i, p := range pending {
		if done[i] {
			continue
		}
		if len(p.words) == 1 && strings.Contains(p.words[0], "-") && !r.x.firstNameCompound(p.words[0]) && !r.endsName(p.words[0]) {
			r.s.note(p.sent, "person", p.rule, false, p.from, p.to, "two names joined by a hyphen, not one")
			continue // "Trump-Kim summit": two names, not one
		}
		a := r.surname(&p, false)
		if a >= 0 && len(p.words) == 1 && placed[names.Surname(p.words[0])] && r.weaklyNamed(a) {
			r.s.note(p.sent, "person", p.rule, false, p.from, p.to, "the article prints it alone as a place, and "+r.actorName(a)+" has no given name nor title that vouches for a person")
			continue // "HealthSpace Cleveland said ... in Cleveland": Cleveland is the city
		}
		if a < 0 && len(p.words) == 1 && r.x.speaks(r.s, &p) {
			a = r.misspeltSurname(names.Key(p.words[0])) // "Kathryn Waters ... ," Water said"
		}
		if a < 0 && len(p.words) == 1 {
			if full, country := r.x.captionName(captions, p.words[0]); full != "" {
				a = r.fullName(&mention{words: strings.Fields(full), known: -1})
				if r.actors[a].country == "" && r.actors[a].known < 0 {
					r.actors[a].country = country // "US President Donald Y" in the caption
				}
			}
		}
		if a < 0 {
			a = r.nicknamed(&p) // `Ramoncito "Bong" Villaflor` ... "Bong said"
		}
		if a < 0 && capitalisedName(p.words) {
			a = r.knownSurname(&p, known)
		}
		if a >= 0 {
			p.actor = a
			r.s.mentions = append(r.s.mentions, p)
			r.link(len(r.s.mentions) - 1)
			r.s.note(p.sent, "person", p.rule, true, p.from, p.to, "resolved to "+r.actorName(a))
		} else {
			r.s.note(p.sent, "person", p.rule, false, p.from, p.to, "resolves to no person of the article nor a known actor")
		}
	}
}

// vouchedBySurname makes persons of the unproven runs of two or three words whose surname
// alone speaks elsewhere in the article ("attended by Tuvshin Batbayar ... "...,"
// Batbayar said"): the speech verb vouches for the name it shortens; of those whose
// surname alone recurs at least twice ("meeting Odera Mwangaza ... a photo-op with
// Mwangaza ... the Mwangaza administration"; a line that is the surname alone, a menu's
// item printed in the page's header and footer, is no such shortening): a story shortens
// a person so, a place or a firm seldom. Neither vouches for a run the article also prints alone after a preposition
// of place ("Considering Socotra ... in Socotra": words class locative) nor one with a word
// it prints in lower case ("Comeback City ... the city", "Democratic Senators ... senators"):
// such a run is no person's name, whose evidence is this thin. And of those listed with a person's full name ("Rem Koolhaas, Elia
// Zenghelis and Bernard Tschumi"). It returns the indexes of the runs it made persons.
func (r *resolver) vouchedBySurname(pending []mention) map[int]bool {
	speaking := map[string]bool{}
	alone := map[string]int{} // surname -> runs of it alone
	placed := r.placedWords(pending)
	for _, p := range pending {
		if len(p.words) == 1 && r.x.speaks(r.s, &p) {
			speaking[names.Surname(p.words[0])] = true
		}
		if len(p.words) == 1 && !r.s.fillsSentence(p.from, p.to) { // "Bars" alone on its line is a menu's item
			alone[names.Surname(p.words[0])]++
		}
	}
	lower := r.s.lowerWords()
	common := func(p *mention) bool { // a word of the run the article prints in lower case: "Comeback City ... the city"
		for _, w := range p.words {
			if lower[strings.ToLower(w)] {
				return true
			}
		}
		return false
	}
	done := map[int]bool{}
	for grew := true; grew; { // until no run is added: "A B, C D and E F" after "E F" is vouched
		grew = false
		for i := range pending {
			p := &pending[i]
			if done[i] || len(p.words) < 2 || len(p.words) > 3 || r.surname(p, false) >= 0 || r.sentenceCased(p, lower) {
				continue
			}
			sur := names.Surname(joinWords(p.words))
			rule, why := "actor.name-said", "its surname alone speaks elsewhere in the article"
			switch {
			case speaking[sur] && !placed[sur] && !common(p):
			case r.listedWithPerson(p):
				rule, why = "actor.listed-name", "listed with a person's full name"
			case alone[sur] >= 2 && !placed[sur] && !common(p) && !r.s.determinedBefore(p.from):
				rule, why = "actor.name-recurs", "its surname alone recurs in the article"
			default:
				continue
			}
			p.rule = rule
			p.actor = r.fullName(p) // a spelling of a person named already is that person
			r.s.mentions = append(r.s.mentions, *p)
			r.link(len(r.s.mentions) - 1)
			r.s.note(p.sent, "person", p.rule, true, p.from, p.to, why)
			done[i], grew = true, true
		}
	}
	return done
}

// fillsSentence reports tokens [from, to) that are their sentence but for punctuation: a
// line of a menu or a list of links ("Cakes", "Bars"), which repeats on a page that
// prints its menu twice and so is no story's shortening of a name.
func (s *scan) fillsSentence(from, to int) bool {
	se := s.sents[s.toks[from].Sent]
	return !hasNonPunct(s, se.from, from) && !hasNonPunct(s, to, se.to)
}

// hasNonPunct reports a token other than punctuation among tokens [from, to).
func hasNonPunct(s *scan, from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].Kind != tokens.Punct {
			return true
		}
	}
	return false
}

// placedWords returns the surnames of the pending one-word runs printed alone as a place
// or a thing: after a preposition of place, "in Socotra" (words class locative), or as
// theThing, "the Pirates'".
func (r *resolver) placedWords(pending []mention) map[string]bool {
	placed := map[string]bool{}
	for _, p := range pending {
		if len(p.words) == 1 && (p.from > 0 && r.s.toks[p.from-1].Sent == p.sent && r.s.gaz.In(lexicon.Locative, r.s.toks[p.from-1].Low) && !r.s.possessive(p) || r.s.theThing(p)) {
			placed[names.Surname(p.words[0])] = true
		}
	}
	return placed
}

// weaklyNamed reports a person of the article whose name no known given name opens, no
// title or office vouched for and no list knows: a run the words around it alone made a
// person ("HealthSpace Cleveland said", "Progressive Mérida ... Mérida ... Mérida").
func (r *resolver) weaklyNamed(a int) bool {
	act := r.actors[a]
	if act.kind != "person" || act.known >= 0 || r.x.firstName(strings.Fields(act.name)[0]) {
		return false
	}
	for _, mi := range act.mentions {
		if r.s.mentions[mi].titled {
			return false
		}
	}
	return true
}

// sentenceCased reports a run that opens its sentence with a word no given name that is
// capitalised only for opening it: a verb's -ing form or a word the article prints in
// lower case ("Considering Socotra", "Describe Einstein", "Open Educational Resources"),
// which vouches for no name whatever its last word does.
func (r *resolver) sentenceCased(p *mention, lower map[string]bool) bool {
	s := r.s
	k := s.sents[p.sent].from
	for k < p.from && (s.toks[k].Kind == tokens.QuoteMark || s.toks[k].Text == "(" || s.toks[k].Text == "[") {
		k++
	}
	if k != p.from || r.x.firstName(p.words[0]) {
		return false
	}
	low := strings.ToLower(p.words[0])
	return strings.HasSuffix(low, "ing") && len(low) > 5 || lower[low]
}

// lowerWords returns the words the article prints in lower case, read once for all the
// runs that ask (writtenLower reads the whole article for one word).
func (s *scan) lowerWords() map[string]bool {
	out := map[string]bool{}
	for _, t := range s.toks {
		if t.Kind == tokens.Word && !t.Cap {
			out[t.Low] = true
		}
	}
	return out
}

// theThing reports a one-word run right after "the" that its own article governs: a
// possessive or punctuation follows it, no noun it would modify ("the Pirates' affiliate",
// "for the Pirates."): a team, a firm or a thing, as no person is printed so; "the
// Mwangaza administration" is the administration's article.
func (s *scan) theThing(p mention) bool {
	if p.from == 0 || p.to >= len(s.toks) || s.toks[p.from-1].Low != "the" || s.toks[p.from-1].Sent != p.sent {
		return false
	}
	next := s.toks[p.to]
	return s.possessive(p) || next.Kind == tokens.Punct && next.Text != "-"
}

// listedWithPerson reports an unproven run of two or three words that a comma, "and" or
// both (the serial comma: "A B, C D, and E F") join to a person's full name in a list:
// "studied with Rem Koolhaas, Elia Zenghelis and Bernard Tschumi" lists persons only (one
// listed run vouches for the next).
func (r *resolver) listedWithPerson(p *mention) bool {
	s := r.s
	for _, mi := range s.sentenceMentions(p.sent) {
		m := s.mentions[mi]
		if m.kind != mPerson || m.actor < 0 || m.sent != p.sent || len(m.words) < 2 || s.inQuote[m.from] != s.inQuote[p.from] {
			continue
		}
		if m.from > p.to && s.listJoiner(p.to, m.from) || m.to < p.from && s.listJoiner(m.to, p.from) {
			return true
		}
	}
	return false
}

// listJoiner reports tokens [from, to) that join two items of a list: a comma, "and", or
// a comma and "and".
func (s *scan) listJoiner(from, to int) bool {
	switch to - from {
	case 1:
		return s.toks[from].Text == "," || s.toks[from].Low == "and"
	case 2:
		return s.toks[from].Text == "," && s.toks[from+1].Low == "and"
	}
	return false
}

// endsName reports a hyphenated word that ends the name of a person of the article
// ("Bat-Erdene" of "Dorj Bat-Erdene"): a surname, not two names joined.
func (r *resolver) endsName(w string) bool {
	key := names.Key(w)
	for _, a := range r.actors {
		if a.kind == "person" && strings.HasSuffix(a.key, " "+key) {
			return true
		}
	}
	return false
}

// fullName finds or creates the actor of a full-name or known mention.
func (r *resolver) fullName(m *mention) int {
	name := joinWords(m.words)
	if m.known >= 0 {
		name = r.x.gaz.People[m.known].Name
	}
	key := names.Key(name)
	sur := names.Surname(name)
	for i, a := range r.actors {
		if a.kind != "person" {
			continue
		}
		if a.key == key || (m.known >= 0 && a.known == m.known) {
			return i
		}
	}
	for i, a := range r.actors {
		if a.kind == "person" && a.sur == sur && strings.Contains(a.key, " ") && names.Compatible(a.name, name) {
			return i
		}
	}
	if i := r.misspeltOf(key); i >= 0 {
		return i // "Isaias Afwerki" and "Isaias Afewerki" in one article
	}
	if i := r.patronymic(m); i >= 0 {
		return i // "Abdullah bin Zayed Al Nahyan ... Bin Zayed added"
	}
	if i := r.partialOf(key); i >= 0 {
		if len(strings.Fields(key)) > len(strings.Fields(r.actors[i].key)) {
			a := &r.actors[i] // the fuller form names the actor: "Hassan Sheikh", then "Hassan Sheikh Mohamud"
			a.name, a.key, a.sur = name, key, sur
		}
		return i
	}
	return r.newPerson(name, m.known)
}

// partialOf finds the one person of the article whose name holds key as its first or last
// words, or whose first or last words are key, two words at least: "Hassan Sheikh" and
// "Hassan Sheikh Mohamud", "Duncan Smith" and "Iain Duncan Smith" are one person. -1 when
// none or several.
func (r *resolver) partialOf(key string) int {
	kw := strings.Fields(key)
	if len(kw) < 2 {
		return -1
	}
	found := -1
	for i, a := range r.actors {
		if a.kind != "person" {
			continue
		}
		aw := strings.Fields(a.key)
		short, long := kw, aw
		if len(aw) < len(kw) {
			short, long = aw, kw
		}
		if len(short) < 2 || len(short) == len(long) {
			continue
		}
		if !sameWords(short, long[:len(short)]) && !sameWords(short, long[len(long)-len(short):]) {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

func sameWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// newPerson appends a person actor with its keys.
func (r *resolver) newPerson(name string, known int) int {
	r.actors = append(r.actors, actor{name: name, kind: "person", known: known, key: names.Key(name), sur: names.Surname(name)})
	return len(r.actors) - 1
}

// resolveOrgs gives every organization mention an actor, one per canonical name.
func (r *resolver) resolveOrgs() {
	for i := range r.s.mentions {
		m := &r.s.mentions[i]
		if m.kind != mOrg {
			continue
		}
		m.actor = -1
		if o, ok := r.primeMinistersOffice(m); ok {
			m.org = o // "the Prime Minister's Office said" in a story of Israel's prime minister
		}
		for ai, a := range r.actors {
			if a.kind == "organization" && a.name == m.org.Name {
				m.actor = ai
			}
		}
		if m.actor < 0 {
			r.actors = append(r.actors, actor{name: m.org.Name, kind: "organization", country: m.org.Country, known: -1, orgKind: m.org.Kind})
			m.actor = len(r.actors) - 1
		}
		r.link(i)
	}
}

// link records mention i on its actor and takes role and country from the first mention
// that gives them.
func (r *resolver) link(i int) {
	m := r.s.mentions[i]
	a := &r.actors[m.actor]
	a.mentions = append(a.mentions, i)
	if a.role == "" && m.role != "" {
		a.role = m.role
	}
	if a.country == "" && m.country != "" {
		a.country = m.country
	}
	if a.alt == "" && m.alt != "" && m.alt != a.role {
		a.alt = m.alt
	}
}

// finishActors fills roles and countries the text did not give from the known-actor list
// and from offices that imply a country.
func (r *resolver) finishActors() {
	for i := range r.actors {
		a := &r.actors[i]
		if a.known >= 0 {
			k := r.x.gaz.People[a.known]
			a.role = pick(a.role, k.Role)
			a.country = pick(a.country, k.Country)
		}
		if a.country == "" {
			a.country = r.x.officeCountry[a.role]
		}
	}
}

// possessorCountries gives an officer with no country the country of the person whose
// officer they are: "Moon's spokesman, Kim Eui-kyeom" serves South Korea.
func (r *resolver) possessorCountries() {
	for _, m := range r.s.mentions {
		if m.kind != mPerson || m.actor < 0 || m.possessor == 0 || r.actors[m.actor].country != "" {
			continue
		}
		if mi := r.s.mentionAt(m.possessor); mi >= 0 {
			if a := r.s.mentions[mi].actor; a != m.actor && r.actors[a].kind == "person" {
				r.actors[m.actor].country = r.actors[a].country
			}
		} else if a := r.bySurname(r.s.toks[m.possessor].Text); a >= 0 && a != m.actor {
			r.actors[m.actor].country = r.actors[a].country // "Renkersa spokeswoman X": no mention of its own
		}
	}
}

// misspeltOf finds the one person of the article whose name key has the same words as key
// but for a surname one letter longer or shorter (six letters at least), or for a given
// name with one vowel in place of another ("Kristen Wilkins", "Kristin Wilkins"): a story
// that spells a name two ways ("Afwerki", "Afewerki") names one person. -1 when none or
// several.
func (r *resolver) misspeltOf(key string) int {
	kw := strings.Fields(key)
	if len(kw) < 2 {
		return -1
	}
	found := -1
	for i, a := range r.actors {
		aw := strings.Fields(a.key)
		if a.kind != "person" || len(aw) != len(kw) {
			continue
		}
		surnameSlip := strings.Join(aw[:len(aw)-1], " ") == strings.Join(kw[:len(kw)-1], " ") && (oneLetterMore(aw[len(aw)-1], kw[len(kw)-1]) || oneLetterMore(kw[len(kw)-1], aw[len(aw)-1]))
		givenSlip := len(aw) == 2 && aw[1] == kw[1] && oneVowelOther(aw[0], kw[0])
		if !surnameSlip && !givenSlip {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// misspeltSurname finds the one person of the article whose surname is the speaking bare
// surname key with one letter more or less (five letters at least): "," Water said" after
// "Kathryn Waters". -1 when none or several.
func (r *resolver) misspeltSurname(key string) int {
	found := -1
	for i, a := range r.actors {
		if a.kind != "person" || !strings.Contains(a.key, " ") || len(key) < 5 || len(a.sur) < 5 {
			continue
		}
		if !oneLetterMoreMin(a.sur, key, 5) && !oneLetterMoreMin(key, a.sur, 5) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// oneVowelOther reports two given names of six letters at least that differ in one vowel
// only ("kristen", "kristin").
func oneVowelOther(a, b string) bool {
	if len(a) < 6 || len(a) != len(b) || a == b {
		return false
	}
	diff := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff++; diff > 1 || !strings.ContainsRune("aeiouy", rune(a[i])) || !strings.ContainsRune("aeiouy", rune(b[i])) {
				return false
			}
		}
	}
	return true
}

// oneLetterMore reports whether long is short with one letter inserted, short having six
// letters at least.
func oneLetterMore(long, short string) bool {
	return oneLetterMoreMin(long, short, 6)
}

// oneLetterMoreMin reports whether long is short with one letter inserted, short having
// min letters at least.
func oneLetterMoreMin(long, short string, min int) bool {
	if len(short) < min || len(long) != len(short)+1 {
		return false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return long[i+1:] == short[i:]
}

// participantKind reports whether a mention may take part in a contact: a resolved
// person, or an organization of the gazetteer that is not a news medium (an organization
// known only by its name's head noun speaks, but its people are the ones who meet).
func (r *resolver) participantKind(mi int) bool {
	m := r.s.mentions[mi]
	if m.actor < 0 {
		return false
	}
	a := r.actors[m.actor]
	return a.kind == "person" && !r.s.pressPerson(m) && !r.s.interpreterPerson(m) || (m.org.Kind != "media" && m.kind == mOrg && m.rule != "actor.named-org")
}

// primeMinistersOffice reads "the Prime Minister's Office" (which the lexicon knows as
// Downing Street's) in a story whose prime minister, the one named last before it, serves
// another country than Britain: the office is that country's ("Israeli Prime Minister's
// Office"). ok is false when the mention is no such office or the prime minister is
// British or unknown.
func (r *resolver) primeMinistersOffice(m *mention) (lexicon.Org, bool) {
	s := r.s
	if m.org.Country != "GB" || m.to-m.from < 3 || s.toks[m.to-1].Low != "office" || s.toks[m.from].Low != "prime" {
		return lexicon.Org{}, false
	}
	pm, pos := -1, -1
	for ai, a := range r.actors {
		if a.kind == "person" && (a.role == "Prime Minister" || a.alt == "Prime Minister") {
			if p := r.lastBefore(ai, m.from); p > pos {
				pm, pos = ai, p
			}
		}
	}
	country := ""
	if pm >= 0 {
		country = r.actors[pm].country
		if country == "" && r.actors[pm].known >= 0 {
			country = r.x.gaz.People[r.actors[pm].known].Country
		}
	}
	if country == "" || country == "GB" {
		return lexicon.Org{}, false
	}
	for _, c := range r.x.gaz.Countries {
		if c.Code == country {
			return r.x.countryBody(c.Adjective+" Prime Minister's Office", country), true
		}
	}
	return lexicon.Org{}, false
}

package importer

import (
	"slices"
	"strings"

	"hotline/db"
	"hotline/importer/extract"
	"hotline/importer/names"
)

// resolver maps extracted actors to the actors of the whole database (loaded at the start
// of a run, grown as the run creates actors), so that one real entity is one row no matter
// which article or which run named it.
type resolver struct {
	actors  []*knownActor
	byKey   map[string]*knownActor   // name keys; unique
	byAlias map[string][]*knownActor // keys of every alias seen; may be ambiguous
	persons map[string][]*knownActor // persons with a full name, by surname
	// Persons with a full name by the Skeleton of their full name, of their surname and of
	// the Nasab of an Arabic name: the last resort of a spelling no key matched.
	sounds, surnameSounds, nasabs map[string][]*knownActor
	given                         map[string][]*knownActor // persons with a full name, by its first word
	// compounds are persons with a name of three words or more by each run of two words
	// or more that ends it: the keys of a hyphenated surname ("doe eksample").
	compounds map[string][]*knownActor
	// isHead reports the office of a head of state or government (the lexicon's leader
	// family), for which wires write "leader" only; nil knows none.
	isHead func(role string) bool
}

// knownActor is an actor row and what the run has changed of it.
type knownActor struct {
	db.ActorRow
	aliasKeys map[string]bool
	// written holds the alias forms this run has written: another article's same form
	// would be a row that is already there (most of an import's aliases).
	written map[string]bool
	changed bool // name, role, country or kind to be written back
}

func newResolver(rows []db.ActorRow, isHead func(role string) bool) *resolver {
	r := &resolver{isHead: isHead, byKey: map[string]*knownActor{}, byAlias: map[string][]*knownActor{},
		persons: map[string][]*knownActor{},
		sounds:  map[string][]*knownActor{}, surnameSounds: map[string][]*knownActor{},
		nasabs: map[string][]*knownActor{}, given: map[string][]*knownActor{},
		compounds: map[string][]*knownActor{}}
	for _, row := range rows {
		a := &knownActor{ActorRow: row, aliasKeys: map[string]bool{}}
		r.actors = append(r.actors, a)
		r.index(a, row.Key)
		r.index(a, names.Key(row.Name))
		for _, alias := range row.Aliases {
			r.addAlias(a, names.Key(alias))
		}
	}
	return r
}

// index files a under a name key (the first actor to claim a key keeps it) and, for
// persons with full names, under its surname.
func (r *resolver) index(a *knownActor, key string) {
	if key == "" {
		return
	}
	if _, taken := r.byKey[key]; !taken {
		r.byKey[key] = a
	}
	r.addAlias(a, key)
	if a.Kind == "person" && strings.Contains(key, " ") {
		surname := names.Surname(key)
		fileOnce(r.persons, surname, a)
		fileOnce(r.sounds, soundKey(key), a)
		if short := names.WithoutNasab(key); strings.Contains(short, " ") {
			fileOnce(r.sounds, soundKey(short), a) // "Badr bin Hamad Al Busaidi" is "Badr Al Busaidi" too
		}
		fileOnce(r.surnameSounds, names.Skeleton(surname), a)
		words := strings.Fields(key)
		fileOnce(r.given, words[0], a)
		for i := 1; i < len(words)-1; i++ {
			fileOnce(r.compounds, strings.Join(words[i:], " "), a)
		}
		if n := names.Nasab(key); n != "" {
			fileOnce(r.nasabs, names.Skeleton(n), a)
		}
	}
}

func (r *resolver) addAlias(a *knownActor, key string) {
	if key == "" || a.aliasKeys[key] {
		return
	}
	a.aliasKeys[key] = true
	r.byAlias[key] = append(r.byAlias[key], a)
}

// resolve finds the known actor an extracted actor is, or returns nil when it is new:
// by the key of its name or any alias, by an alias only one actor has, for a bare
// surname by the only known person with that surname, and for a full name by the only
// known person whose full name has or lacks a given name of it (variantOf). keys are
// the distinct keys of its name and aliases (distinctKeys).
func (r *resolver) resolve(x extract.Actor, kind string, keys []string) *knownActor {
	if kind == "person" && len(keys) > 0 && strings.Contains(keys[0], " ") {
		// A person with a full name is not found by the bare surname it was also called:
		// "Biden" may be Joe in one article and Jill in another.
		keys = slices.DeleteFunc(keys, func(k string) bool { return !strings.Contains(k, " ") })
	}
	for _, k := range keys {
		if a := r.byKey[k]; a != nil {
			return a
		}
	}
	for _, k := range keys {
		if found := r.byAlias[k]; len(found) == 1 && !names.MiddlesDisagree(x.Name, found[0].Name) {
			return found[0]
		}
	}
	if kind != "person" || len(keys) == 0 {
		return nil
	}
	key, country := keys[0], countryCode(x.Country)
	if !strings.Contains(key, " ") {
		switch found := r.persons[key]; len(found) {
		case 0:
			if a := soundAlike(r.surnameSounds[names.Skeleton(key)], country); a != nil {
				return a
			}
			return r.byGivenName(key, x.Role, country)
		case 1:
			if r.otherOffice(x.Role, found[0].Role) {
				return nil
			}
			return found[0]
		}
		return nil
	}
	// A full name for a person known so far by surname only (enrich then completes it).
	surname := names.Surname(key)
	if bare := r.byKey[surname]; bare != nil && bare.Kind == "person" && bare.Key == surname && (len(r.persons[surname]) == 0 || r.sameHolder(x.Role, bare.Role)) {
		return bare // of persons of its surname, the one of its office: the bare one kept apart from the others (otherOffice)
	}
	if a := r.givenNameOnly(key, x.Role, country); a != nil {
		return a
	}
	if a := r.reversedName(key, country); a != nil {
		return a
	}
	if a := r.variantOf(key, country); a != nil && !names.MiddlesDisagree(x.Name, a.Name) {
		return a
	}
	if a := r.nicknameOf(key, country); a != nil {
		return a
	}
	if n := names.Nasab(key); n != "" { // "Faisal bin Farhan" is "Faisal bin Farhan Al Saud"
		if a := soundAlike(r.nasabs[names.Skeleton(n)], country); a != nil {
			return a
		}
	}
	if a := soundAlike(r.sounds[soundKey(key)], country); a != nil {
		return a
	}
	if short := names.WithoutNasab(key); strings.Contains(short, " ") {
		// "Badr bin Hamad Al Busaidi" for a person known as "Badr Albusaidi": among the
		// persons known without a nasab only, since two nasabs that differ are two persons.
		return soundAlike(slices.DeleteFunc(slices.Clone(r.sounds[soundKey(short)]), func(a *knownActor) bool {
			return names.Nasab(a.Key) != ""
		}), country)
	}
	return nil
}

// byGivenName returns the only known person whose full name begins with the one-word name
// key and who holds the office the article gives that name ("President Prabowo" is
// President Prabowo Subianto, "PM Shehbaz" Prime Minister Shehbaz Sharif): outlets of South
// and Southeast Asia and of the Gulf call leaders by the given name, and East Asian names
// begin with the family name. It is asked only when no known person has the word for a
// surname, and the office must be given and agree, and the countries not differ: a bare
// word is as often the surname of a person nobody knows yet.
func (r *resolver) byGivenName(key, role, country string) *knownActor {
	if role = strings.TrimSpace(role); role == "" {
		return nil
	}
	var one *knownActor
	for _, a := range r.given[key] {
		if !r.sameOffice(a.Role, role, country, a.Country) || country != "" && a.Country != "" && country != a.Country {
			continue
		}
		if one != nil {
			return nil
		}
		one = a
	}
	return one
}

// sameOffice reports whether two roles name one office: the same words, or "leader" for a
// head of state or government when both countries are given and agree ("Chinese leader
// Qiao" for President Qiao Mingde), as the wires call a leader whose title they leave out.
func (r *resolver) sameOffice(a, b, countryA, countryB string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if countryA == "" || countryA != countryB {
		return false
	}
	return strings.EqualFold(a, "leader") && r.headOffice(b) || strings.EqualFold(b, "leader") && r.headOffice(a)
}

// otherOffice reports an office an article gives a bare surname that cannot be the
// office the one known person of that surname holds: both given, neither a part of the
// other ("Foreign Minister", "Deputy Foreign Minister"), not both heads of state or
// government. "Chancellor of the Exchequer Lawson" in a brief is not the aid charity's
// adviser an earlier article named Lawson, nor "Defense Secretary Carter" a former
// president: the surname is a person nobody knows yet, as a bare word often is.
func (r *resolver) otherOffice(role, known string) bool {
	lr, lk := strings.ToLower(strings.TrimSpace(role)), strings.ToLower(strings.TrimSpace(known))
	if lr == "" || lk == "" || strings.Contains(lr, lk) || strings.Contains(lk, lr) {
		return false
	}
	return !(r.headOffice(role) && r.headOffice(known))
}

// sameHolder reports two offices given that otherOffice does not tell apart.
func (r *resolver) sameHolder(role, known string) bool {
	return strings.TrimSpace(role) != "" && strings.TrimSpace(known) != "" && !r.otherOffice(role, known)
}

// headOffice reports the role of a head of state or government.
func (r *resolver) headOffice(role string) bool {
	return r.isHead != nil && r.isHead(strings.TrimSpace(role))
}

// givenNameOnly is byGivenName the other way round: the person known so far by one word
// only, with the office the article gives the full name key, when that word begins key and
// is no other known person's first or last name (enrich then completes the name).
func (r *resolver) givenNameOnly(key, role, country string) *knownActor {
	first := strings.Fields(key)[0]
	bare := r.byKey[first]
	if bare == nil || bare.Kind != "person" || bare.Key != first || len(r.persons[first]) > 0 || len(r.given[first]) > 0 {
		return nil
	}
	if role = strings.TrimSpace(role); role == "" || !r.sameOffice(bare.Role, role, bare.Country, country) || country != "" && bare.Country != "" && country != bare.Country {
		return nil
	}
	return bare
}

// reversedName returns the known person whose name is key's words the other way round, of
// the same known country: a Japanese name is written family name first by the
// Japanese government and other Asian outlets ("KAMIKAWA Yoko") and given name first by
// Western ones ("Yoko Kamikawa"). Two persons of one country with each other's names
// reversed are rarer than an outlet's other order.
//
// A Korean or Vietnamese given name is two words of the key ("Cho Min-ho" is "cho min ho"),
// which Western outlets put first ("Min-ho Cho"): for a country that writes the family name
// first (extract.FamilyNameFirst), the first or the last word moves to the other end.
func (r *resolver) reversedName(key, country string) *knownActor {
	w := strings.Fields(key)
	if len(w) < 2 || country == "" || len(w) > 2 && !extract.FamilyNameFirst(country) {
		return nil
	}
	for _, k := range []string{strings.Join(append(w[1:len(w):len(w)], w[0]), " "), strings.Join(append([]string{w[len(w)-1]}, w[:len(w)-1]...), " ")} {
		if a := r.byKey[k]; a != nil && a.Kind == "person" && a.Country == country {
			return a
		}
	}
	return nil
}

// soundAlike returns the only person among found (those whose name has the skeleton of
// a name no key matched: "Haniya" for "Ismail Haniyeh", "Muhammad bin Salman" for
// "Mohammed bin Salman") whose country does not differ, or nil when none or several fit:
// a skeleton match is weaker evidence than a key, so an ambiguous one resolves nothing.
func soundAlike(found []*knownActor, country string) *knownActor {
	var one *knownActor
	for _, a := range found {
		if country != "" && a.Country != "" && country != a.Country {
			continue
		}
		if one != nil {
			return nil
		}
		one = a
	}
	return one
}

// soundKey is the Skeleton of a full name with its words run together: a compound surname
// is hyphenated by one outlet and written solid by another ("Amir-Abdollahian",
// "Amirabdollahian"), and so is the Arabic article of a family name ("Al Busaidi",
// "al-Busaidi", "Albusaidi"; "el-Sisi"), whose vowel goes as a longer word's would.
func soundKey(key string) string {
	words := strings.Fields(names.Skeleton(key))
	for i, w := range words {
		if w == "al" || w == "el" {
			words[i] = "l"
		}
	}
	return strings.Join(words, "")
}

// fileOnce appends a to m[key] unless it is there.
func fileOnce(m map[string][]*knownActor, key string, a *knownActor) {
	if key != "" && !slices.Contains(m[key], a) {
		m[key] = append(m[key], a)
	}
}

// variantOf returns the one known person whose full name is another form of key: the same
// surname, and the given names of one are some of the other's, in order ("Tayyip Erdogan"
// and "Recep Tayyip Erdogan", "Ana Kovac" and "Ana Maria Kovac"), or their initials ("S.
// Jaishankar" and "Subrahmanyam Jaishankar", "M.K. Stalin" and "Muthuvel Karunanidhi
// Stalin", as South Asian outlets write them); a given name may be spelt another way with
// the same Skeleton ("Muhammad al-Rubaie" and "Mohammed Hadi al-Rubaie"). It looks only at the
// persons of that surname, and gives up when two fit or the countries differ.
func (r *resolver) variantOf(key, country string) *knownActor {
	return r.oneOfSurname(key, country, func(a *knownActor) bool {
		return givenNamesLike(key, a.Key) || givenNamesLike(a.Key, key) || initialsAmong(key, a.Key) || initialsAmong(a.Key, key)
	})
}

// oneOfSurname returns the one known person of key's surname that fits, of no other
// country than country when both are known; nil when none or several fit.
func (r *resolver) oneOfSurname(key, country string, fits func(a *knownActor) bool) *knownActor {
	var found *knownActor
	for _, a := range r.persons[names.Surname(key)] {
		if a.Kind != "person" || !fits(a) || country != "" && a.Country != "" && country != a.Country {
			continue
		}
		if found != nil && found != a {
			return nil
		}
		found = a
	}
	return found
}

// nicknameOf returns the one known person whose full name is key's with a nickname for
// the given name or the name it shortens (names.Compatible: "Dan Whitaker" and "Daniel
// Whitaker", "Joe" and "Joseph"): a wire writes the name the leader goes by, a Kremlin or
// ministry readout the formal one. It looks only at the persons of that surname, and gives
// up when two fit or the countries differ.
func (r *resolver) nicknameOf(key, country string) *knownActor {
	return r.oneOfSurname(key, country, func(a *knownActor) bool { return nicknameForm(a.Key, key) })
}

// nicknameForm reports two full name keys that differ only in the first word, one a
// nickname of the other (names.Compatible): the other given names and the surname, a
// nasab's father among them, must be the same words, so "Khalid bin Salman" is not "Khalid
// bin Bandar" nor "George W. Bush" "George H. W. Bush".
func nicknameForm(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wa) != len(wb) || wa[0] == wb[0] || len(wa[0]) < 2 || len(wb[0]) < 2 || !slices.Equal(wa[1:], wb[1:]) {
		return false
	}
	return names.Compatible(a, b)
}

// givenNamesAmong reports whether the full name key short has fewer words than long, the
// same surname, and its given names among long's, in order.
func givenNamesAmong(short, long string) bool {
	return givenNamesIn(short, long, func(a, b string) bool { return a == b })
}

// givenNamesLike is givenNamesAmong with given names of one Skeleton taken for one: the
// vowels of an Arabic or Persian given name are written as each outlet writes them
// ("Mohammed", "Muhammad").
func givenNamesLike(short, long string) bool {
	return givenNamesIn(short, long, func(a, b string) bool { return a == b || names.Skeleton(a) == names.Skeleton(b) })
}

func givenNamesIn(short, long string, same func(a, b string) bool) bool {
	s, l := strings.Fields(short), strings.Fields(long)
	if len(s) < 2 || len(s) >= len(l) || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	j := 0
	for _, w := range l[:len(l)-1] {
		if j < len(s)-1 && same(w, s[j]) {
			j++
		}
	}
	return j == len(s)-1
}

// initialsAmong reports whether the full name key short has no more words than long, the
// same surname, and given names that are long's, in order, each the word or its initial,
// one at least an initial ("n chandrababu naidu", "nara chandrababu naidu").
func initialsAmong(short, long string) bool {
	s, l := strings.Fields(short), strings.Fields(long)
	if len(s) < 2 || len(s) > len(l) || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	j, initial := 0, false
	for _, w := range l[:len(l)-1] {
		if j == len(s)-1 {
			break
		}
		switch g := s[j]; {
		case w == g:
			j++
		case len(g) == 1 && len(w) > 1 && w[0] == g[0]:
			j, initial = j+1, true
		}
	}
	return j == len(s)-1 && initial
}

// distinctKeys are the distinct non-empty keys of keys, in order: an actor's keys are
// those of its name and aliases, name first (prepareActor).
func distinctKeys(keys []string) []string {
	var out []string
	for _, k := range keys {
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// add files a newly created actor under its name and surname.
func (r *resolver) add(a *knownActor) {
	r.actors = append(r.actors, a)
	r.index(a, a.Key)
}

// enrich fills in what an article tells of a known actor and the actor lacks: role (or
// the office of a head that an outlet called "leader" only),
// country, and the full name of an actor so far known only by surname. It reports whether
// anything changed.
func (r *resolver) enrich(a *knownActor, x extract.Actor, kind string) bool {
	changed := false
	if role := strings.TrimSpace(x.Role); a.Role == "" && role != "" || strings.EqualFold(a.Role, "leader") && r.headOffice(role) {
		a.Role, changed = role, true
	}
	if c := countryCode(x.Country); a.Country == "" && c != "" {
		a.Country, changed = c, true
	}
	key := names.Key(x.Name)
	if a.Kind == "person" && kind == "person" && !strings.Contains(a.Key, " ") &&
		strings.Contains(key, " ") && (names.Surname(key) == a.Key || strings.Fields(key)[0] == a.Key) && r.byKey[key] == nil {
		a.Name, a.Key, changed = strings.TrimSpace(x.Name), key, true
		r.index(a, key)
	}
	if a.Kind == "person" && kind == "person" && (middleNamesAdded(a.Key, key) || initialsAmong(a.Key, key)) && r.byKey[key] == nil {
		a.Name, a.Key, changed = strings.TrimSpace(x.Name), key, true // "Recep Erdogan" -> "Recep Tayyip Erdogan"
		r.index(a, key)
	}
	return changed
}

// middleNamesAdded reports a fuller form of a person's full name that only adds names
// between the first given name and the surname. A form that adds words before the first
// name is not taken: they are as often titles ("Amir Sheikh Tamim ...") as names.
func middleNamesAdded(known, key string) bool {
	k, w := strings.Fields(known), strings.Fields(key)
	return givenNamesAmong(known, key) && k[0] == w[0]
}

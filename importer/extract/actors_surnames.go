package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/names"
)

// surname resolves a bare surname or an unproven run; -1 when it does not resolve.
func (r *resolver) surname(m *mention, create bool) int {
	word := joinWords(m.words)
	sur := names.Surname(word)
	best, bestPos := -1, -1
	salient, salientCount := -1, 0
	if m.royal != "" {
		return r.royal(m, word, sur, create)
	}
	for i, a := range r.actors {
		if a.kind != "person" || a.sur != sur && !(len(m.words) == 1 && r.familyFirst(a) && firstKeyWord(a.key) == sur) {
			continue
		}
		if len(m.words) > 1 && !particleSurnameWords(m.words) && !names.Compatible(a.name, word) {
			continue
		}
		pos := r.lastBefore(i, m.from)
		if best < 0 || pos > bestPos {
			best, bestPos = i, pos
		}
		if n := r.countBefore(i, m.from); n > salientCount {
			salient, salientCount = i, n
		}
	}
	if t := r.titledSurnameOf(m, sur); t >= 0 {
		return t // "Bill Nelson ... Dr. Alondra Nelson ... Bill Nelson ... Dr. Nelson": hers
	}
	if best >= 0 && m.titled && m.role != "" && r.officeBefore(m) && r.toldRole(best) != m.role {
		if k := r.x.knownByTitle(m, sur); k >= 0 && r.actors[best].known != k {
			// "his brother, Attorney General Robert Kennedy ... President Kennedy": the one
			// well-known President Kennedy, not the person of the article whose office, if
			// the text gives one, is another
			m.known = k
			return r.fullName(m)
		}
	}
	if best >= 0 && salient >= 0 && salient != best && salientCount > r.countBefore(best, m.from) && !r.sameSentence(bestPos, m.from) {
		// "Kim Jong Un ... Kim Jong Un ... his sister Kim Yo Jong ... Kim told Putin": a
		// surname shared by two persons is the article's main one, named more often, unless
		// the other was named in the same sentence
		return salient
	}
	if best >= 0 {
		return best
	}
	if a := r.patronymic(m); a >= 0 {
		return a // "Abdullah bin Zayed Al Nahyan ... Bin Zayed added"
	}
	if a := r.middleName(m, sur); a >= 0 && r.x.knownIndex(m.words) < 0 {
		return a // "Denis Sassou Nguesso ... Sassou's spokesman"
	}
	k := m.known // the mention's own reading: "Argentina's Milei" is the Argentine (knownOfPossessor)
	if k < 0 {
		k = r.x.knownIndex(m.words)
	}
	if k >= 0 {
		if a := r.givenName(m, sur); a >= 0 && !r.hasKnown(k) {
			return a // "meet leader Xi Mingtao ... Xi will hold": the article's Xi, not the well-known one it never names
		}
		m.known = k
		return r.fullName(m)
	}
	if m.titled && len(m.words) == 1 {
		for i, a := range r.actors { // "Prince Mohammed", "Sheikh Tamim": royals go by first name
			if a.kind == "person" && strings.Contains(a.key, " ") && firstKeyWord(a.key) == sur {
				return i
			}
		}
	}
	if a := r.givenName(m, sur); a >= 0 {
		return a
	}
	if k := r.x.knownByTitle(m, sur); k >= 0 {
		m.known = k // "President Clinton" is Bill Clinton, "Secretary Clinton" Hillary
		return r.fullName(m)
	}
	if k := r.x.knownByCountry(m, sur); k >= 0 {
		m.known = k // "Colombia's Petro" is Gustavo Petro, not Petro Poroshenko
		return r.fullName(m)
	}
	if a := r.headlineNamed(m, sur); a >= 0 {
		return a // "President Y met Z" under "President X Y hosts Z"
	}
	if create && m.titled {
		return r.newPerson(word, -1)
	}
	return -1
}

// knownByTitle returns the one well-known person with surname sur who holds the office
// titled mention m names ("President Clinton"), or -1 (no title, or none or two fit).
func (x *Extractor) knownByTitle(m *mention, sur string) int {
	if !m.titled || len(m.words) != 1 || m.role == "" {
		return -1
	}
	found := -1
	for i, k := range x.gaz.People {
		if k.Role != m.role || names.Surname(k.Name) != sur || m.country != "" && k.Country != "" && k.Country != m.country {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// givenName resolves a bare word that is the given name of exactly one person of the
// article ("Getachew said" for Getachew Reda, "Abiy" for Abiy Ahmed): Ethiopian,
// Eritrean, Icelandic and Indonesian names are referred to by the given name. A word that
// is also someone's surname, or the given name of two people, stays unresolved.
func (r *resolver) givenName(m *mention, given string) int {
	if len(m.words) != 1 {
		return -1
	}
	found := -1
	for i, a := range r.actors {
		if a.kind != "person" || !strings.Contains(a.key, " ") {
			continue
		}
		if a.sur == given {
			return -1
		}
		if firstKeyWord(a.key) == given && !r.namedInFullLater(i, m) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// hasKnown reports an actor of the article who is well-known person k.
func (r *resolver) hasKnown(k int) bool {
	for _, a := range r.actors {
		if a.known == k {
			return true
		}
	}
	return false
}

// countBefore returns the number of the actor's mentions before token pos.
func (r *resolver) countBefore(a, pos int) int {
	n := 0
	for _, mi := range r.actors[a].mentions {
		if r.s.mentions[mi].from < pos {
			n++
		}
	}
	return n
}

// sameSentence reports two tokens of one sentence; false for a token -1.
func (r *resolver) sameSentence(a, b int) bool {
	return a >= 0 && b >= 0 && r.s.toks[a].Sent == r.s.toks[b].Sent
}

// lastBefore returns the token of the actor's last mention before token pos, or -1.
func (r *resolver) lastBefore(a, pos int) int {
	last := -1
	for _, mi := range r.actors[a].mentions {
		if f := r.s.mentions[mi].from; f < pos && f > last {
			last = f
		}
	}
	return last
}

// FamilyNameFirst reports a country whose names put the family name first (China, the
// Koreas, Taiwan, Vietnam): "Xi" of Xi Jinping is his surname. The importer's writer asks
// it too, when it looks a surname up among the persons the database knows.
func FamilyNameFirst(country string) bool {
	switch country {
	case "CN", "KP", "KR", "TW", "VN":
		return true
	}
	return false
}

// familyFirst reports a name written family name first ("Kim Jong-un", "Xi Jinping",
// "Moon Jae-in"), so that "Mr Kim" and "President Moon" find it by its first word.
func (r *resolver) familyFirst(a actor) bool {
	country := a.country
	if a.known >= 0 {
		country = r.x.gaz.People[a.known].Country
	}
	if FamilyNameFirst(country) {
		return true
	}
	w := strings.Fields(a.name)
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	i := strings.Index(last, "-")
	return i > 0 && i+1 < len(last) && last[i+1] >= 'a' && last[i+1] <= 'z'
}

// namedInFullLater reports a person the article names first after bare given name m, in
// m's own sentence: "I met King Abdul, Prime Minister Abdul Rahimov and ..." lists two
// persons who share a given name; a writer who names someone in full later in the
// sentence does not call him by his given name before.
func (r *resolver) namedInFullLater(a int, m *mention) bool {
	if r.lastBefore(a, m.from) >= 0 {
		return false
	}
	for _, mi := range r.actors[a].mentions {
		if f := r.s.mentions[mi].from; f > m.from && r.sameSentence(f, m.from) {
			return true
		}
	}
	return false
}

// firstKeyWord is the first word of a name key.
func firstKeyWord(key string) string {
	if i := strings.IndexByte(key, ' '); i >= 0 {
		return key[:i]
	}
	return key
}

// royal resolves "King Salman", "Prince Mohammed": by the given name (the first word of a
// known full name), never by surname; unresolved, the actor is named with the title.
func (r *resolver) royal(m *mention, word, given string, create bool) int {
	for i, a := range r.actors {
		if a.kind == "person" && strings.Contains(a.key, " ") && firstKeyWord(a.key) == given && !r.namedInFullLater(i, m) {
			return i
		}
	}
	if k := r.x.knownIndex([]string{m.royal, word}); k >= 0 {
		m.known = k
		return r.fullName(m)
	}
	if a := r.headlineNamed(m, given); a >= 0 {
		return a // "His Majesty King X met Z" under "King X Y of Jordan receives Z"
	}
	if !create {
		return -1
	}
	return r.newPerson(m.royal+" "+word, -1)
}

// particleSurnameWords reports a surname with its particles, capitalized as a sentence opens
// or not ("Bin Farhan held talks", "Al Thani said", "van der Velden said", "De la Tour
// added"): a bare surname, not a given name and a surname.
func particleSurnameWords(w []string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for _, p := range w[:len(w)-1] {
		if !lexicon.IsParticle(strings.ToLower(p)) {
			return false
		}
	}
	return true
}

// patronymic returns the one person of the article whose full name holds the particle and
// name of mention m inside it, as Gulf names are cut to their patronymic: "Bin Zayed" is
// Abdullah bin Zayed Al Nahyan, "bin Farhan" Faisal bin Farhan Al Saud; -1 when none or
// several.
func (r *resolver) patronymic(m *mention) int {
	if !particleSurnameWords(m.words) {
		return -1
	}
	part := " " + names.Key(joinWords(m.words)) + " "
	found := -1
	for i, a := range r.actors {
		if a.kind != "person" || !strings.Contains(" "+a.key+" ", part) || strings.HasSuffix(" "+a.key+" ", part) {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// middleName returns the one person of the article, named with three words or more,
// whose name holds the bare word w between its first and last words, no particle before
// it: a double surname cut to its first part, as "Sassou" for Denis Sassou Nguesso; -1
// when none or several.
func (r *resolver) middleName(m *mention, w string) int {
	if len(m.words) != 1 || w == "" {
		return -1
	}
	found := -1
	for i, a := range r.actors {
		kw := strings.Fields(a.key)
		if a.kind != "person" || len(kw) < 3 {
			continue
		}
		for j := 1; j < len(kw)-1; j++ {
			if kw[j] == w && !lexicon.IsParticle(kw[j-1]) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// toldRole is the first office the mentions of actor a give it so far ("Attorney General
// Robert Kennedy"), or "".
func (r *resolver) toldRole(a int) string {
	for _, mi := range r.actors[a].mentions {
		if role := r.s.mentions[mi].role; role != "" {
			return role
		}
	}
	return ""
}

// officeBefore reports a capitalized office right before mention m ("President Kennedy"),
// not one told after the name ("Taylor, president of Taylor and Co.").
func (r *resolver) officeBefore(m *mention) bool {
	k := m.from - 1
	return k >= 0 && r.s.toks[k].Cap && r.s.isMatchKind(k, lexicon.PhraseOffice)
}

// bySurname returns the one person of the article whose surname (or, for a name written
// family name first, whose first word) is the capitalized word w; -1 when none or several.
func (r *resolver) bySurname(w string) int {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return -1
	}
	key := names.Key(w)
	found := -1
	for i, a := range r.actors {
		if a.kind != "person" || len(a.mentions) == 0 {
			continue
		}
		if a.sur == key || r.familyFirst(a) && firstKeyWord(a.key) == key {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// titledSurnameOf returns, for a surname after a title word that two or more persons of
// the article share, the one person the title picks: the only one the article printed
// with the same title before ("Dr. Alondra Nelson ... Dr. Nelson" among two Nelsons), else
// the only one whose given name is of the title's gender, else the only one whose given
// name is not of the other ("Ms. Ferrante" among Paolo and Giulia Ferrante: words classes
// female, male); -1 when the title picks none or several.
func (r *resolver) titledSurnameOf(m *mention, sur string) int {
	s := r.s
	if len(m.words) != 1 || m.from == 0 || !s.gaz.IsTitleWord(s.toks[m.from-1].Low) {
		return -1
	}
	title := strings.TrimSuffix(s.toks[m.from-1].Low, ".")
	var same, is, maybe []int
	n := 0
	for i, a := range r.actors {
		if a.kind != "person" || a.sur != sur || !strings.Contains(a.key, " ") || r.lastBefore(i, m.from) < 0 {
			continue
		}
		n++
		for _, mi := range a.mentions {
			if f := s.mentions[mi].from; f > 0 && f < m.from && strings.TrimSuffix(s.toks[f-1].Low, ".") == title {
				same = append(same, i)
				break
			}
		}
		switch r.titleGender(title, a.name) {
		case 1:
			is = append(is, i)
			maybe = append(maybe, i)
		case 0:
			maybe = append(maybe, i)
		}
	}
	switch {
	case n < 2:
		return -1
	case len(same) == 1:
		return same[0]
	case len(same) > 1:
		return -1
	case len(is) == 1:
		return is[0]
	case len(is) == 0 && len(maybe) == 1:
		return maybe[0]
	}
	return -1
}

// titleGender tells whether the given name of a person's name is of the gender of a title
// word (words classes female, male: "ms", "mr"): 1 when it is, -1 when it is of the other,
// 0 when the name or the title tells none.
func (r *resolver) titleGender(title, name string) int {
	g := r.s.gaz
	given := strings.ToLower(strings.Fields(name)[0])
	f, m := g.In(lexicon.Female, given), g.In(lexicon.Male, given)
	switch {
	case f == m:
		return 0
	case g.In(lexicon.Female, title) && !g.In(lexicon.Male, title):
		if f {
			return 1
		}
		return -1
	case g.In(lexicon.Male, title) && !g.In(lexicon.Female, title):
		if m {
			return 1
		}
		return -1
	}
	return 0
}

package extract

import (
	"strings"

	"strconv"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"hotline/importer/names"
)

// context is what the words around a name say about its bearer.
type context struct {
	role, country string
	alt           string // a second office held: "Prime Minister and Foreign Minister"
	titled        bool
	credit        bool // a byline or photo credit, not an actor
	possessor     int  // token of a person whose office this is ("Moon's spokesman"), 0 for none
	shared        bool // the country is the previous name's ("Iraqi Prime Minister A and President B")
}

// findPersons adds person mentions for the name runs of one sentence. A run is a person
// when a title, office or "counterpart" precedes it, an apposition names an office, a known
// first name starts a run of two words or more, it is a known actor, or a speech verb
// follows a run of two words or more. Bare single words wait for resolvePending.
func (x *Extractor) findPersons(s *scan, si int, pending *[]mention) {
	se := s.sents[si]
	runs := x.nameRuns(s, se)
	for ri, r := range runs {
		from, to := r[0], r[1]
		// a sentence-initial function word is not part of the name: "But Lavrov"
		for from < to && x.gaz.Stop[s.toks[from].Low] && !(s.toks[from].Text == "He" && from > se.from) && !(to-from == 1 && x.nameDespiteStop(s, from)) && !s.knownStopOpener(from) {
			from++
		}
		if from == se.from && to-from >= 2 && s.quoteIntroAt(se, to) && s.tokIn(lexicon.Speech, from) {
			from++ // "Said Lavrov: "..."": the verb fronted before the speaker, no given name
		}
		if from == to {
			continue
		}
		placeFrom, ofPlace := x.placeOfOffice(s, se, from, to)
		from = placeFrom
		if isPartyState(s.toks[from].Text) {
			s.note(si, "person", "party-state", false, from, to, "a lawmaker's party and state (\"R-Tennessee\")")
			continue
		}
		if m, ok := s.matchOf(to); ok && m.Kind == lexicon.PhraseOffice && m.From == to && !s.staffOf(from, to) && !s.firmsStaff(from, to) && !x.postNominalAfterName(s, from, to, m.To) {
			s.note(si, "person", "office-qualifier", false, from, to, "the words qualify the office after them")
			continue // "Chief Cabinet Secretary": the run qualifies an office
		}
		if x.namesPlace(s, se, from, to) && !(to-from == 1 && to < se.to && s.tokIn(lexicon.Speech, to)) && !x.titledGivenName(s, se, from, to) { // a place does not speak: "Park told a news conference" is Park Geun-hye
			s.note(si, "person", "place-name", false, from, to, "the run names a place or building")
			continue // "John F. Kennedy International Airport", "the Kennedy Center"
		}
		if k := from - 2; k >= se.from && isOrgJoiner(s.toks[from-1].Low) && s.toks[k].Cap && (s.tokIn(lexicon.OrgHead, k) || x.forTail(s, from, to)) {
			s.note(si, "person", "org-name-tail", false, from, to, "the words end an organization's name (\"Academy of Maritime Law\")")
			continue
		}
		if to < se.to && s.toks[to].Low == "coalition" && s.toks[to].Text == "coalition" {
			s.note(si, "person", "org-name-tail", false, from, to, "the words name a coalition (\"Democratic Unity coalition\")")
			continue
		}
		if s.mediaPossessor(se, from) && !s.speaksOwnWords(se, to) || x.filesStory(s, se, from, to) {
			s.note(si, "person", "media-reporter", false, from, to, "a news outlet's reporter")
			continue // "NPR's John Ruwitch": a reporter
		}
		if from-2 > se.from && s.toks[from-1].Text == "," && s.endsOffice(from-2) && s.officeInApposition(se, from-2) && !x.firstNameOnly(s, from, to) {
			s.note(si, "person", "org-after-office", false, from, to, "the employer after a name's office (\"Bill Gates, CEO, Microsoft\")")
			continue
		}
		left := x.leftContext(s, se, from)
		if ofPlace {
			left = x.leftWords(s, se, from-2) // the office before "of <place>"
		}
		if left.credit || x.isCredit(s, se, from, to) {
			s.note(si, "person", "credit", false, from, to, "a byline or photo credit")
			continue
		}
		if to-from == 1 && left.titled && left.role == "" && from > se.from && !s.toks[from-1].Cap && s.qualifiesLaterOffice(se, to) {
			s.note(si, "person", "office-qualifier", false, from, to, "the word qualifies an office after it (\"chief Tamil rebel negotiator X\")")
			continue
		}
		if !left.titled {
			if c, ok := x.regionOffice(s, se, from); ok {
				left = c // "U.S. Special Envoy to the Middle East Steve X"
			}
		}
		if !left.titled {
			if c, ok := x.bodyOffice(s, se, from); ok {
				left = c // "the President of the European Commission X"
			}
		}
		if !left.titled {
			if role, ok := x.titleOfList(s, se, runs, ri); ok {
				left.role, left.titled = role, true // "Presidents A of Kenya, B of Tanzania and C of Uganda"
			}
		}
		right := x.rightContext(s, se, from, to)
		if role, country, ok := x.listedOffice(s, se, runs, ri); ok {
			right = context{role: role, country: country, titled: true} // "the foreign ministers of A and B, X and Y"
		}
		m := mention{from: from, to: to, kind: mPerson, words: x.shoutedWords(s, from, to, x.capitalSurnameWords(s, from, nameWords(s.toks, from, to))), known: -1, sent: si, actor: -1}
		m.role, m.country, m.titled = pick(left.role, right.role), pick(left.country, right.country), left.titled || right.titled
		m.alt = left.alt
		if m.country == "" {
			m.country = x.nationalsBefore(s, se, from) // "two Chinese nationals, A and B"
		}
		if m.country == "" {
			m.country = x.describedCountry(s, se, from) // "U.S. Republican presidential candidate X"
		}
		m.known = x.knownIndex(m.words)
		if m.known >= 0 && len(m.words) == 1 {
			m.known = x.knownOfPossessor(s, se, from, m)
		}
		if left.shared && m.known >= 0 {
			m.country = x.gaz.People[m.known].Country // a known actor keeps his own country
		}
		if left.shared && right.country != "" {
			m.country = right.country // "Spanish Prime Minister A and former presidents B of Panama": B's own
		}
		m.possessor = left.possessor
		multi := len(m.words) > 1
		if !multi && m.known < 0 && len([]rune(m.words[0])) == 1 {
			s.note(si, "person", "single-letter", false, from, to, "one letter is no name (\"posted on X\", \"Plan B\")")
			continue
		}
		if !s.toks[from].Cap && m.known < 0 && !left.titled {
			m.rule = "actor.surname" // "bin Salman said", "al-Ansari said": only as a known person's surname
			s.note(si, "person", m.rule, false, from, to, "pending: lower-case, kept only as the surname of a person named elsewhere")
			*pending = append(*pending, m)
			continue
		}
		if m.known < 0 && left.titled && left.role == "" && to < se.to && s.toks[to].Cap && (s.tokIn(lexicon.Institution, to) || s.tokIn(lexicon.OrgHead, to) || s.toks[to].Low == "department" || s.toks[to].Low == "directorate" || s.toks[to].Low == "service" || s.toks[to].Low == "bureau") {
			s.note(si, "person", "institution-name", false, from, to, "a rank before an institution's name: \"the General Intelligence Department\"")
			continue
		}
		if m.known < 0 && multi && !left.titled && right.role == "" && (!x.firstName(m.words[0]) && s.firmName(from, to) || s.staffNamed(from, to)) {
			o := lexicon.Org{Name: s.text(from, to), Kind: "group"}
			s.mentions = append(s.mentions, mention{from: from, to: to, kind: mOrg, org: o, known: -1, sent: si, actor: -1, rule: "actor.firm-name", words: []string{o.Name}})
			s.note(si, "actor", "actor.firm-name", true, from, to, "the article describes the name as a business's")
			continue
		}
		switch {
		case m.known >= 0:
			m.rule = "actor.known"
		case left.titled && left.role != "":
			m.rule = "actor.title-name"
		case left.titled:
			m.rule = "actor.honorific-name"
		case right.role != "" && (multi || from > se.from && !s.toks[from-1].Cap):
			m.rule = "actor.name-apposition" // not "Separately, Ukrainian Foreign Minister X"
		case right.titled && multi:
			m.rule = "actor.name-apposition" // "Getachew Reda, the TPLF spokesman"
		case multi && to+1 < se.to && s.toks[to].Text == "," && s.toks[to+1].Low == "who" && !x.gaz.IsOrgHeadNoun(s.toks[to-1].Low):
			m.rule = "actor.name-apposition" // "Dorj Bat-Erdene, who chairs the committee": "who" is said of persons
		case multi && from-3 >= se.from && s.toks[from-1].Text == "," && s.toks[from-2].Kind == tokens.Word && !s.toks[from-2].Cap && s.toks[from-3].Kind == tokens.Poss:
			m.rule = "actor.name-apposition" // "Odinga's ally, Kalonzo Musyoka": a person's relation names a person
		case !multi && m.known < 0 && s.kinNamed(se, from, to):
			m.rule, m.titled = "actor.name-apposition", true // "his brother, Tomas,": a relative named by the given name alone, an actor of their own
		case multi && s.listedAfterPeople(se, from):
			m.rule = "actor.name-apposition" // "two Chinese nationals, X Y and Z W,": the people the noun counts
		case multi && s.describedBefore(se, from):
			m.rule = "actor.name-apposition" // "the Republican front-runner, X Y, proposed": a person's description names a person
		case multi && s.describedAfter(se, to) && !s.orgHeadIn(from, to):
			m.rule = "actor.name-apposition" // "Sarnai Erdene, an Australian woman and former teacher,"
		case multi && s.ageFollows(se, to):
			m.rule = "actor.name-apposition" // "Sarnai Erdene, 34, a teacher"
		case multi && s.describedAsOfficial(mention{to: to}):
			m.rule = "actor.name-apposition" // "Farid Nouri, a senior official at the ministry,": only a person is an official
		case multi && x.firstName(m.words[0]):
			m.rule = "actor.first-name"
		case multi && m.known < 0 && x.syllabicGivenName(s, from, to):
			m.rule = "actor.first-name" // "Kwok Wai-keung": the given name's form vouches as a known one does
		case multi && s.affiliationThenWho(se, from, to):
			m.rule = "actor.name-apposition" // "X of the Center for Y, who told VOA": "who" is said of persons
		case multi && (x.speechFollows(s, se, to) || x.appositionThenSpeech(s, se, to) || x.affiliationThenSpeech(s, se, from, to)) && !s.afterLocative(from):
			m.rule = "actor.name-said"
		case multi && x.invertedSpeech(s, se, from):
			m.rule = "actor.said-name"
		case multi && len(m.words) <= 3 && x.contactVouches(s, se, from, to):
			m.rule = "actor.name-met"
		case multi && len(m.words) <= 3 && s.personActs(se, from, to):
			m.rule = "actor.name-acts"
		case !multi && m.known < 0 && x.countryPossessed(s, se, from, to):
			m.rule, m.titled = "actor.country-name", true // "Russia's Volkonsky said": a person of its own
			m.country = pick(m.country, x.gaz.Countries[s.matches[s.matchAt[from-2]].Idx].Code)
		default:
			m.rule = "actor.surname"
			s.note(si, "person", m.rule, false, from, to, "pending: no title, office, first name or speech verb vouches for it")
			*pending = append(*pending, m) // kept only if it resolves to a named person
			continue
		}
		s.note(si, "person", m.rule, true, from, to, "")
		m.single = !multi
		if !multi && from > se.from {
			m.royal = s.royalTitle(s.toks[from-1])
		}
		s.mentions = append(s.mentions, m)
	}
}

// forTail reports a run after "<Capitalized> for" that neither a given name nor a known
// actor opens: the end of a name such as "Syrian Observatory for Human Rights", where
// no office ("Minister for Foreign Affairs") is matched before it.
//
// After "of", the capitalized word before it must itself follow a joiner, so that the run
// is the third link of a name's chain ("Australian Centre for Control of Iodine Deficiency
// Disorders"), not a person after an office ("Prime Minister of Iceland Katrin ...").
func (x *Extractor) forTail(s *scan, from, to int) bool {
	switch {
	case s.isMatchKind(from-2, lexicon.PhraseOffice) || x.gaz.IsTitleWord(s.toks[from-2].Low):
		return false
	case s.toks[from-1].Low == "for":
	case s.toks[from-1].Low == "of" && from-3 >= 0 && isOrgJoiner(s.toks[from-3].Low) && s.toks[from-3].Low != "and":
	default:
		return false
	}
	words := nameWords(s.toks, from, to)
	return len(words) > 0 && !x.firstName(words[0]) && x.knownIndex(words) < 0
}

// isPartyState reports the party and state of a U.S. lawmaker written after the name:
// "R-Tennessee", "D-N.Y.", "I-Vt.".
func isPartyState(w string) bool {
	return len(w) > 2 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// ageFollows reports an age set off by commas after a name ending at token to: "Sarnai
// Erdene, 34, a teacher".
func (s *scan) ageFollows(se sentence, to int) bool {
	if to+2 >= se.to || s.toks[to].Text != "," || s.toks[to+2].Text != "," {
		return false
	}
	n, err := strconv.Atoi(s.toks[to+1].Text)
	return err == nil && n >= 10 && n <= 110
}

// knownIndex returns the gazetteer person whose name or alias is spelt so, else the one
// whose name or alias has the same key, or -1.
func (x *Extractor) knownIndex(words []string) int {
	if i, ok := x.knownSpelt[names.Fold(joinWords(words))]; ok {
		return i // spelt as printed: "Milei" is Javier Milei, though it shares a key with "Milley"
	}
	if i, ok := x.knownKey[names.Key(joinWords(words))]; ok {
		return i
	}
	return -1
}

func pick(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// speechFollows reports whether a speech verb follows token i (allowing one adverb).
func (x *Extractor) speechFollows(s *scan, se sentence, i int) bool {
	for k := i; k < se.to && k < i+2; k++ {
		if t := s.toks[k]; !t.Cap && (s.gaz.In(lexicon.Outlet, t.Low) || s.gaz.In(lexicon.LocalBody, t.Low)) {
			return false // "the Vostok Vremya newspaper reported", "Tel Aviv police said": a medium's or a place's body (namedOutlet, namedLocalBody)
		}
		if t := s.toks[k]; t.Kind == tokens.Word && (s.gaz.IsSpeechVerb(t.Low) || s.gaz.IsJudgingVerb(t.Low)) && !(k+1 < se.to && s.toks[k+1].Low == "off") && !s.aspectual(k) { // "were called off" tells no speaker
			return true
		}
	}
	return false
}

// postNominalAfterName reports letters after a name printed in capitals, "MP", "MLA"
// (words class post-nominal), as the office matched at [to, end) right after a run of two
// words or more that a known given name opens: "the Hon. Anthony Albanese MP, Prime
// Minister of Australia" is Albanese, not an office "Anthony Albanese MP" qualifies.
func (x *Extractor) postNominalAfterName(s *scan, from, to, end int) bool {
	t := s.toks[to].Text
	return end == to+1 && to-from >= 2 && t == strings.ToUpper(t) && x.gaz.IsPostNominal(t) && x.firstName(s.toks[from].Text)
}

// firstNameOnly reports a run of two words or more that a known given name opens and that
// is followed by a comma or the end of the sentence: a person even after an office set
// off by commas ("the CEO, Jane Rudd,").
func (x *Extractor) firstNameOnly(s *scan, from, to int) bool {
	return to-from >= 2 && x.firstName(s.toks[from].Text) && (to >= len(s.toks) || s.toks[to].Text == "," || s.toks[to].Text == ".")
}

// qualifiesLaterOffice reports lower-case words right after token to, one or two, that
// end in an office or a noun of office: the capitalized word before them qualifies it, as
// in "chief Tamil rebel negotiator Anton Balasingham".
func (s *scan) qualifiesLaterOffice(se sentence, to int) bool {
	for k := to; k < se.to && k < to+2; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap {
			return false
		}
		if s.isHeadNoun(t.Low) || s.endsOffice(k) {
			return true
		}
	}
	return false
}

// aspectual reports "continue" before "to" at token k: "Chrome continues to surge" tells
// no speech, though "he continued" does.
func (s *scan) aspectual(k int) bool {
	return strings.HasPrefix(s.toks[k].Low, "continu") && k+1 < len(s.toks) && s.toks[k+1].Low == "to"
}

// appositionThenSpeech reports a bare description between commas and then a speech verb
// after a name: "Jameel Ahmad, global head of currency strategy at FXTM, said". The
// description opens with a lower-case word that is no determiner or relative pronoun
// ("Mossack Fonseca, the law firm, said" stays unproven: firms are described so too, but
// not with an office of someone's: "X, the president's spokesman, said", "X, President
// Y's spokesman, said" and "X, its director, told" are a person),
// or with "a" or "an" before a description that names no business or institution, or
// whose head, before any preposition, is a noun of a person: "Nadereh Afshari, a former
// member of the group, told me", "X, a U.S. Embassy spokeswoman in Kabul, said".
func (x *Extractor) appositionThenSpeech(s *scan, se sentence, to int) bool {
	if to+1 >= se.to || s.toks[to].Text != "," {
		return false
	}
	first := s.toks[to+1]
	owned := s.possessedOffice(se, to+1) // ", the president's spokesman,", ", President X's spokesman,"
	if first.Kind != tokens.Word || first.Cap && !owned {
		return false
	}
	switch first.Low {
	case "its", "his", "her", "their":
		if !s.officeStartsAt(to+2, se.to) {
			return false // ", its parent company,": no person
		}
	case "who", "which", "whose", "where", "when", "and", "but":
		return false
	}
	article := first.Low == "a" || first.Low == "an"
	if isDeterminer(first.Low) && !article && !(first.Low == "the" && (owned || s.personHeadBefore(se, to+2))) {
		return false
	}
	body, person, head := false, false, true
	for k := to + 2; k < se.to && k < to+16; k++ {
		if s.toks[k].Text == "," {
			if body && !person {
				return false // "Eurasia Group, a New York-based firm of analysts, said": a business
			}
			return x.speechFollows(s, se, k+1)
		}
		w := s.toks[k].Low
		if article && (s.gaz.In(lexicon.Firm, w) || s.gaz.IsInstitutionNoun(w) || s.gaz.IsOrgHeadNoun(w) || s.gaz.In(lexicon.OrgRef, w)) {
			body = true
		}
		switch {
		case s.gaz.In(lexicon.Preposition, w):
			head = false
		case head && s.personNoun(w):
			person = true // "X, a U.S. Embassy spokeswoman in Kabul, said": the body is the person's
		}
	}
	return false
}

// possessedOffice reports an office of the gazetteer after a possessive in the words
// from token from up to the next comma: ", the president's spokesman,", ", the governor's
// chief of staff,". Only a person holds an office of someone's; a firm is "the law firm".
func (s *scan) possessedOffice(se sentence, from int) bool {
	for k := from; k+1 < se.to && k < from+8 && s.toks[k].Text != ","; k++ {
		if s.toks[k].Kind == tokens.Poss && s.officeStartsAt(k+1, se.to) {
			return true
		}
	}
	return false
}

// isCredit reports a name that ends in "/Agency" (photo credits: "Sergei Ilnitsky/EPA"),
// or follows "Agency/" ("(Xinhua/Li Xueren)").
func (x *Extractor) isCredit(s *scan, se sentence, from, to int) bool {
	return to < se.to && s.toks[to].Text == "/" || from > se.from && s.toks[from-1].Text == "/"
}

// staffOf reports a name run [from, to) that is a known actor or shares a surname with a
// full name the article prints, before a lower-case noun of a person's staff who speaks
// for the name: "a Biden aide said", "a Putin adviser told". The name is that person's, not
// a word of an office title ("Chief Cabinet Secretary").
func (s *scan) staffOf(from, to int) bool {
	if to >= len(s.toks) || to-from != 1 || s.toks[to].Cap {
		return false
	}
	if !s.tokIn(lexicon.StaffNoun, to) {
		return false
	}
	return s.isKnown(from) && s.speechAfter(s.sents[s.toks[from].Sent], to+1)
}

// firmsStaff reports a name of two words or more that the article describes as a
// business's, before a noun of those who speak for one and a speech verb: "a Mossack
// Fonseca spokesman said" speaks for the firm, as "Mossack Fonseca said" does; the
// words do not qualify an office.
func (s *scan) firmsStaff(from, to int) bool {
	if to >= len(s.toks) || to-from < 2 || s.toks[to].Cap || !s.gaz.In(lexicon.StaffNoun, s.toks[to].Low) {
		return false
	}
	return s.speechAfter(s.sents[s.toks[from].Sent], to+1) && s.firmName(from, to)
}

// countryPossessed reports one capitalized word [from, to) after a country's possessive
// that speaks or takes part in a contact right after it, or is met ("Russia's Volkonsky
// said", "met Germany's Brandauer"): a person of that country. The word must be no phrase
// of the lexicon (country, organization, place, office), nor one the article writes in
// lower case too ("Kenya's Treasury ... the treasury").
func (x *Extractor) countryPossessed(s *scan, se sentence, from, to int) bool {
	k := from - 2
	if to-from != 1 || k < se.from || s.toks[from-1].Kind != tokens.Poss || !s.toks[from].Cap {
		return false
	}
	m, ok := s.matchOf(k)
	if !ok || m.Kind != lexicon.PhraseCountry || m.To != from-1 {
		return false
	}
	if _, ok := s.matchOf(from); ok || x.gaz.Stop[s.toks[from].Low] || s.writtenLower(s.toks[from].Low) {
		return false
	}
	speaks := to < se.to && s.toks[to].Kind == tokens.Word && s.tokIn(lexicon.Speech, to) &&
		!(to+1 < se.to && s.toks[to+1].Low == "to") // "Russia's Siberia, said to be warming"
	return speaks || x.contactVouches(s, se, m.From, to)
}

// knownOfPossessor returns the known actor one capitalised word after a country's
// possessive stands for: the known actor its name or alias gives (m.known), unless that
// one serves another country and one well-known person of the possessor's country has
// the word for surname ("Argentina's Milei" is Javier Milei, though "Milei" and the US
// general's "Milley" are one key).
func (x *Extractor) knownOfPossessor(s *scan, se sentence, from int, m mention) int {
	k := from - 2
	if k < se.from || s.toks[from-1].Kind != tokens.Poss {
		return m.known
	}
	c, ok := s.matchOf(k)
	if !ok || c.Kind != lexicon.PhraseCountry || c.To != from-1 {
		return m.known
	}
	code := x.gaz.Countries[c.Idx].Code
	if own := x.gaz.People[m.known].Country; own == "" || own == code {
		return m.known
	}
	if other := x.knownByCountry(&mention{rule: "actor.country-name", words: m.words, country: code}, names.Surname(m.words[0])); other >= 0 {
		return other
	}
	return m.known
}

// knownByCountry returns the one well-known person with surname sur of the country a
// country's possessive gives mention m ("Colombia's Petro", "Brazil's Lula":
// actor.country-name), by surname or alias, or -1 (another mention, none or two fit).
// The possessive is how wires shorten a leader named in full elsewhere, and the country
// tells the surname apart from a given name the lexicon also knows.
func (x *Extractor) knownByCountry(m *mention, sur string) int {
	if m.rule != "actor.country-name" || len(m.words) != 1 || m.country == "" {
		return -1
	}
	found := -1
	for i, k := range x.gaz.People {
		if k.Country != m.country || names.Surname(k.Name) != sur {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// writtenLower reports a word the article prints in lower case somewhere: a common word.
func (s *scan) writtenLower(low string) bool {
	for _, t := range s.toks {
		if t.Kind == tokens.Word && !t.Cap && t.Low == low {
			return true
		}
	}
	return false
}

// quoteIntroAt reports a colon at token k, or a comma right before an opening quotation
// mark, that hands over to the quoted words: "Said Lavrov: "..."", "Said Lavrov, "..."".
func (s *scan) quoteIntroAt(se sentence, k int) bool {
	if k >= se.to {
		return false
	}
	return s.toks[k].Text == ":" || s.toks[k].Text == "," && k+2 < len(s.toks) && s.toks[k+1].Kind == tokens.QuoteMark && s.inQuote[k+2]
}

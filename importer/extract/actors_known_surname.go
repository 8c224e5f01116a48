package extract

import (
	"slices"
	"strings"

	"hotline/importer/extract/tokens"
	"hotline/importer/names"
)

// knownSurname resolves a capitalised name m that no person of the article has (surname
// found none) to the person another article named in full (Input.Known: the importer
// passes only a name it knows exactly one person by), as a follow-up story names the
// people of its news by surname alone ("Vautrin and Tarasov spoke again on Friday":
// actor.known-surname) or with a given name the lexicon does not know, which vouches for
// nothing ("Tamsk Oduya and Volkonsky met": actor.known-name). The person takes the known
// office and country.
// Only a name that reads as one (nameLike) resolves or is noted; one that Known lacks is
// noted in r.unresolved for the importer to look up, and -1 returned.
func (r *resolver) knownSurname(m *mention, known map[string]KnownPerson) int {
	key := names.Key(joinWords(m.words))
	k, ok := known[key]
	if key == "" || !ok && slices.Contains(r.unresolved, key) || !r.nameLike(m, key) {
		return -1 // noted already: nameLike reads every token
	}
	full, rule := names.Key(k.Name), ""
	switch {
	case !ok || !strings.Contains(full, " "):
	case len(m.words) == 1 && (names.Surname(full) == key || firstKeyWord(full) == key):
		rule = "actor.known-surname"
	case len(m.words) == 1 && strings.Contains(key, " ") && strings.HasSuffix(full, " "+key):
		// A hyphenated surname is one word of the text and several of the key ("Doe-Example"
		// is "doe eksample"): it is the end of the full name, not its last word.
		rule = "actor.known-surname"
	case len(m.words) > 1 && full == key:
		rule = "actor.known-name"
	}
	if rule == "" {
		if !slices.Contains(r.unresolved, key) {
			r.unresolved = append(r.unresolved, key)
		}
		return -1
	}
	m.rule = rule
	m.role, m.country = pick(m.role, k.Role), pick(m.country, k.Country)
	return r.fullName(&mention{words: strings.Fields(k.Name), known: -1})
}

// capitalisedName reports a pending run that may be a name another article gave: one
// capitalised word, or two or three (no particle surname, "Bin Zayed", which is a
// patronymic) each capitalised ("Tamsk Oduya and Volkonsky met": a given name the
// lexicon does not know vouches for nothing).
func capitalisedName(words []string) bool {
	if len(words) == 0 || len(words) > 3 || particleSurnameWords(words) {
		return false
	}
	for _, w := range words {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// nameLike reports whether the one-word mention m with key reads as a name, not as a
// common word that opens a sentence ("Long queues formed" beside a known "Tran Duc
// Long"): the article never writes the word in lower case, and one that opens its
// sentence is followed by "and", a comma, a possessive, a speech verb or a contact word
// ("Vautrin and Tarasov spoke", "Mehra met Volkonsky"). A word across the database is
// weaker evidence than a person of the article, which actor.surname needs.
func (r *resolver) nameLike(m *mention, key string) bool {
	for k := 0; len(m.words) == 1 && k < len(r.s.toks); k++ { // a full name's key is no word
		if t := r.s.toks[k]; t.Kind == tokens.Word && !t.Cap && t.Low == key {
			return false
		}
	}
	se := r.s.sents[m.sent]
	if m.from > se.from {
		return true
	}
	if m.to >= se.to {
		return false
	}
	next := r.s.toks[m.to]
	if next.Text == "," || next.Low == "and" || next.Kind == tokens.Poss || r.x.gaz.IsSpeechVerb(next.Low) {
		return true
	}
	_, contact := r.x.gaz.ContactWords[next.Low]
	return contact
}

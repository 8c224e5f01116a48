package main_test

import (
	"regexp"
	"strings"
	"testing"
)

// contactPredicate is the predicate of a sentence that reports a held contact, found by
// findPredicate: where its words sit in the sentence and the forms a rewrite puts in their
// place ("met" -> "meet", "meeting", "met", "a meeting with").
type contactPredicate struct {
	start, end int // byte offsets of the replaced words (the auxiliary included)
	aux        string
	base       string // "meet", "hold talks with", "speak by phone with"
	ing        string // "meeting", "holding talks with"
	pp         string // "met", "held talks with"
	noun       string // "a meeting with", "talks with": the contact as a noun
	plural     bool   // the subject is plural: "X and Y met", "They spoke"
	present    bool   // the predicate is in the simple present: "X meets Y"
	future     bool   // the predicate is "will" and the base form: "X will meet Y"
}

// contactVerbs are the forms of the contact verbs the rewrites edit, by the form printed:
// base, -ing, past participle, and whether the printed form is the present.
var contactVerbs = map[string]struct {
	base, ing, pp string
	present       bool
}{
	"meet": {"meet", "meeting", "met", false}, "speak": {"speak", "speaking", "spoken", false},
	"talk": {"talk", "talking", "talked", false}, "hold": {"hold", "holding", "held", false},
	"have": {"have", "having", "had", false}, "phone": {"phone", "phoning", "phoned", false},
	"call": {"call", "calling", "called", false}, "host": {"host", "hosting", "hosted", false},
	"receive": {"receive", "receiving", "received", false},
	"met":     {"meet", "meeting", "met", false}, "meets": {"meet", "meeting", "met", true},
	"spoke": {"speak", "speaking", "spoken", false}, "spoken": {"speak", "speaking", "spoken", false},
	"speaks": {"speak", "speaking", "spoken", true}, "talked": {"talk", "talking", "talked", false},
	"held": {"hold", "holding", "held", false}, "holds": {"hold", "holding", "held", true},
	"had":    {"have", "having", "had", false},
	"phoned": {"phone", "phoning", "phoned", false}, "phones": {"phone", "phoning", "phoned", true},
	"telephoned": {"telephone", "telephoning", "telephoned", false},
	"called":     {"call", "calling", "called", false}, "calls": {"call", "calling", "called", true},
	"hosted": {"host", "hosting", "hosted", false}, "hosts": {"host", "hosting", "hosted", true},
	"received": {"receive", "receiving", "received", false}, "receives": {"receive", "receiving", "received", true},
}

// predicateForms are the contact predicates the rewrites edit: a pattern over the words
// (after an optional perfect auxiliary), its verb as the first group, and the words after
// the verb each form keeps and the contact as a noun ("a meeting with").
var predicateForms = []struct {
	re   *regexp.Regexp
	tail func(m []string) (tail, noun string)
}{
	{regexp.MustCompile(`^(spoke|spoken|speaks|talked|speak|talk)((?: by (?:tele)?phone| on the phone| over the phone)?) (with|to)\b`), func(m []string) (string, string) {
		if m[2] != "" {
			return m[2] + " " + m[3], "a phone call with"
		}
		return " " + m[3], "talks with"
	}},
	{regexp.MustCompile(`^(spoke|spoken|speaks|talked|speak|talk)( by (?:tele)?phone| on the phone| over the phone)\b`), func(m []string) (string, string) {
		return m[2], "a phone call" // "X and Y spoke by phone on Monday"
	}},
	{regexp.MustCompile(`^(held|holds|had|hold|have) ((?:bilateral |phone |telephone |video |virtual )?(?:talks|discussions)|a (?:bilateral |brief |separate )?(?:meeting|summit)|an? (?:phone |telephone |video )?(?:call|conversation)|a videoconference)((?: by (?:tele)?phone)?)((?: with)?)\b`), func(m []string) (string, string) {
		return " " + m[2] + m[3] + m[4], m[2] + m[3] + m[4]
	}},
	{regexp.MustCompile(`^(met|meets|meet)((?: with)?)\b`), func(m []string) (string, string) {
		return "", "a meeting" + m[2]
	}},
	{regexp.MustCompile(`^(phoned|phones|telephoned|called|calls|phone|call) (?:[A-Z]|his |her |their )`), func(m []string) (string, string) {
		return "", "a phone call with"
	}},
	{regexp.MustCompile(`^(hosted|hosts|received|receives|host|receive) (?:[A-Z]|his |her |their )`), func(m []string) (string, string) {
		return "", "a meeting with"
	}},
}

// perfectAux is a perfect auxiliary right before a contact predicate, with an adverb
// between them ("has also met").
var perfectAux = regexp.MustCompile(`\b(has|have|had)((?: (?:also|already|since|previously|recently|twice|once))?) $`)

// futureAux is "will" right before a contact verb's base form ("will meet", "will also
// hold talks").
var futureAux = regexp.MustCompile(`\bwill(?: also| then)? $`)

// subjectOpeners end the words that hold a predicate's subject: the sentence start, a
// clause's comma, "that", "who", "when", "where".
var subjectOpeners = regexp.MustCompile(`(?:^|[,;:]|\b(?:that|who|when|where|after|before|as|and then)\b)`)

// pluralSubject tells whether the words before a predicate in its clause name several
// subjects: "X and Y", "they", "the two".
func pluralSubject(before string) bool {
	locs := subjectOpeners.FindAllStringIndex(before, -1)
	clause := before
	if len(locs) > 0 {
		clause = before[locs[len(locs)-1][1]:]
	}
	clause = " " + strings.ToLower(strings.TrimSpace(clause)) + " "
	for _, w := range []string{" and ", " they ", " the two ", " both ", " leaders ", " ministers "} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// findPredicate finds the first contact predicate of a sentence in the past tense, the
// perfect, the present or the future with "will" that predicateForms knows; ok is false
// when there is none.
func findPredicate(sentence string) (contactPredicate, bool) {
	for i := 0; i < len(sentence); i++ {
		if i > 0 && isWordByte(sentence[i-1]) {
			continue
		}
		for _, f := range predicateForms {
			m := f.re.FindStringSubmatch(sentence[i:])
			if m == nil {
				continue
			}
			p := contactPredicate{start: i, end: i + len(m[0])}
			tail, noun := f.tail(m)
			if strings.HasSuffix(m[0], " ") || strings.ToLower(m[0]) != m[0] {
				p.end = i + len(m[1]) // "called X": only the verb
			}
			v := contactVerbs[m[1]]
			p.base, p.ing, p.pp, p.noun, p.present = v.base+tail, v.ing+tail, v.pp+tail, noun, v.present
			before := sentence[:i]
			if m[1] == v.base {
				a := futureAux.FindStringIndex(before)
				if a == nil {
					continue // "to meet", "did not meet": no plain future
				}
				p.start, p.future = a[0], true
			} else if a := perfectAux.FindStringSubmatchIndex(before); a != nil {
				p.aux = before[a[2]:a[3]] // an adverb between goes with it: "has also met" -> "has not met"
				p.start = a[0]
			}
			if !strings.HasSuffix(p.noun, "with") && objectNext(sentence[p.end:]) {
				p.noun += " with" // "met Y" -> "a meeting with Y"
			}
			p.plural = pluralSubject(sentence[:p.start])
			return p, true
		}
	}
	return contactPredicate{}, false
}

// notObject are the words after an intransitive contact predicate that name no party:
// "met on Tuesday", "held talks in Jakarta".
var notObject = map[string]bool{"on": true, "in": true, "at": true, "for": true, "last": true, "this": true, "after": true,
	"before": true, "during": true, "later": true, "again": true, "over": true, "by": true, "about": true, "and": true,
	"privately": true, "briefly": true, "separately": true, "twice": true, "yesterday": true, "today": true, "earlier": true}

// objectNext tells whether the words after a predicate open its object: a word that is
// no preposition or adverb, right after a space.
func objectNext(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	f := strings.Fields(rest)
	return len(f) > 0 && isWordByte(f[0][0]) && !notObject[strings.ToLower(strings.Trim(f[0], ",.;:"))]
}

func isWordByte(b byte) bool {
	return b == '-' || b == '\'' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// pastTimes are words that tie a sentence to a time before its writing, which a plan or a
// possibility cannot take ("will meet Y last week").
var pastTimes = regexp.MustCompile(`(?i)\b(?:yesterday|last (?:week|month|year|night|weekend)|ago|earlier|previously|this morning|in (?:19|20)\d\d)\b`)

// negationRewrite is one edit of a contact predicate: the words that replace it, or ok
// false when the sentence cannot take it grammatically.
type negationRewrite struct {
	name string
	want string // the status the guidelines give the edited contact, or "" for no contact
	edit func(s string, p contactPredicate) (string, bool)
}

// agree picks the singular or plural form of a present verb by the subject.
func agree(p contactPredicate, one, many string) string {
	if p.plural {
		return many
	}
	return one
}

// replacePredicate puts words in the place of p in s.
func replacePredicate(s string, p contactPredicate, words string) string {
	return s[:p.start] + words + s[p.end:]
}

// pastAct is an edit by a verb in the past that takes the predicate after it ("refused to
// meet", "denied meeting", "cancelled a meeting with"), kept in the perfect when the
// sentence has it ("has refused to meet").
func pastAct(verb string, form func(p contactPredicate) string) func(string, contactPredicate) (string, bool) {
	return func(s string, p contactPredicate) (string, bool) {
		words := verb + " " + form(p)
		if p.aux != "" {
			words = p.aux + " " + words
		}
		return replacePredicate(s, p, words), true
	}
}

// ahead is an edit that moves the predicate to a time ahead or a possibility ("will
// meet", "could meet"): a sentence tied to a past time cannot take it.
func ahead(head func(p contactPredicate) string) func(string, contactPredicate) (string, bool) {
	return func(s string, p contactPredicate) (string, bool) {
		if pastTimes.MatchString(s) {
			return "", false
		}
		return replacePredicate(s, p, head(p)+" "+p.base), true
	}
}

// opened is an edit that puts words before the sentence and the predicate in the base
// form after modal ("If invited, the envoy would meet Y"): the sentence must open with
// its subject, a name or a word that can be lower-cased.
func opened(opening, modal string) func(string, contactPredicate) (string, bool) {
	return func(s string, p contactPredicate) (string, bool) {
		if pastTimes.MatchString(s) {
			return "", false
		}
		return ledBy(opening, replacePredicate(s, p, modal+" "+p.base), s[:p.start])
	}
}

// leadingPreposition are the words that open a sentence with a phrase before its subject,
// which an opening put before them would not lead: "Among those he met is X".
var leadingPreposition = map[string]bool{"Among": true, "In": true, "At": true, "On": true, "During": true, "After": true,
	"Before": true, "With": true, "For": true, "From": true, "Since": true, "Amid": true, "Despite": true, "As": true}

// ledBy puts an opening before a sentence whose words before its predicate are before:
// the sentence must open with its subject, a name or a word that can be lower-cased.
func ledBy(opening, s, before string) (string, bool) {
	first, rest, _ := strings.Cut(s, " ")
	switch first {
	case "The", "A", "An", "He", "She", "They", "It", "Both":
		first = strings.ToLower(first)
	default:
		if first == "" || first[0] < 'A' || first[0] > 'Z' || strings.ContainsAny(before, ",–-") || strings.Contains(before, " said ") || strings.ToUpper(first) == first || leadingPreposition[first] {
			return "", false // "On Monday, X met Y", "PARIS - X met Y", "X said he met Y", "Among those he met": the opening would not lead the clause
		}
	}
	return opening + first + " " + rest, true
}

func fixed(w string) func(contactPredicate) string { return func(contactPredicate) string { return w } }

// negationFamilies are the edits of TestNegatedTuneContacts, by family: what a reported
// contact becomes when it is denied, refused, cancelled, planned, hypothetical or asked for.
func negationFamilies() []struct {
	name     string
	rewrites []negationRewrite
} {
	ing := func(p contactPredicate) string { return p.ing }
	noun := func(p contactPredicate) string { return p.noun }
	to := func(p contactPredicate) string { return "to " + p.base }
	return []struct {
		name     string
		rewrites []negationRewrite
	}{
		{"negated", []negationRewrite{
			{"did not", "", func(s string, p contactPredicate) (string, bool) {
				if p.future {
					return replacePredicate(s, p, "will not "+p.base), true
				}
				if p.aux != "" {
					return replacePredicate(s, p, p.aux+" not "+p.pp), true
				}
				if p.present {
					return replacePredicate(s, p, agree(p, "does", "do")+" not "+p.base), true
				}
				return replacePredicate(s, p, "did not "+p.base), true
			}},
			{"never", "", func(s string, p contactPredicate) (string, bool) {
				if p.future {
					return replacePredicate(s, p, "will never "+p.base), true
				}
				if p.aux != "" {
					return replacePredicate(s, p, p.aux+" never "+p.pp), true
				}
				return replacePredicate(s, p, "never "+s[p.start:p.end]), true
			}},
			{"has not", "", func(s string, p contactPredicate) (string, bool) {
				if pastTimes.MatchString(s) && p.aux == "" || p.future {
					return "", false
				}
				aux := p.aux
				if aux == "" {
					aux = agree(p, "has", "have")
				}
				return replacePredicate(s, p, aux+" not "+p.pp), true
			}},
			{"will not", "", ahead(fixed("will not"))},
			{"has no plans to", "", ahead(func(p contactPredicate) string { return agree(p, "has", "have") + " no plans to" })},
			{"is unlikely to", "", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " unlikely to" })},
		}},
		{"denied", []negationRewrite{
			{"denied ing", "", pastAct("denied", ing)},
			{"denied having", "", pastAct("denied having", func(p contactPredicate) string { return p.pp })},
			{"dismissed reports of", "", pastAct("dismissed reports of", noun)},
		}},
		{"refused", []negationRewrite{
			{"refused to", "", pastAct("refused", to)},
			{"declined to", "", pastAct("declined", to)},
			{"ruled out", "", pastAct("ruled out", noun)},
			{"rejected", "", pastAct("rejected", noun)},
			{"turned down", "", pastAct("turned down", noun)},
		}},
		{"cancelled", []negationRewrite{
			{"cancelled", "cancelled", pastAct("cancelled", noun)},
			{"called off", "cancelled", pastAct("called off", noun)},
			{"postponed", "cancelled", pastAct("postponed", noun)},
			{"scrapped", "cancelled", pastAct("scrapped", noun)},
		}},
		{"planned", []negationRewrite{
			{"will", "scheduled", ahead(fixed("will"))},
			{"is expected to", "scheduled", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " expected to" })},
			{"plans to", "scheduled", ahead(func(p contactPredicate) string { return agree(p, "plans", "plan") + " to" })},
			{"is due to", "scheduled", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " due to" })},
			{"is scheduled to", "scheduled", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " scheduled to" })},
			{"is set to", "scheduled", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " set to" })},
			{"is to", "scheduled", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " to" })},
		}},
		{"hypothetical", []negationRewrite{
			{"could", "proposed", ahead(fixed("could"))},
			{"may", "proposed", ahead(fixed("may"))},
			{"is ready to", "proposed", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " ready to" })},
			{"might", "proposed", ahead(fixed("might"))},
			{"is willing to", "proposed", ahead(func(p contactPredicate) string { return agree(p, "is", "are") + " willing to" })},
			{"would be willing to", "", ahead(fixed("would be willing to"))},
			{"would if", "", opened("If invited, ", "would")},
			{"would only after", "", func(s string, p contactPredicate) (string, bool) {
				if pastTimes.MatchString(s) || !strings.HasSuffix(s, ".") || strings.ContainsAny(s[p.end:], ",;") {
					return "", false
				}
				out := replacePredicate(s, p, "would "+p.base)
				return strings.TrimSuffix(out, ".") + " only after a ceasefire.", true
			}},
		}},
		{"tried", []negationRewrite{
			{"tried to", "", pastAct("tried", to)},
			{"failed to", "", pastAct("failed", to)},
			{"was unable to", "", func(s string, p contactPredicate) (string, bool) {
				if p.aux != "" {
					return replacePredicate(s, p, p.aux+" been unable to "+p.base), true // "had been unable to meet"
				}
				return replacePredicate(s, p, agree(p, "was", "were")+" unable to "+p.base), true
			}},
			{"attempted to", "", pastAct("attempted", to)},
		}},
		{"doubted", []negationRewrite{
			{"analysts doubt that", "proposed", opened("Analysts doubt that ", "will")},
			{"it is unclear whether", "", opened("It is unclear whether ", "will")},
		}},
		{"noun subject", []negationRewrite{
			{"was cancelled", "cancelled", nounSubject("was cancelled", "were cancelled")},
			{"was called off", "cancelled", nounSubject("was called off", "were called off")},
			{"has been postponed", "cancelled", nounSubject("has been postponed", "have been postponed")},
			{"did not take place", "", nounSubject("did not take place", "did not take place")},
			{"failed to take place", "", nounSubject("failed to take place", "failed to take place")},
			{"was ruled out", "", nounSubject("was ruled out", "were ruled out")},
			{"is not on the cards", "", nounSubject("is not on the cards", "are not on the cards")},
			{"is unlikely", "", nounSubject("is unlikely", "are unlikely")},
			{"will take place", "scheduled", nounSubject("will take place", "will take place")},
			{"is expected to take place", "scheduled", nounSubject("is expected to take place", "are expected to take place")},
			{"could take place", "proposed", nounSubject("could take place", "could take place")},
			{"is possible", "proposed", nounSubject("is possible", "are possible")},
		}},
		{"requested", []negationRewrite{
			{"asked to", "proposed", pastAct("asked", to)},
			{"offered to", "proposed", pastAct("offered", to)},
			{"sought", "proposed", pastAct("sought", noun)},
			{"requested", "proposed", pastAct("requested", noun)},
			{"proposed", "proposed", pastAct("proposed", noun)},
			{"called for", "proposed", pastAct("called for", noun)},
			{"hopes to", "proposed", ahead(func(p contactPredicate) string { return agree(p, "hopes", "hope") + " to" })},
		}},
	}
}

// objectStops are the words that end a predicate's object: prepositions of time and
// place, clause words.
var objectStops = map[string]bool{"on": true, "in": true, "at": true, "for": true, "last": true, "about": true, "to": true,
	"during": true, "after": true, "before": true, "by": true, "over": true, "this": true, "earlier": true, "later": true,
	"who": true, "which": true, "where": true, "when": true, "while": true, "as": true, "since": true, "amid": true,
	"ahead": true, "today": true, "yesterday": true, "separately": true, "again": true, "together": true, "via": true}

// nameJoiners are the lower-case words a subject made of names and titles may hold.
var nameJoiners = map[string]bool{"of": true, "the": true, "and": true, "al": true, "bin": true, "de": true, "van": true,
	"von": true, "former": true, "incoming": true, "foreign": true, "prime": true, "minister": true, "president": true}

// subjectSpan returns the byte range of a predicate's subject: the words from the last
// clause opener before it, when they open with a capital and are no pronoun.
func subjectSpan(s string, p contactPredicate) (int, int, bool) {
	before := s[:p.start]
	from := 0
	if locs := subjectOpeners.FindAllStringIndex(before, -1); len(locs) > 0 {
		from = locs[len(locs)-1][1]
	}
	for from < len(before) && before[from] == ' ' {
		from++
	}
	subj := strings.TrimSpace(before[from:])
	if subj == "" || subj[0] < 'A' || subj[0] > 'Z' || strings.ContainsAny(subj, "()\"“”") {
		return 0, 0, false
	}
	switch strings.Fields(subj)[0] {
	case "He", "She", "They", "I", "We", "It", "The", "This", "That":
		return 0, 0, false
	}
	for _, w := range strings.Fields(subj) {
		if w[0] >= 'a' && w[0] <= 'z' && !nameJoiners[w] {
			return 0, 0, false // "Mr Downer also", "Among those he": no plain name
		}
	}
	return from, from + len(subj), true
}

// objectSpan returns the byte range of a predicate's object after it ("with" skipped):
// the words up to a stop word or punctuation, holding a capitalized word; empty when the
// predicate has none ("X and Y met on Monday").
func objectSpan(s string, p contactPredicate) (int, int, bool) {
	i := p.end
	rest := s[i:]
	for _, w := range []string{" with ", " to "} {
		if strings.HasPrefix(rest, w) {
			i += len(w) - 1
			rest = s[i:]
		}
	}
	if !strings.HasPrefix(rest, " ") {
		return i, i, true
	}
	from := i + 1
	end, capital := from, false
	for _, w := range strings.SplitAfter(s[from:], " ") {
		word := strings.TrimSpace(w)
		bare := strings.TrimRight(word, ",.;:")
		if objectStops[strings.ToLower(bare)] || bare == "" || !isWordByte(bare[0]) {
			break
		}
		if bare[0] >= 'A' && bare[0] <= 'Z' {
			capital = true
		}
		end += len(bare)
		if bare != word {
			break // punctuation ends it
		}
		end += len(w) - len(word)
	}
	end = from + len(strings.TrimSpace(s[from:end]))
	if strings.HasPrefix(s[end:], ",") {
		return 0, 0, false // "his counterpart, X Y,", "X, Y and Z": an apposition or a list the noun would split
	}
	if !capital {
		return i, i, from == end || objectStops[strings.ToLower(strings.Fields(s[from:])[0])]
	}
	return from, end, true
}

// secondTelling matches a contact noun after a predicate's object, which tells the same
// contact again ("met Y for talks on trade", "ahead of the talks").
var secondTelling = regexp.MustCompile(`\b(?:talks|meeting|call|conversation|summit)\b`)

// nounSubject rewrites a sentence whose predicate reports a contact so that the contact is
// a noun opening its clause, "A meeting between X and Y", followed by words that give its
// status ("was cancelled", "did not take place"); ok false when the subject or the object
// cannot be told apart.
func nounSubject(one, many string) func(string, contactPredicate) (string, bool) {
	return func(s string, p contactPredicate) (string, bool) {
		sf, st, ok := subjectSpan(s, p)
		if !ok {
			return "", false
		}
		of, ot, ok := objectSpan(s, p)
		if !ok {
			return "", false
		}
		subj := s[sf:st]
		parties := subj
		if of < ot {
			parties = subj + " and " + s[of:ot]
		} else if !strings.Contains(subj, " and ") {
			return "", false // "X met on Monday": one party
		}
		noun := strings.TrimSuffix(strings.TrimSuffix(p.noun, " with"), " ")
		verb := one
		if strings.HasSuffix(noun, "s") {
			verb = many // "talks ... were cancelled"
		}
		if sf == 0 {
			noun = strings.ToUpper(noun[:1]) + noun[1:]
		}
		end := max(ot, p.end)
		if secondTelling.MatchString(s[end:]) {
			return "", false // "X met Y for talks on trade": the talks would stay held
		}
		return s[:sf] + noun + " between " + parties + " " + verb + s[end:], true
	}
}

// rewriteSentence applies the named rewrite of a family to a sentence: the edited
// sentence, or ok false when it has no predicate findPredicate knows or cannot take it.
func rewriteSentence(family, rewrite, s string) (string, bool) {
	p, ok := findPredicate(s)
	if !ok {
		return "", false
	}
	for _, f := range negationFamilies() {
		for _, r := range f.rewrites {
			if f.name == family && r.name == rewrite {
				return r.edit(s, p)
			}
		}
	}
	return "", false
}

func TestNegationRewrites(t *testing.T) {
	for _, tc := range []struct {
		name, family, rewrite, in, want string
	}{
		{"did not meet", "negated", "did not", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Tuesday.",
			"Prime Minister Lena Ortberg did not meet President Alain Duroc in Brussels on Tuesday."},
		{"has not spoken", "negated", "did not", "Ortberg has spoken with Duroc twice this month.",
			"Ortberg has not spoken with Duroc twice this month."},
		{"never held talks", "negated", "never", "The foreign minister held talks with his Danish counterpart, Mads Kjeldsen.",
			"The foreign minister never held talks with his Danish counterpart, Mads Kjeldsen."},
		{"have not spoken, plural", "negated", "has not", "Ortberg and Duroc spoke by phone with the envoy.",
			"Ortberg and Duroc have not spoken by phone with the envoy."},
		{"has not, past time", "negated", "has not", "Ortberg met Duroc last week.", ""},
		{"denied phoning", "denied", "denied ing", "Senator Ruth Calloway phoned Governor Eli Marsh on Sunday.",
			"Senator Ruth Calloway denied phoning Governor Eli Marsh on Sunday."},
		{"denied having held talks", "denied", "denied having", "Calloway held talks with Marsh in Denver.",
			"Calloway denied having held talks with Marsh in Denver."},
		{"refused to meet with", "refused", "refused to", "Calloway met with Marsh on Sunday, aides said.",
			"Calloway refused to meet Marsh on Sunday, aides said."},
		{"ruled out talks", "refused", "ruled out", "Calloway talked to Marsh about the budget.",
			"Calloway ruled out talks with Marsh about the budget."},
		{"cancelled a meeting", "cancelled", "cancelled", "Calloway met Marsh.", "Calloway cancelled a meeting with Marsh."},
		{"called off a phone call", "cancelled", "called off", "Calloway spoke by phone with Marsh on Friday.",
			"Calloway called off a phone call with Marsh on Friday."},
		{"postponed, perfect", "cancelled", "postponed", "Calloway has held talks with Marsh.",
			"Calloway has postponed talks with Marsh."},
		{"will meet", "planned", "will", "Ortberg met Duroc in Brussels on Tuesday.", "Ortberg will meet Duroc in Brussels on Tuesday."},
		{"are expected to", "planned", "is expected to", "Ortberg and Duroc held talks in Oslo.",
			"Ortberg and Duroc are expected to hold talks in Oslo."},
		{"is due to hold talks", "planned", "is due to", "Ortberg has held talks with Duroc.", "Ortberg is due to hold talks with Duroc."},
		{"plans, past time", "planned", "plans to", "Ortberg met Duroc yesterday.", ""},
		{"may hold talks", "hypothetical", "may", "Ortberg held talks with Duroc.", "Ortberg may hold talks with Duroc."},
		{"would meet if invited", "hypothetical", "would if", "The envoy met Duroc in Paris.", "If invited, the envoy would meet Duroc in Paris."},
		{"sought a call", "requested", "sought", "Calloway telephoned Marsh after the vote.", "Calloway sought a phone call with Marsh after the vote."},
		{"asked to meet", "requested", "asked to", "Calloway and Marsh met on the sidelines.", "Calloway and Marsh asked to meet on the sidelines."},
		{"does not meet", "negated", "did not", "Prime Minister Lena Ortberg meets President Alain Duroc in Brussels.",
			"Prime Minister Lena Ortberg does not meet President Alain Duroc in Brussels."},
		{"refused to host", "refused", "refused to", "Ortberg hosted Duroc at her residence.", "Ortberg refused to host Duroc at her residence."},
		{"spoke by phone, no object", "negated", "did not", "Ortberg and Duroc spoke by phone on Monday.", "Ortberg and Duroc did not speak by phone on Monday."},
		{"held a summit, cancelled", "cancelled", "cancelled", "Ortberg held a summit with Duroc in May.", "Ortberg cancelled a summit with Duroc in May."},
		{"a meeting between them was cancelled", "noun subject", "was cancelled", "Prime Minister Lena Ortberg met President Alain Duroc in Brussels on Tuesday.",
			"A meeting between Prime Minister Lena Ortberg and President Alain Duroc was cancelled in Brussels on Tuesday."},
		{"talks between them did not take place", "noun subject", "did not take place", "On Monday, Ortberg and Duroc held talks in Oslo.",
			"On Monday, talks between Ortberg and Duroc did not take place in Oslo."},
		{"a phone call between them is possible", "noun subject", "is possible", "Ortberg phoned Danish Foreign Minister Mads Kjeldsen on Friday.",
			"A phone call between Ortberg and Danish Foreign Minister Mads Kjeldsen is possible on Friday."},
		{"an apposition after the object", "noun subject", "is possible", "Ortberg phoned his Danish counterpart, Mads Kjeldsen, on Friday.", ""},
		{"a pronoun subject takes no noun", "noun subject", "is possible", "He met Duroc.", ""},
		{"will not meet", "negated", "did not", "Ortberg will meet Duroc in Brussels on Tuesday.", "Ortberg will not meet Duroc in Brussels on Tuesday."},
		{"will hold talks, refused", "refused", "refused to", "Ortberg will also hold talks with Duroc.", "Ortberg refused to hold talks with Duroc."},
		{"to meet is no plain future", "negated", "did not", "Ortberg agreed to meet Duroc.", ""},
		{"would meet only after", "hypothetical", "would only after", "Ortberg met Duroc in Brussels.", "Ortberg would meet Duroc in Brussels only after a ceasefire."},
		{"tried to call", "tried", "tried to", "Ortberg phoned Duroc on Monday.", "Ortberg tried to phone Duroc on Monday."},
		{"analysts doubt", "doubted", "analysts doubt that", "The envoy met Duroc in Paris.", "Analysts doubt that the envoy will meet Duroc in Paris."},
		{"no doubt after an opening", "doubted", "analysts doubt that", "On Monday, Ortberg met Duroc.", ""},
		{"no predicate", "negated", "did not", "Calloway criticised Marsh over the budget.", ""},
		{"called for is no call", "negated", "did not", "Calloway called for calm.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := rewriteSentence(tc.family, tc.rewrite, tc.in)
			if !ok {
				got = ""
			}
			if got != tc.want {
				t.Errorf("rewrite %s/%s of %q\n got %q\nwant %q", tc.family, tc.rewrite, tc.in, got, tc.want)
			}
		})
	}
}

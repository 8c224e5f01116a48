package main_test

import (
	"regexp"
	"slices"
	"strings"
)

// A paraphrase rewrites a story's body in the other words real outlets use for the same
// facts: wire copy, government readouts and papers attribute, name and report contacts
// each their own way. Every rewrite keeps the gold matchable as it is (score.py matches
// actors by name without titles, contacts by their parties, quotes by the words inside the
// quotation marks): it never touches the words inside quotation marks, never a gold name,
// never a contact's mode, status or day. So no gold field changes.

// paraPerson is a gold person of the article a paraphrase may name otherwise: the name,
// the role the gold gives.
type paraPerson struct{ name, role string }

// paraphrase is one family of rewrites of a story's body.
type paraphrase func(body string, people []paraPerson) string

// nameRun is a capitalized name as attributions print it: "Rice", "Condoleezza Rice",
// "Secretary of State Condoleezza Rice", "U.S. envoy"s capitalized words; spaces only
// between them, never the end of a paragraph.
const nameRun = `[A-Z][\p{L}'.-]*(?: (?:of )?[A-Z][\p{L}'.-]*){0,4}`

// quoteSplit cuts a paragraph at quotation marks: straight ones toggle, curly ones open
// and close. It returns the pieces and, per piece, whether it lies inside a quotation.
func quoteSplit(par string) (pieces []string, inside []bool) {
	var cur strings.Builder
	in := false
	flush := func() {
		pieces, inside = append(pieces, cur.String()), append(inside, in)
		cur.Reset()
	}
	for _, r := range par {
		switch {
		case r == '"' || (r == '“' && !in) || (r == '”' && in):
			if in {
				cur.WriteRune(r)
				flush()
			} else {
				flush()
				cur.WriteRune(r)
			}
			in = !in
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return pieces, inside
}

// outsideQuotes applies f to the text of body outside quotation marks, paragraph by
// paragraph, so that a quotation's words stay the gold's.
func outsideQuotes(body string, f func(string) string) string {
	lines := strings.Split(body, "\n")
	for i, line := range lines {
		pieces, inside := quoteSplit(line)
		for j := range pieces {
			if !inside[j] {
				pieces[j] = f(pieces[j])
			}
		}
		lines[i] = strings.Join(pieces, "")
	}
	return strings.Join(lines, "\n")
}

// attributionOrder swaps the order of an attribution after a quotation, as papers and
// wires differ: `"...," Rice said.` <-> `"...," said Rice.` (and `said Rice, noting`).
func attributionOrder(body string, _ []paraPerson) string {
	re := regexp.MustCompile(`([,?!]["”]) (?:said (` + nameRun + `)|(` + nameRun + `) said)(\.|,\s+\w+ing\b)`)
	return re.ReplaceAllStringFunc(body, func(m string) string {
		s := re.FindStringSubmatch(m)
		if s[2] != "" {
			return s[1] + " " + s[2] + " said" + s[4]
		}
		return s[1] + " said " + s[3] + s[4]
	})
}

// saidVerbs are the verbs copy uses for "said", taken in turn: "told reporters" only
// where nothing but a clause or the sentence's end follows.
var saidVerbs = []string{"told reporters", "added", "stressed", "noted"}

// saidAdjuncts are words after "said" that open no reported clause: "said on Monday".
var saidAdjuncts = map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true, "before": true, "following": true,
	"while": true, "when": true, "late": true, "earlier": true, "last": true, "yesterday": true, "today": true,
	"tonight": true, "this": true, "from": true, "through": true, "via": true, "to": true, "of": true,
	"about": true, "as": true, "by": true, "with": true, "afterward": true, "later": true, "separately": true,
}

// attributionVerbs writes "X said" (a name or he/she) as "X told reporters", "X added",
// "X stressed", "X noted", in turn; a reported clause after them opens with "that" ("Rice
// stressed that the steps ...").
func attributionVerbs(body string, _ []paraPerson) string {
	re := regexp.MustCompile(`\b(` + nameRun + `|[Hh]e|[Ss]he) said( that\b|[.,]| [a-z]+)`)
	n := 0
	return outsideQuotes(body, func(s string) string {
		return re.ReplaceAllStringFunc(s, func(m string) string {
			p := re.FindStringSubmatch(m)
			v := saidVerbs[n%len(saidVerbs)]
			n++
			rest := p[2]
			if rest != " that" && rest != "." && rest != "," {
				if v == "told reporters" {
					v = "added"
				}
				if !saidAdjuncts[strings.TrimSpace(rest)] {
					rest = " that" + rest
				}
			}
			return p[1] + " " + v + rest
		})
	})
}

// attributionAccording writes a reported sentence's closing ", X said." as ", according
// to X.": "The talks lasted two hours, the ministry said." -> ", according to the ministry."
func attributionAccording(body string, _ []paraPerson) string {
	re := regexp.MustCompile(`, (` + nameRun + `|the [a-z]+(?: [a-z]+){0,2}) said\.`)
	return outsideQuotes(body, func(s string) string {
		return re.ReplaceAllString(s, ", according to $1.")
	})
}

// attributionColon writes a sentence that opens with a quotation and its attribution,
// `"...," Rice said. More`, as a colon intro: `Rice said: "...." More`, at a paragraph's
// start or after an earlier sentence's end.
func attributionColon(body string, _ []paraPerson) string {
	re := regexp.MustCompile(`(?m)(^|[.!?]["”]? )(["“])([^"“”\n]+),(["”]) (?:said (` + nameRun + `)|(` + nameRun + `) said)\.`)
	return re.ReplaceAllStringFunc(body, func(m string) string {
		s := re.FindStringSubmatch(m)
		return s[1] + s[5] + s[6] + " said: " + s[2] + s[3] + "." + s[4]
	})
}

// calendarWords are the capitalized words after "met" that are no one met: days, months.
var calendarWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
}

// meetAdjuncts are words after "met" that tell it has no object: "the two met on Monday".
var meetAdjuncts = map[string]bool{
	"on": true, "in": true, "at": true, "for": true, "last": true, "again": true, "briefly": true, "twice": true,
	"privately": true, "later": true, "earlier": true, "yesterday": true, "today": true, "this": true,
	"separately": true, "behind": true, "over": true, "during": true, "after": true, "before": true,
}

// meetNoObject are words after "met" that neither are whom nor tell there is no one:
// "Among those he met is X".
var meetNoObject = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "and": true, "or": true,
	"but": true, "who": true, "that": true, "which": true, "to": true, "by": true, "as": true,
}

// meetObject tells whether the word after "met" starts whom ("met Rice", "met the
// envoy", "met survivors"), whether it tells there is no one ("met on Monday", "met."), or
// neither. Punctuation after it ("met Rice,", "met U.S.") keeps it whom.
func meetObject(w string) (object, none bool) {
	bare := strings.TrimRight(w, ",.;:")
	switch {
	case meetAdjuncts[bare] || calendarWords[bare]:
		return false, true
	case meetNoObject[bare]:
		return false, false
	}
	return true, false
}

// meetingForms are the forms of the meeting family, by tense: past, present (third
// person) and base.
var meetingForms = map[string][]string{
	"past":    {"held talks with", "met with", "had a meeting with", "met"},
	"present": {"holds talks with", "meets with", "has a meeting with", "meets"},
	"base":    {"hold talks with", "meet with", "have a meeting with", "meet"},
}

// meetingPredicates writes the meeting verbs in the other predicates of their family,
// keeping tense: "met" -> "held talks with" -> "met with" -> "had a meeting with" -> "met"
// (and "meets", "meet"); "met" with no one after it, "the two met on Monday", -> "held
// talks". A passive "was met by" stays.
func meetingPredicates(body string, _ []paraPerson) string {
	re := regexp.MustCompile(`\b(?:(met|meets|meet)(?: with)?|(held|holds|hold) talks with|(had|has|have) a meeting with) (\S+)`)
	passive := regexp.MustCompile(`\b(was|were|been|being|is|are|be)\s*$`)
	tense := map[string]string{"met": "past", "held": "past", "had": "past", "meets": "present", "holds": "present",
		"has": "present", "meet": "base", "hold": "base", "have": "base"}
	n := 0
	return outsideQuotes(body, func(s string) string {
		var b strings.Builder
		last := 0
		for _, ix := range re.FindAllStringSubmatchIndex(s, -1) {
			m := re.FindStringSubmatch(s[ix[0]:ix[1]])
			verb := m[1] + m[2] + m[3]
			next := m[4]
			object, none := meetObject(next)
			if passive.MatchString(s[:ix[0]]) || (!object && !none) || (m[1] == "" && !object) {
				continue
			}
			forms := meetingForms[tense[verb]]
			orig := strings.TrimSuffix(s[ix[0]:ix[1]], " "+next)
			var out string
			if object {
				out = forms[n%len(forms)]
				if out == orig {
					out = forms[(n+1)%len(forms)]
				}
			} else {
				out = strings.TrimSuffix(forms[0], " with")
			}
			n++
			b.WriteString(s[last:ix[0]] + out + " " + next)
			last = ix[1]
		}
		b.WriteString(s[last:])
		return b.String()
	})
}

// phoneForms are the phone family's predicates, taken in turn.
var phoneForms = []string{"held a phone call with", "had a telephone conversation with", "talked by telephone with", "spoke by phone with"}

// phonePredicates writes the phone verbs in the other predicates of their family: "spoke
// by phone with" <-> "held a phone call with" <-> "had a telephone conversation with" <->
// "talked by telephone with"; "spoke with X by phone" -> "held a phone call with X";
// "phoned" -> "called".
func phonePredicates(body string, _ []paraPerson) string {
	verb := regexp.MustCompile(`\b(?:(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone (?:with|to)|(?:held|had) an? (?:tele)?phone (?:call|conversation) with|had a telephone conversation with)\b`)
	split := regexp.MustCompile(`\b(?:spoke|talked) (?:with|to) ((?:[A-Z]|him\b|her\b)[^,.;"]{0,59}?) (?:by|over the|on the) (?:tele)?phone\b`)
	n := 0
	return outsideQuotes(body, func(s string) string {
		s = verb.ReplaceAllStringFunc(s, func(m string) string {
			out := phoneForms[n%len(phoneForms)]
			if out == m {
				out = phoneForms[(n+1)%len(phoneForms)]
			}
			n++
			return out
		})
		s = split.ReplaceAllString(s, "held a phone call with $1")
		return regexp.MustCompile(`\bphoned\b`).ReplaceAllString(s, "called")
	})
}

// contactNouns writes the noun forms of a contact in the other ones: "in a meeting with"
// <-> "during a meeting with" <-> "during talks with"; "in a phone call with" <-> "during a
// phone call with" <-> "in a telephone conversation with".
func contactNouns(body string, _ []paraPerson) string {
	meet := regexp.MustCompile(`\b(in|during) (a|their|the) (meeting|talks) with\b`)
	phone := regexp.MustCompile(`\b(in|during) (a|their|the) (phone call|telephone call|call|telephone conversation|phone conversation) with\b`)
	return outsideQuotes(body, func(s string) string {
		s = meet.ReplaceAllStringFunc(s, func(m string) string {
			p := meet.FindStringSubmatch(m)
			if p[1] == "in" {
				return "during " + p[2] + " " + p[3] + " with"
			}
			if p[3] == "meeting" {
				return "during talks with"
			}
			return "in a meeting with"
		})
		return phone.ReplaceAllStringFunc(s, func(m string) string {
			p := phone.FindStringSubmatch(m)
			if p[1] == "in" {
				return "during " + p[2] + " " + p[3] + " with"
			}
			return "in a telephone conversation with"
		})
	})
}

// surnamesOf returns the gold persons whose surname a mention rewrite may touch, by
// surname: the last word of a name of two words or more, a plain capitalized word, which
// the article never prints in lower case and no other gold person of the article shares.
// The rewrites go through them in the order of their surnames (surnamed), never a map's:
// each rewrites the body the one before left, so a map's order, new every run, could make
// a family's corpus, and its score, differ between runs.
func surnamesOf(body string, people []paraPerson) []surnamed {
	var out []surnamed
	for sur, p := range surnameMap(body, people) {
		out = append(out, surnamed{sur, p})
	}
	slices.SortFunc(out, func(a, b surnamed) int { return strings.Compare(a.sur, b.sur) })
	return out
}

// surnamed is a gold person with the surname surnamesOf found.
type surnamed struct {
	sur string
	p   paraPerson
}

// surnameMap is surnamesOf's persons by surname.
func surnameMap(body string, people []paraPerson) map[string]paraPerson {
	count := map[string]int{}
	out := map[string]paraPerson{}
	for _, p := range people {
		ws := strings.Fields(p.name)
		if len(ws) < 2 || !plainSurname.MatchString(ws[len(ws)-1]) {
			continue
		}
		sur := ws[len(ws)-1]
		count[sur]++
		if !strings.Contains(body, strings.ToLower(sur)) {
			out[sur] = p
		}
	}
	for sur, n := range count {
		if n > 1 {
			delete(out, sur)
		}
	}
	return out
}

// titleWords are the words before a surname that make it no bare later mention.
var titleWords = regexp.MustCompile(`(?:[A-Z][\p{L}.'-]*|of)\s+$`)

// bareSurnames calls f with each bare later mention of a gold person's surname outside
// quotations (after the first mention of the full name; no capitalized word or title just
// before it, no capitalized word after it) and puts what f returns in its place.
func bareSurnames(body string, people []paraPerson, f func(sur string, p paraPerson) string) string {
	return afterFullName(body, people, func(sur string, p paraPerson, tail string) string {
		re := regexp.MustCompile(`\b` + sur + `\b`)
		return outsideQuotes(tail, func(s string) string {
			var b strings.Builder
			last := 0
			for _, ix := range re.FindAllStringIndex(s, -1) {
				before, after := s[:ix[0]], s[ix[1]:]
				if titleWords.MatchString(before) && !sentenceStart(before) {
					continue
				}
				if regexp.MustCompile(`^\s+[A-Z]`).MatchString(after) {
					continue
				}
				b.WriteString(s[last:ix[0]] + f(sur, p))
				last = ix[1]
			}
			b.WriteString(s[last:])
			return b.String()
		})
	})
}

// afterFullName calls rewrite with each gold person's surname and the text after the
// person's first full name, in surname order, and puts what it returns in that text's
// place: a later mention is rewritten, the first stays as printed.
func afterFullName(body string, people []paraPerson, rewrite func(sur string, p paraPerson, tail string) string) string {
	for _, sp := range surnamesOf(body, people) {
		first := strings.Index(body, sp.p.name)
		if first < 0 {
			continue
		}
		cut := first + len(sp.p.name)
		body = body[:cut] + rewrite(sp.sur, sp.p, body[cut:])
	}
	return body
}

// sentenceStart tells whether text before a word ends a sentence: a full stop after a
// word of more than one letter that is no title ("Mr.").
func sentenceStart(before string) bool {
	b := strings.TrimRight(before, " ")
	if b == "" {
		return true
	}
	if !strings.HasSuffix(b, ".") {
		return false
	}
	ws := strings.Fields(b)
	w := ws[len(ws)-1]
	switch w {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Adm.", "Sgt.", "Maj.", "U.S.", "U.N.", "St.":
		return false
	}
	return true
}

// genderOf reads a person's gender from the article's pronouns: he/his/him or she/her in
// the sentences that name only this gold person and in the sentence after each that names
// no gold person. "" when the pronouns disagree or there are none.
func genderOf(body string, p paraPerson, people []paraPerson) string {
	sur := p.name[strings.LastIndex(p.name, " ")+1:]
	sentences := regexp.MustCompile(`[.!?]["”]?\s+`).Split(body, -1)
	he := regexp.MustCompile(`\b(?i:he|his|him)\b`)
	she := regexp.MustCompile(`\b(?i:she|her|hers)\b`)
	names := regexp.MustCompile(`\b` + sur + `\b`)
	others := func(s string) bool {
		for _, o := range people {
			if o.name != p.name && strings.Contains(s, o.name[strings.LastIndex(o.name, " ")+1:]) {
				return true
			}
		}
		return false
	}
	m, f := 0, 0
	for i, s := range sentences {
		if !names.MatchString(s) || others(s) {
			continue
		}
		for j, t := range sentences[i:min(i+2, len(sentences))] {
			if j > 0 && (others(t) || names.MatchString(t)) {
				break
			}
			m += len(he.FindAllString(t, -1))
			f += len(she.FindAllString(t, -1))
		}
	}
	switch {
	case m > 0 && f == 0:
		return "male"
	case f > 0 && m == 0:
		return "female"
	}
	return ""
}

// royalRole marks persons named by their given name and a royal title, whom no "Mr."
// names.
var royalRole = regexp.MustCompile(`(?i)\b(king|queen|prince|princess|sheikh|emir|sultan|pope)\b`)

// honorificSurnames writes the bare later mentions of a gold person as NYT and WSJ do,
// "Mr. Rice" / "Ms. Rice", the gender read from the article's pronouns (a person whose
// pronouns do not tell stays bare).
func honorificSurnames(body string, people []paraPerson) string {
	return honorifics("Mr.", "Ms.")(body, people)
}

// britishHonorificSurnames is honorificSurnames as British papers print it, "Mr Rice" /
// "Ms Rice", with no full stop.
func britishHonorificSurnames(body string, people []paraPerson) string {
	return honorifics("Mr", "Ms")(body, people)
}

// honorifics is the paraphrase that puts his or her honorific before each bare later
// mention of a gold person whose gender the article's pronouns tell.
func honorifics(his, hers string) paraphrase {
	return func(body string, people []paraPerson) string {
		gender := map[string]string{}
		for _, p := range people {
			if !royalRole.MatchString(p.role) {
				gender[p.name] = genderOf(body, p, people)
			}
		}
		return bareSurnames(body, people, func(sur string, p paraPerson) string {
			switch gender[p.name] {
			case "male":
				return his + " " + sur
			case "female":
				return hers + " " + sur
			}
			return sur
		})
	}
}

// titleRoles are the gold roles that go before a surname as a title: "President Obama",
// "Foreign Minister Livni".
var titleRoles = map[string]bool{
	"President": true, "Prime Minister": true, "Foreign Minister": true, "Secretary of State": true,
	"Foreign Secretary": true, "Premier": true, "Chancellor": true, "Vice President": true,
	"Defense Secretary": true, "Finance Minister": true, "Treasury Secretary": true, "Defense Minister": true,
}

// titledSurnames writes the bare later mentions of a gold person whose gold role is an
// office that goes before a name as "President Rice", "Foreign Minister Livni".
func titledSurnames(body string, people []paraPerson) string {
	return bareSurnames(body, people, func(sur string, p paraPerson) string {
		if titleRoles[p.role] {
			return p.role + " " + sur
		}
		return sur
	})
}

// officeSpeakers writes a bare later mention of a gold person right before "said" as the
// office wires name the speaker by, "Livni said" -> "the foreign minister said" ("The
// foreign minister said" opening a sentence), where the person's gold role is an office
// that goes before a name and no other gold person of the article holds it.
func officeSpeakers(body string, people []paraPerson) string {
	holders := map[string]int{}
	for _, p := range people {
		holders[p.role]++
	}
	for _, sp := range surnamesOf(body, people) {
		sur, p := sp.sur, sp.p
		first := strings.Index(body, p.name)
		if first < 0 || !titleRoles[p.role] || holders[p.role] > 1 {
			continue
		}
		head, tail := body[:first+len(p.name)], body[first+len(p.name):]
		re := regexp.MustCompile(`(^|[.!?]["”]? |, )` + sur + ` said\b`)
		office := strings.ToLower(p.role)
		body = head + outsideQuotes(tail, func(s string) string {
			return re.ReplaceAllStringFunc(s, func(m string) string {
				lead := re.FindStringSubmatch(m)[1]
				if lead == ", " {
					return lead + "the " + office + " said"
				}
				return lead + "The " + office + " said"
			})
		})
	}
	return body
}

// plainSurnames writes the later mentions of a gold person after an honorific or an
// office, "Mr. Rice", "President Obama", as the bare surname wires print: "Rice".
func plainSurnames(body string, people []paraPerson) string {
	return toSurname(body, people, func(sur string, _ paraPerson) *regexp.Regexp {
		return regexp.MustCompile(`\b(?:Mr\.|Mrs\.|Ms\.|Dr\.|` + officeAlternation() + `) ` + sur + `\b`)
	})
}

// toSurname writes what match finds of each gold person, outside quotations and after the
// person's first full name, as the bare surname.
func toSurname(body string, people []paraPerson, match func(sur string, p paraPerson) *regexp.Regexp) string {
	return afterFullName(body, people, func(sur string, p paraPerson, tail string) string {
		re := match(sur, p)
		return outsideQuotes(tail, func(s string) string { return re.ReplaceAllString(s, sur) })
	})
}

// weekdayOn swaps the styles of a weekday after a verb or its object, AP's and others':
// "met Berg on Monday" <-> "met Berg Monday", outside quotations. A weekday after a word
// that sets it ("last", "next", "by", "until", "since", "late", "early") or opening a
// sentence stays. The day told stays the gold's.
func weekdayOn(body string, _ []paraPerson) string {
	re := regexp.MustCompile(`\b(on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	sets := regexp.MustCompile(`(?i)\b(last|next|this|by|until|till|since|from|late|early|of|each|every|before|after|through|and|or|to|that|than|-)\s*$`)
	verbOrObject := regexp.MustCompile(`[a-z,]\s$`)
	return outsideQuotes(body, func(s string) string {
		var b strings.Builder
		last := 0
		for _, ix := range re.FindAllStringSubmatchIndex(s, -1) {
			before := s[:ix[0]]
			switch {
			case ix[2] >= 0: // "on Monday" -> "Monday"
				b.WriteString(s[last:ix[0]] + s[ix[4]:ix[5]])
			case verbOrObject.MatchString(before) && !sets.MatchString(before) && !strings.HasSuffix(before, ", "):
				b.WriteString(s[last:ix[0]] + "on " + s[ix[4]:ix[5]]) // "met Berg Monday" -> "on Monday"
			default:
				b.WriteString(s[last:ix[1]])
			}
			last = ix[1]
		}
		b.WriteString(s[last:])
		return b.String()
	})
}

// laterFullNames writes the full names of a gold person after its first mention as the
// bare surname wires print there: "Tzipi Livni ... Tzipi Livni said" -> "... Livni said",
// outside quotations.
func laterFullNames(body string, people []paraPerson) string {
	return toSurname(body, people, func(_ string, p paraPerson) *regexp.Regexp {
		return regexp.MustCompile(`\b` + regexp.QuoteMeta(p.name) + `\b`)
	})
}

// allFamilies tells a story in every family's words at once, one after another.
func allFamilies(body string, people []paraPerson) string {
	for _, say := range []paraphrase{attributionOrder, attributionVerbs, attributionAccording, attributionColon,
		meetingPredicates, phonePredicates, contactNouns, honorificSurnames, laterFullNames, appositiveTitles} {
		body = say(body, people)
	}
	return body
}

// offices are the offices an appositive names in lower case: "Prime Minister X" <-> "X,
// the prime minister,". Longest first, so that "Foreign Minister" wins over "Minister".
var offices = []string{
	"Secretary of State", "National Security Adviser", "Foreign Secretary", "Defense Secretary",
	"Treasury Secretary", "Foreign Minister", "Defense Minister", "Finance Minister", "Prime Minister",
	"Vice President", "President", "Chancellor", "Premier",
}

func officeAlternation() string { return strings.Join(offices, "|") }

// demonymWord is one word before an office that tells whose it is: "Israeli", "U.S.".
const demonymWord = `(?:U\.S\.|U\.K\.|UK|US|[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ean))`

// titleModifier ends the text before an office that belongs to it, "former", "incoming",
// "Indonesia's": the office is then no plain title to move after the name.
var titleModifier = regexp.MustCompile(`(?i)(?:\b(?:former|incoming|outgoing|acting|late|then|ex|deputy)[ -]|['’]s |-)$`)

// titleOwner ends the text before an office with a capitalised word that names whose it is,
// "European Parliament President X", "Labour Party Leader X": moving the office after the
// name would leave the owner stranded before it ("European Parliament X, the president").
// The demonym the pattern reads itself ("Israeli Foreign Minister X") is not before it.
var titleOwner = regexp.MustCompile(`\b[A-Z][\p{L}'’-]* $`)

// sentenceLine is a paragraph that ends as a sentence does: a headline or a caption's
// line keeps its titles.
var sentenceLine = regexp.MustCompile(`[.!?]["”’)]?\s*$`)

// appositiveTitles writes the first mention of a gold person under an office, "Israeli
// Foreign Minister Tzipi Livni says", as an appositive, "Tzipi Livni, the Israeli foreign
// minister, says", and an appositive as a title before the name.
func appositiveTitles(body string, people []paraPerson) string {
	for _, p := range people {
		if len(strings.Fields(p.name)) < 2 {
			continue
		}
		name := regexp.QuoteMeta(p.name)
		pre := regexp.MustCompile(`\b((?:` + demonymWord + ` )?)(` + officeAlternation() + `) ` + name + `\b('s)?([,.]?)`)
		post := regexp.MustCompile(`\b` + name + `, the ((?:` + demonymWord + ` )?)(` + strings.ToLower(officeAlternation()) + `),`)
		done := false
		lines := strings.Split(body, "\n")
		for i, line := range lines {
			if !done && sentenceLine.MatchString(line) {
				lines[i] = outsideQuotes(line, func(s string) string { return appositiveOnce(s, p.name, pre, post, &done) })
			}
		}
		body = strings.Join(lines, "\n")
	}
	return body
}

// appositiveOnce rewrites the first titled (or appositive) mention of name in s, when done
// is not yet set, and sets it. A titled name in a list of titled names ("met President X,
// Prime Minister Y and Foreign Minister Z") stays: appositives there would read as more
// persons.
func appositiveOnce(s, name string, pre, post *regexp.Regexp, done *bool) string {
	if *done {
		return s
	}
	if ix := pre.FindStringSubmatchIndex(s); ix != nil {
		*done = true
		m := pre.FindStringSubmatch(s[ix[0]:ix[1]])
		rest := s[ix[1]:]
		if m[3] != "" || titleModifier.MatchString(s[:ix[0]]) || (m[1] == "" && titleOwner.MatchString(s[:ix[0]])) || inTitledList(s[:ix[0]], m[4]+rest) {
			return s
		}
		title := name + ", the " + m[1] + strings.ToLower(m[2])
		switch {
		case m[4] != "":
			return s[:ix[0]] + title + m[4] + rest
		case strings.TrimSpace(rest) == "" || strings.HasPrefix(rest, ")"):
			return s[:ix[0]] + title + rest
		}
		return s[:ix[0]] + title + "," + rest
	}
	if ix := post.FindStringSubmatchIndex(s); ix != nil {
		*done = true
		m := post.FindStringSubmatch(s[ix[0]:ix[1]])
		office := m[2]
		for _, o := range offices {
			if strings.ToLower(o) == office {
				office = o
			}
		}
		return s[:ix[0]] + m[1] + office + " " + name + s[ix[1]:]
	}
	return s
}

// listBefore and listAfter tell a list's comma before or after a titled name: ", Prime
// Minister Y and".
var (
	listBefore = regexp.MustCompile(`[A-Z][\p{L}.'-]*(?:,| and) $`)
	listAfter  = regexp.MustCompile(`^(?:, (?:the |[A-Z])| (?:[A-Z]|bin |al |ibn ))`)
)

// inTitledList tells whether a titled name stands in a list of names or is a longer name's
// start: a name and a comma or "and" before it, a comma and another name after it ("A, the
// prime minister, and B, the president," is how copy lists two), or more of the name
// ("Mohammed bin Salman bin Abdulaziz").
func inTitledList(before, after string) bool {
	return listBefore.MatchString(before) || listAfter.MatchString(after)
}

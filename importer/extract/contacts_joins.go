package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
	"strings"
)

// Words that join, bound or qualify the participants of a contact: list joiners, group
// nouns, audiences, verbs that end a list, organizations that only qualify a title.

// isPairWord reports "they", "both", "the pair", "the two (leaders)", "the leaders" (words
// class pair-noun after "the" or "the two").
func isPairWord(s *scan, k, from int) bool {
	w := s.toks[k].Low
	prevThe := k > from && s.toks[k-1].Low == "the"
	if (w == "two" || w == "both") && k+1 < len(s.toks) && (s.tokIn(lexicon.States, k+1) || s.tokIn(lexicon.GroupPair, k+1)) {
		return false // "the two countries held talks": states, not the persons of a contact; "the two teams met": no persons
	}
	switch w {
	case "they", "pair":
		return true
	case "both":
		if k+1 < len(s.toks) {
			n := s.toks[k+1]
			if n.Kind == tokens.Word && !n.Cap && strings.HasSuffix(n.Low, "s") && !s.gaz.In(lexicon.PairPeople, n.Low) && n.Low != "parties" {
				return false // "Both elements ... were reflected in a letter": things, not the pair
			}
			if n.Kind == tokens.Word && n.Cap {
				return false // "Both Russian President X and Chinese President Y attended": the list it opens names them
			}
		}
		return true
	case "two":
		return prevThe || k+1 < len(s.toks) && s.tokIn(lexicon.PairPeople, k+1) // "the countries' top two diplomats"
	}
	if s.gaz.In(lexicon.PairNoun, w) {
		return prevThe || k > from+1 && s.toks[k-1].Low == "two" && s.toks[k-2].Low == "the" || s.thePluralOffice(k, from)
	}
	return false
}

// thePluralOffice reports a pair noun that ends a plural office right after "the": "the
// foreign ministers", "the prime ministers" are the pair as "the ministers" is; "the
// foreign ministers of the G7", "from four countries" are holders the words after name.
func (s *scan) thePluralOffice(k, from int) bool {
	if k+1 < len(s.toks) && (s.toks[k+1].Low == "of" || s.toks[k+1].Low == "from") {
		return false
	}
	for j := k - 1; j > from && j >= k-3; j-- {
		t := s.toks[j]
		if t.Kind != tokens.Word || t.Cap && j > from+1 {
			return false
		}
		if s.toks[j-1].Low != "the" {
			continue
		}
		words := make([]string, 0, k-j+1)
		for _, u := range s.toks[j : k+1] {
			words = append(words, u.Low)
		}
		_, found := s.gaz.PluralOffice(strings.Join(words, " "))
		return found
	}
	return false
}

// listJoin reports whether the tokens between two list members are only joiners: "and",
// commas, "then (with)", "as well as", and the titles that introduce the next name.
func (s *scan) listJoin(from, to int) bool {
	joined, possessive := false, false
	for k := max(from, 0); k < to && k < len(s.toks); k++ {
		t := s.toks[k]
		if t.Text == "," && k == from {
			if end := s.appositionEnd(k, to); end > k {
				k = end - 1 // "Redwan Hussien, the government's representative, and Getachew Reda"
				continue
			}
		}
		if t.Text == "(" {
			if end := s.parenEnd(k, to); end > k {
				k = end // "the president of the Sahrawi Republic (SADR), Brahim Ghali"
				continue
			}
		}
		switch t.Low {
		case "and", ",", "then", "as", "well", "also", "including":
			joined = true
		case "with", "to", "the", "his", "her", "of", "on", "in", "at", "earlier", "later", "early", "late", "morning", "afternoon", "evening", "night": // "with A on Sunday evening and with B"
		case "'s":
			possessive = true
			continue
		default:
			if joined && s.gaz.In(lexicon.PairPeople, t.Low) && k+1 < to && s.toks[k+1].Low == "including" {
				continue // "Zelensky and European leaders including Macron": the list goes on
			}
			if joined && s.descriptorRun(k, to) {
				k = to - 1 // "and top legislator Zhao Leji", "and number three official X": the words describe the name
				continue
			}
			if _, ok := s.matchOf(k); ok || t.Cap && t.Kind == tokens.Word || s.gaz.In(lexicon.Calling, t.Low) || t.Low == "counterpart" || t.Low == "host" || possessive && t.Kind == tokens.Word || t.Kind == tokens.Word && s.isMatchKind(k+1, lexicon.PhraseOffice) {
				// "and parliament speaker Mohammed al-Halbousi": a word qualifying the office
				continue // the next name's title: "and host Mevlut Cavusoglu"
			}
			return false
		}
	}
	return joined
}

// parenEnd returns the closing parenthesis of the one opened at token k, before token to
// and within twelve tokens, or -1.
func (s *scan) parenEnd(k, to int) int {
	for j := k + 1; j < to && j <= k+12; j++ {
		switch s.toks[j].Text {
		case ")":
			return j
		case "(":
			return -1
		}
	}
	return -1
}

// descriptorRun reports one to four lowercase words that run up to the name at token to
// and describe it ("top legislator", "number three official", "veteran diplomat"): no
// verb, adverb or function word among them.
func (s *scan) descriptorRun(from, to int) bool {
	if to-from > 4 || to >= len(s.toks) || !s.toks[to].Cap {
		return false
	}
	for k := from; k < to; k++ {
		t := s.toks[k]
		if t.Kind != tokens.Word || t.Cap || s.gaz.IsSpeechVerb(t.Low) || isFunctionWord(t.Low) {
			return false
		}
		if n := len(t.Low); n > 3 && (strings.HasSuffix(t.Low, "ed") || strings.HasSuffix(t.Low, "ing") || strings.HasSuffix(t.Low, "ly")) {
			return false
		}
	}
	return true
}

// isFunctionWord reports the closed-class words a name's description never holds.
func isFunctionWord(w string) bool {
	switch w {
	case "and", "or", "but", "the", "a", "an", "his", "her", "their", "its", "with", "to", "of", "on", "in", "at", "for", "by", "from",
		"who", "which", "that", "this", "these", "those", "he", "she", "they", "it", "is", "are", "was", "were", "be", "been",
		"has", "have", "had", "will", "would", "can", "could", "may", "might", "also", "then", "where", "when", "while", "whom", "whose",
		"after", "before", "since", "during", "until", "including", "as", "if", "so", "than", "both", "each", "all", "other", "another", "told", "met", "spoke", "held", "gave", "made", "took", "sent", "saw", "not":
		return true
	}
	return false
}

// isGroupNoun reports a noun right after a mention that makes it a modifier: "NATO
// counterparts", "Egyptian officials" (words.tsv's colleagues), "Goldman Sachs
// executives" (firm-staff: a business's unnamed people are no party).
func isGroupNoun(s *scan, i int) bool {
	return i < len(s.toks) && (s.tokIn(lexicon.Colleagues, i) || s.tokIn(lexicon.FirmStaff, i))
}

// speaksThrough reports an organization of kind group (a movement, party or body) right
// before a noun of class delegates: "met Taliban officials", "a Hamas delegation", "talks
// with HNC representatives" are contacts of the group. A state body's or alliance's
// people ("Pentagon officials", "NATO counterparts") stay unnamed.
func (r *resolver) speaksThrough(mi int) bool {
	m := r.s.mentions[mi]
	return m.kind == mOrg && m.actor >= 0 && r.actors[m.actor].orgKind == "group" && m.to < len(r.s.toks) && r.s.gaz.In(lexicon.Delegates, r.s.toks[m.to].Low)
}

// delegationOf returns the token where a group's name starts after a noun of class
// delegates and "of" or "from", from token i on ("a delegation of the Syrian Democratic
// Forces", "representatives from Hamas", "a senior Hamas delegation" is speaksThrough's):
// the group is the party; or where the person starts after "headed by" or "led by" ("a
// delegation headed by Foreign Minister X"): the head speaks for the delegation. -1 otherwise.
func (s *scan) delegationOf(at []int, i, end int) int {
	k := i
	for k < end && k < i+3 && (s.toks[k].Low == "a" || s.toks[k].Low == "an" || s.toks[k].Low == "the" || s.toks[k].Low == "senior" || s.toks[k].Low == "high-level") {
		k++
	}
	if k > i {
		// "a U.S. congressional delegation led by X", "a visiting Chinese trade delegation
		// headed by X": words that say whose or what the delegation is
		for m := k; m < end && m < k+4 && s.toks[m].Kind == tokens.Word; m++ {
			if s.tokIn(lexicon.Delegates, m) {
				if m+1 < end && (s.toks[m+1].Low == "headed" || s.toks[m+1].Low == "led") {
					k = m
				}
				break
			}
		}
	}
	if k+1 >= end || !s.tokIn(lexicon.Delegates, k) {
		return -1
	}
	if (s.toks[k+1].Low == "headed" || s.toks[k+1].Low == "led") && k+2 < end && s.toks[k+2].Low == "by" {
		return s.personLeading(at, k+3, end) // "received a delegation headed by X": its head is the party
	}
	if s.toks[k+1].Low != "of" && s.toks[k+1].Low != "from" {
		return -1
	}
	k += 2
	if k < end && s.toks[k].Low == "the" {
		k++
	}
	if k < end && at[k] >= 0 && s.mentions[at[k]].kind == mOrg && s.mentions[at[k]].org.Kind == "group" {
		return k
	}
	if k < end && at[k] >= 0 && s.mentions[at[k]].kind == mOrg {
		if j := s.mentions[at[k]].to; j+2 < end && (s.toks[j].Low == "headed" || s.toks[j].Low == "led") && s.toks[j+1].Low == "by" {
			return s.personLeading(at, j+2, end) // "a delegation of the World Bank led by its President X": its head is the party
		}
	}
	return -1
}

// delegatesBefore reports "of" or "from" right before token start (past a "the"), after a
// noun of class delegates: "Representatives of Hamas and Fatah met", whose subjects are
// the groups.
func (s *scan) delegatesBefore(start int) bool {
	k := start - 1
	if k >= 0 && s.toks[k].Low == "the" {
		k--
	}
	return k >= 1 && (s.toks[k].Low == "of" || s.toks[k].Low == "from") && s.tokIn(lexicon.Delegates, k-1)
}

// addresseeAt reports an audience at token i, after an optional "the".
func (s *scan) addresseeAt(i, end int) bool {
	if i < end && s.toks[i].Low == "the" {
		i++
	}
	return i < end && s.tokIn(lexicon.Addressee, i)
}

// verbBetween reports a verb between two list members: a speech or contact verb, "will",
// "who", or a lower-case past-tense word ("met Putin and secured the release of X").
func (x *Extractor) verbBetween(s *scan, from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		t := s.toks[k]
		switch w := t.Low; {
		case s.gaz.IsSpeechVerb(w), w == "spoke", w == "met", w == "called", w == "held", w == "will", w == "who", w == "was", w == "is":
			return true
		case t.Kind == tokens.Word && !t.Cap && len(w) > 4 && w[len(w)-2:] == "ed" && !s.isMatchKind(k, lexicon.PhraseOffice):
			return true
		}
	}
	return false
}

func isWith(w string) bool {
	return w == "with" || w == "to" || w == "between" || w == "from" || w == "involving"
}

// pairSubject reports a clause that opens with a pair phrase ("The two leaders ...",
// "They ...") before a noun trigger.
func (x *Extractor) pairSubject(s *scan, c clause, tr trigger) bool {
	for k := c.from; k < tr.at && k < c.from+4; k++ {
		if isPairWord(s, k, c.from) {
			return !s.countriesSubject(k, tr.at)
		}
	}
	return false
}

// countriesSubject reports a "that" clause between tokens from and to whose subject is
// countries ("the two leaders agreed that Tokyo and Seoul will start talks"): the talks
// are the countries', not a contact of the two. The countries must be the whole subject,
// joined by "and" or commas and followed by a lower-case word, so that "that Russia's
// Putin met Xi" and "that Russian President Putin" keep their persons.
func (s *scan) countriesSubject(from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].Low != "that" {
			continue
		}
		j := k + 1
		for j < to && (s.isMatchKind(j, lexicon.PhraseCountry) || s.toks[j].Low == "and" || s.toks[j].Text == ",") {
			j++
		}
		if j > k+1 && j < to && s.isMatchKind(j-1, lexicon.PhraseCountry) && s.toks[j].Kind == tokens.Word && !s.toks[j].Cap {
			return true
		}
	}
	return false
}

// countriesBetween reports "between" right at token k followed by countries only ("security
// dialogue between Japan and South Korea"): the contact noun's parties are those countries.
func (s *scan) countriesBetween(k, end int) bool {
	if k >= end || s.toks[k].Low != "between" {
		return false
	}
	j := k + 1
	for j < end && (s.isMatchKind(j, lexicon.PhraseCountry) || s.toks[j].Low == "and" || s.toks[j].Low == "the" || s.toks[j].Text == ",") {
		j++
	}
	return j > k+1 && s.isMatchKind(j-1, lexicon.PhraseCountry) && (j == end || !s.toks[j].Cap)
}

// pluralPeopleBefore reports a plural noun for people right before a list of objects
// ("with US envoys A and B", "met mediators A, B and C"): the list is one group.
func (s *scan) pluralPeopleBefore(from, to int) bool {
	for k := max(from, 0); k < to && k < len(s.toks); k++ {
		if w := s.toks[k].Low; s.gaz.In(lexicon.PairPeople, w) || isGroupNoun(s, k) || w == "mediators" {
			return true
		}
	}
	return false
}

// possessiveBefore reports a possessive pronoun between two list members ("Biden and his
// deputy Harris"): the second is described by the first, and they meet as one party.
func (s *scan) possessiveBefore(from, to int) bool {
	for k := max(from, 0); k < to && k < len(s.toks); k++ {
		switch s.toks[k].Low {
		case "his", "her", "their":
			return true
		}
	}
	return false
}

// personLeading returns the first token from i on, within a title's reach, where a person's
// name is, when nothing but title words lie before it ("Ethiopian Foreign Minister X"), or -1.
func (s *scan) personLeading(at []int, i, end int) int {
	for k := i; k < end && k <= i+5; k++ {
		if at[k] >= 0 {
			if s.mentions[at[k]].kind == mPerson {
				return k
			}
			return -1
		}
		if s.toks[k].Kind != tokens.Word {
			return -1
		}
	}
	return -1
}

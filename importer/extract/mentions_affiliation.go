package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Names no list knows are often printed with the body their bearer works for and then a
// relative clause or a speech verb: "Kwaku Mensah of the Accra Policy Institute, who
// studies the region,", "Nomvula Zikalala of the Institute for Security Studies said".
// "Who" and a speaker are said of persons, so the run before the body is a person's name.

// affiliationEnd returns the token after a body named right after a name ending at token
// to, "of the Accra Policy Institute", "at Makerere University", "from the Astana Club":
// "of", "at" or "from", an optional "the", then capitalized words joined by at most one
// lower-case "for", "of", "on" or "and" between two of them; -1 when no such body follows,
// or when the run from..to itself holds the head noun of a body's name ("Bank Negara of
// Malaysia said": words classes org-head, institution).
func (s *scan) affiliationEnd(se sentence, from, to int) int {
	if to+1 >= se.to || s.orgHeadIn(from, to) {
		return -1
	}
	switch s.toks[to].Low {
	case "of", "at", "from":
	default:
		return -1
	}
	k := to + 1
	if s.toks[k].Low == "the" {
		k++
	}
	start := k
	for k < se.to {
		t := s.toks[k]
		if t.Kind == tokens.Word && t.Cap {
			k++
			continue
		}
		if k > start && k+1 < se.to && (t.Low == "for" || t.Low == "of" || t.Low == "on" || t.Low == "and") && s.toks[k+1].Cap && s.toks[k-1].Cap {
			k++
			continue
		}
		break
	}
	if k == start {
		return -1
	}
	return k
}

// orgHeadIn reports a head noun of a body's name among tokens [from, to) (words classes
// org-head, institution): "Bank Negara", "Kestrel Institute" name no person.
func (s *scan) orgHeadIn(from, to int) bool {
	for k := from; k < to; k++ {
		if s.gaz.IsOrgHeadNoun(s.toks[k].Low) || s.gaz.IsInstitutionNoun(s.toks[k].Low) {
			return true
		}
	}
	return false
}

// affiliationThenWho reports a body after a name and then ", who": "X of the Center for
// Y, who told VOA".
func (s *scan) affiliationThenWho(se sentence, from, to int) bool {
	k := s.affiliationEnd(se, from, to)
	return k >= 0 && k+1 < se.to && s.toks[k].Text == "," && s.toks[k+1].Low == "who"
}

// affiliationThenSpeech reports a body after a name and then a speech verb: "X of the
// Institute for Security Studies said".
func (x *Extractor) affiliationThenSpeech(s *scan, se sentence, from, to int) bool {
	k := s.affiliationEnd(se, from, to)
	return k >= 0 && x.speechFollows(s, se, k)
}

// personHeadBefore reports a description opened at token from whose last word before the
// comma that closes it is a noun of a person of words classes calling, expert, serving,
// unnamed, epithet, firm-member or firm-staff: "X, the lead author, said", "X, the
// group's founder, told" (a business's description, "the law firm", is none).
func (s *scan) personHeadBefore(se sentence, from int) bool {
	for k := from; k < se.to && k < from+8; k++ {
		if s.toks[k].Text != "," {
			continue
		}
		if k == from {
			return false
		}
		return s.personNoun(s.toks[k-1].Low)
	}
	return false
}

// describedBefore reports a name at token from set off by a comma after a description of
// a person opened by "the" or a possessive: "the Republican front-runner, X Y,", "the
// group's founder, X Y,", "the lead author, X Y" (a noun of words class candidacy or
// personNoun's), also past a place or body the description ends with, "the best-known
// activist in the country, X Y,", "the most prominent opposition leader inside Belarus,
// X Y," (then a head noun of words class chief too: describedHead).
func (s *scan) describedBefore(se sentence, from int) bool {
	n := from - 2
	if n < se.from || s.toks[from-1].Text != "," || s.inQuote[n] {
		return false
	}
	if w := s.toks[n].Low; s.toks[n].Cap || !s.personNoun(w) && !s.gaz.In(lexicon.Candidacy, w) {
		if n = s.describedHead(se, n); n < 0 {
			return false
		}
	}
	for k := n - 1; k >= se.from && k >= n-4; k-- {
		t := s.toks[k]
		if t.Low == "the" || t.Kind == tokens.Poss {
			return true
		}
		if t.Kind != tokens.Word {
			return false
		}
	}
	return false
}

// describedHead returns the head noun of a description of a person that a phrase of place
// ending at token n closes, "activist in the country", "leader inside Belarus": a
// preposition of words class locative or "of" within the four words before n, then a noun
// of a person (personNoun, candidacy) or of a post (words class chief) right before it; -1
// when there is none.
func (s *scan) describedHead(se sentence, n int) int {
	for k := n; k > se.from && k >= n-4; k-- {
		t := s.toks[k]
		if t.Kind != tokens.Word {
			return -1
		}
		if k == n || !s.gaz.In(lexicon.Locative, t.Low) && t.Low != "of" {
			continue
		}
		h := s.toks[k-1]
		if h.Kind == tokens.Word && !h.Cap && (s.personNoun(h.Low) || s.gaz.In(lexicon.Candidacy, h.Low) || s.isHeadNoun(h.Low)) {
			return k - 1
		}
		return -1
	}
	return -1
}

// describedAfter reports a description of a person set off by a comma after a name
// ending at token to, opened by "a", "an" or "the": "X Y, an Australian woman and former
// teacher,", "X Y, the leading opposition candidate for president, who". Its head, the word
// before the comma, relative pronoun, conjunction or preposition that closes it, is a noun
// of a person of words classes unnamed, expert, serving, epithet, candidacy, female or male
// (never a trade of calling's a firm may have too: "the activist investor"); the words
// before it are lower case, or a country, demonym or other phrase of the lexicon.
func (s *scan) describedAfter(se sentence, to int) bool {
	if to+2 >= se.to || s.toks[to].Text != "," {
		return false
	}
	switch s.toks[to+1].Low {
	case "a", "an", "the":
	default:
		return false
	}
	for k := to + 2; k < se.to && k < to+10; k++ {
		t := s.toks[k]
		if k > to+2 && closesDescription(t) {
			return s.personHead(s.toks[k-1].Low)
		}
		if _, ok := s.matchOf(k); ok || t.Kind == tokens.Poss {
			continue
		}
		if t.Kind != tokens.Word || t.Cap {
			return false
		}
	}
	return false
}

// closesDescription reports a token that ends an apposition's head noun phrase: a comma,
// a full stop, a relative pronoun, "and" or a preposition.
func closesDescription(t tokens.Token) bool {
	switch t.Low {
	case ",", ".", ";", ")", "who", "whose", "and", "of", "at", "from", "in", "for", "with", "to", "on", "since":
		return true
	}
	return false
}

// personHead reports a noun that only a person is: words classes unnamed, expert,
// serving, epithet, candidacy, female or male (titles and given names, kin: "woman",
// "son").
func (s *scan) personHead(w string) bool {
	return s.gaz.InAny(w, lexicon.Unnamed, lexicon.Expert, lexicon.Serving, lexicon.Epithet, lexicon.Candidacy, lexicon.Female, lexicon.Male)
}

// kinNamed reports a one-word name at token from set off by commas after a possessive and
// a noun of kin, "Berg's brother, Tomas,", "his daughter, Ilse,": a private person the
// story names by the given name alone (words classes female and male hold the nouns).
func (s *scan) kinNamed(se sentence, from, to int) bool {
	if from-3 < se.from || to >= se.to || s.toks[from-1].Text != "," || s.toks[to].Text != "," {
		return false
	}
	n, owner := s.toks[from-2], s.toks[from-3]
	if n.Kind != tokens.Word || n.Cap || !s.gaz.In(lexicon.Female, n.Low) && !s.gaz.In(lexicon.Male, n.Low) {
		return false
	}
	return owner.Kind == tokens.Poss || owner.Low == "his" || owner.Low == "her" || owner.Low == "their"
}

// listedAfterPeople reports a name at token from in a list of names set off by a comma
// after a plural noun of persons: "two Chinese nationals, X Y and Z W,", "the two
// envoys, X Y and Z W," (words classes national, pair-people, or the plural of a
// personNoun: "two researchers, X Y and Z W"). Only capitalized words, commas and "and"
// stand between the noun and the name.
func (s *scan) listedAfterPeople(se sentence, from int) bool {
	for k := from - 1; k > se.from && k >= from-12; k-- {
		t := s.toks[k]
		switch {
		case t.Kind == tokens.Word && t.Cap, t.Low == "and":
			continue // "X Y and Z W": the second of the list
		case t.Text != ",":
			return false
		}
		w := s.toks[k-1]
		if w.Kind == tokens.Word && w.Cap {
			continue // "A B, X Y and Z W"
		}
		return w.Kind == tokens.Word && (s.gaz.In(lexicon.National, w.Low) || s.gaz.In(lexicon.PairPeople, w.Low) || strings.HasSuffix(w.Low, "s") && s.personNoun(strings.TrimSuffix(w.Low, "s")))
	}
	return false
}

// personNoun reports a lower-case noun of a person of words classes calling, expert,
// serving, unnamed, epithet, firm-member or firm-staff: "author", "spokeswoman",
// "founder".
func (s *scan) personNoun(w string) bool {
	return s.gaz.InAny(w, lexicon.Calling, lexicon.Expert, lexicon.Serving, lexicon.Unnamed, lexicon.Epithet, lexicon.FirmMember, lexicon.FirmStaff)
}

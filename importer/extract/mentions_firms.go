package extract

import "hotline/importer/extract/lexicon"

// firmName reports a name run [from, to) that the article describes as a business at
// one of its occurrences: "the law firm Mossack Fonseca", "Mossack Fonseca, a Panamanian
// law firm,", "a founding partner of Mossack Fonseca". A firm named after its founders
// reads like a person ("Mossack Fonseca said"); one such description makes every
// occurrence the organization's.
func (s *scan) firmName(from, to int) bool { return s.describedAt(from, to, "firm", s.firmCue) }

// staffNamed reports a name run [from, to) that one of its occurrences follows with a noun
// for a business's people, or that such a noun and "of"/"at"/"from" precede (staffAfter,
// staffBefore): the business's name even when a given name opens it ("Morgan Fairbanks
// executives ... Morgan Fairbanks said", "executives from Morgan Fairbanks").
func (s *scan) staffNamed(from, to int) bool {
	return s.describedAt(from, to, "staff", func(start, end int) bool { return s.staffBefore(start) || s.staffAfter(end) })
}

// firmCue reports a description of the occurrence [from, to) as a business in the words
// right around it.
func (s *scan) firmCue(from, to int) bool {
	sent := s.toks[from].Sent
	at := func(k int) string {
		if k < 0 || k >= len(s.toks) || s.toks[k].Sent != sent {
			return ""
		}
		return s.toks[k].Low
	}
	firm := func(k int) bool { return s.gaz.In(lexicon.Firm, at(k)) }
	switch {
	case firm(to) && !s.toks[to].Cap, at(to) == "law" && firm(to+1):
		return true // "the Mossack Fonseca law firm"
	case firm(from - 1), at(from-1) == "," && firm(from-2):
		return true // "the law firm Mossack Fonseca", "a Panamanian law firm, Mossack Fonseca & Co."
	case at(to) == "&" && (at(to+1) == "co." || at(to+1) == "co"):
		return true // "Mossack Fonseca & Co."
	}
	if at(to) == "," && (at(to+1) == "a" || at(to+1) == "an" || at(to+1) == "the") {
		for k := to + 2; k < to+6 && at(k) != "" && at(k) != ","; k++ {
			if firm(k) {
				return true // "Mossack Fonseca, a Panamanian law firm,"
			}
		}
	}
	if p := at(from - 1); (p == "of" || p == "at") && s.gaz.In(lexicon.FirmMember, at(from-2)) {
		return true // "a founding partner of Mossack Fonseca"
	}
	return s.staffBefore(from) || s.staffAfter(to)
}

// staffBefore reports a noun for a business's people and "of", "at" or "from" right
// before a name starting at token from: "the chief executives of Airbus", "executives
// from Morgan Fairbanks".
func (s *scan) staffBefore(from int) bool {
	if from < 2 || s.toks[from-2].Sent != s.toks[from].Sent {
		return false
	}
	switch s.toks[from-1].Low {
	case "of", "at", "from":
		return s.gaz.In(lexicon.FirmStaff, s.toks[from-2].Low)
	}
	return false
}

// staffAfter reports a lower-case noun for a business's people right after a name ending
// at token to: "met Morgan Stanley executives", "held talks with Lockheed Martin bosses".
// A person has no executives, so the name is the business's even when a given name opens it.
func (s *scan) staffAfter(to int) bool {
	return to < len(s.toks) && s.toks[to].Sent == s.toks[to-1].Sent && !s.toks[to].Cap && s.gaz.In(lexicon.FirmStaff, s.toks[to].Low)
}

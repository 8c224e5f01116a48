package extract

import "hotline/importer/extract/lexicon"

// split makes one bilateral frame per object of a single subject: "met A, B and C", "held
// talks with A and B" and "phoned A and B" are a round of meetings or calls, one per
// counterpart (the dev gold reads them so), and so are lists kept apart by the text
// ("Biden spoke with Johnson, then with Merkel", "met Lapid on Thursday and Abbas on
// Friday"). The words that gather the objects (words class gather) keep one contact of all: a host ("hosted A
// and B"), a summit, a meal, a signing, a video call, "conference", "group", "joint",
// "trilateral", a plural noun before the list ("with US envoys A and B") or a possessive
// tying an object to the one before ("Biden and his deputy Harris"). Subject lists paired
// "respectively" are split in pairs.
func (x *Extractor) split(r *resolver, c clause, f frame, p parts) []frame {
	s := r.s
	subj := distinct(p.subj)
	obj := distinct(p.obj)
	if len(subj) >= 2 && len(subj) == len(obj) && hasWord(s, f.tr.at, c.to, "respectively") {
		var out []frame // "Li and Ding met with Nurtleu and Saidov respectively": in pairs
		for i := range subj {
			g := f // subjects were collected right to left
			g.actors, g.split = []int{subj[len(subj)-1-i], obj[i]}, true
			out = append(out, g)
		}
		return out
	}
	if len(subj) != 1 || len(obj) < 2 || p.between {
		return []frame{f} // "X mediated talks between A and B": A and B meet each other, X with them
	}
	// one contact per object unless the words gather them; calls are one-to-one unless
	// "conference call" or "jointly" says otherwise
	meets := f.mode != "phone" && f.mode != "unspecified"
	separate := f.mode != "video" && !(meets && (p.together || groupContact(f.tr.name))) || p.apart || hasWord(s, f.tr.to, c.to, "then") || hasWord(s, f.tr.to, c.to, "later")
	if hasClassWord(s, max(c.from, f.tr.at-2), c.to, lexicon.Gather) { // "a conference call with", "a joint call with"
		separate = false
	}
	if f.mode != "phone" && hasWord(s, max(c.from, f.tr.at-2), c.to, "including") {
		separate = false // but "phoned several leaders, including A and B": a call each
	}
	if len(p.objEnd) > 0 && s.groupIntroduced(f.tr.to, p.objEnd[0]) && !s.gaz.In(lexicon.CountedContacts, s.toks[f.tr.at].Low) {
		separate = false // "talks with the foreign ministers of Saudi Arabia and Iran, A and B": one meeting; "held calls with ...": a call each (class counted-contacts)
	}
	if s.apartCue(c) {
		separate = true
	}
	if s.severalPlacesWhere(c, f.tr.at) {
		separate = true // "travel to Japan and the Philippines, where he will hold talks with A and B"
	}
	if r.allOrganizations(obj) && !s.apartCue(c) {
		separate = false // "met with UNHCR and UNICEF": bodies whose people are unnamed, one meeting as written
	}
	if !separate || contains(obj, subj[0]) {
		return []frame{f}
	}
	var out []frame
	for i, o := range obj {
		g := f
		g.actors, g.split = []int{subj[0], o}, true
		if i < len(p.objEnd) { // "met Lapid on Thursday and Abbas on Friday": each its date
			end := c.to
			if i+1 < len(p.objEnd) {
				end = p.objEnd[i+1]
			}
			for k := p.objEnd[i]; k < end; k++ {
				if w := s.toks[k].Low; w == "ahead" || w == "before" || w == "until" {
					end = k // "... and Marcos ahead of a summit next week": the summit's date
				}
			}
			for _, d := range s.findDates(p.objEnd[i], end) {
				if !x.otherEventDate(s, d, f.tr) { // not ", and B and C held talks late Saturday": theirs
					g.date, g.hasDate = d, true
					break
				}
			}
		}
		out = append(out, g)
	}
	return out
}

// severalPlacesWhere reports a contact word in a "where" clause whose antecedent lists two
// or more countries ("will travel to Japan and the Philippines, where he will meet A and
// B"): the parties are met in different places, so the contacts are apart.
func (s *scan) severalPlacesWhere(c clause, at int) bool {
	w := -1
	for k := at - 1; k > c.from; k-- {
		if s.toks[k].Low == "where" {
			w = k
			break
		}
	}
	if w < 0 {
		return false
	}
	n, and := 0, false
	for k := w - 1; k >= c.from && k >= w-8; k-- {
		t := s.toks[k]
		if m, ok := s.matchOf(k); ok && m.Kind == lexicon.PhraseCountry {
			n++
			k = m.From
			continue
		}
		switch t.Low {
		case "and":
			and = true
		case ",", "the":
		default:
			if n > 0 {
				return n >= 2 && and
			}
		}
	}
	return n >= 2 && and
}

// apartCue reports a word of the clause that keeps contacts with several people apart:
// "separate(ly)", "one-on-one", "respectively", "individually", "bilateral" before a
// contact noun ("bilateral meetings with A and B", not "discussed bilateral issues"), "both"
// and "each" unless they name the parties together ("both sides", "each other").
func (s *scan) apartCue(c clause) bool {
	for k := c.from; k < c.to; k++ {
		next := ""
		if k+1 < c.to {
			next = s.toks[k+1].Low
		}
		if s.gaz.In(lexicon.Apart, s.toks[k].Low) {
			return true
		}
		switch s.toks[k].Low {
		case "bilateral":
			if s.contactNounFollows(k+1, min(c.to, k+3)) {
				return true
			}
		case "both":
			if !s.gaz.In(lexicon.Parties, next) {
				return true
			}
		case "each":
			if next != "other" && !s.gaz.In(lexicon.Parties, next) {
				return true
			}
		}
	}
	return false
}

// groupContact reports a contact word for a gathering of several parties at once: a
// summit, a conference, a meal, a signing, "brought together".
func groupContact(name string) bool {
	switch name {
	case "summit", "summits", "conference", "joint-press-conference", "signed", "signed-by", "brought-together", "joined-with", "joined-by", "invited", "host", "hosts", "hosted", "hosting":
		return true
	}
	return lexicon.IsMeal(name)
}

// allOrganizations reports a list of organizations only.
func (r *resolver) allOrganizations(as []int) bool {
	for _, a := range as {
		if r.actors[a].kind != "organization" {
			return false
		}
	}
	return len(as) > 0
}

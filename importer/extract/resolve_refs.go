package extract

import (
	"sort"
	"strings"
)

// order returns mention indexes in text order.
func (s *scan) order() []int {
	idx := make([]int, len(s.mentions))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s.mentions[idx[a]].from < s.mentions[idx[b]].from })
	return idx
}

// resolveRefs resolves, in text order, what has no name of its own:
//   - "the Russian president" -> the actor of the article holding that role (and country),
//     the most recently mentioned one first;
//   - "he"/"she" -> the subject (the first person named outside quotations and not after
//     a preposition who speaks, else the first such person) of its own sentence before it, else of the nearest earlier sentence
//     within two paragraphs; else the last person who spoke within three paragraphs, else
//     the last person mentioned;
//   - "the official" -> the organization of the last "X official(s)"/"X spokesperson".
func (r *resolver) resolveRefs() {
	s := r.s
	lastPerson, lastSpeaker, lastOfficial := -1, -1, -1
	speakerPara, officialPara := -10, -10
	spoke := map[int]bool{}
	subject := map[int]int{} // sentence -> actor of its subject: the first who speaks, else the first
	for _, i := range s.order() {
		m := &s.mentions[i]
		para := s.toks[m.from].para
		switch m.kind {
		case mRole:
			m.actor = r.byRole(m)
		case mPronoun:
			m.actor = r.pronounSubject(subject, m.sent)
			switch {
			case m.actor >= 0:
			case lastSpeaker >= 0 && para-speakerPara <= 3:
				m.actor = lastSpeaker
			default:
				m.actor = lastPerson
			}
		case mStatement:
			m.actor = r.statementMaker(m)
		case mOrgRef:
			m.actor = r.orgByHead(m.words[0], m.from)
		case mOfficial:
			if lastOfficial >= 0 && para-officialPara <= 6 {
				m.actor = lastOfficial
			}
		}
		if m.actor < 0 {
			continue
		}
		if m.kind == mRole || m.kind == mOfficial || m.kind == mOrgRef || m.kind == mStatement {
			r.actors[m.actor].mentions = append(r.actors[m.actor].mentions, i)
		}
		if r.actors[m.actor].kind == "person" && !s.inQuote[m.from] {
			lastPerson = m.actor
			if !s.inQuote[m.from] && !r.x.objectPosition(s, s.contextStart(m.from)) {
				if _, ok := subject[m.sent]; !ok {
					subject[m.sent] = m.actor
				}
				if r.x.speaks(s, m) && !spoke[m.sent] {
					subject[m.sent], spoke[m.sent] = m.actor, true
				}
			}
		}
		if r.x.speaks(s, m) {
			lastSpeaker, speakerPara = m.actor, para
			if r.actors[m.actor].kind != "person" {
				lastSpeaker = -1
			}
		}
		if m.kind == mOrg && m.to < len(s.toks) && isOfficialWord(s.toks[m.to].low) {
			lastOfficial, officialPara = m.actor, para
		}
	}
}

// byRole finds the actor holding a role: the most recent earlier holder, else the first
// later one.
func (r *resolver) byRole(m *mention) int {
	best, bestPos := -1, -1
	later := -1
	for ai, a := range r.actors {
		if a.kind != "person" || a.role != m.role || (m.country != "" && a.country != m.country) {
			continue
		}
		if pos := r.lastBefore(ai, m.from); pos > bestPos {
			best, bestPos = ai, pos
		} else if pos < 0 && later < 0 {
			later = ai
		}
	}
	if best >= 0 {
		return best
	}
	return later
}

// speaks reports whether a mention stands next to a speech verb: "Butler said",
// "Blinken also told", ", said Colonel Dave Butler".
func (x *Extractor) speaks(s *scan, m *mention) bool {
	se := s.sents[m.sent]
	from := m.to
	if from < se.to && s.toks[from].text == "," { // "X, the Saudi minister of state, told"
		for k := from + 1; k < se.to && k < from+14; k++ {
			if s.toks[k].text == "," {
				from = k + 1
				break
			}
		}
	}
	for k := from; k < se.to && k < from+3; k++ {
		t := s.toks[k]
		if t.kind != tWord {
			break
		}
		if isSpeechVerb(t.low) {
			return true
		}
	}
	k := m.from - 1
	for k >= se.from && x.gaz.isTitleWord(s.toks[k].low) {
		k--
	}
	if mt, ok := s.matchOf(k); ok && mt.kind == pOffice {
		k = mt.from - 1
	}
	// `," said Colonel Dave Butler`: the inverted verb follows a quotation or a comma
	return k > se.from && isSpeechVerb(s.toks[k].low) && (s.toks[k-1].kind == tQuote || s.toks[k-1].text == ",")
}

func isOfficialWord(w string) bool {
	switch w {
	case "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "aide", "aides":
		return true
	}
	return false
}

// pronounSubject is the subject of the pronoun's sentence so far, or of the nearest
// earlier sentence within two paragraphs that has one; -1 when none.
func (r *resolver) pronounSubject(subject map[int]int, si int) int {
	s := r.s
	para := s.sents[si].para
	for k := si; k >= 0 && para-s.sents[k].para <= 2; k-- {
		if a, ok := subject[k]; ok {
			return a
		}
	}
	return -1
}

// orgByHead finds the organization most recently named before token pos whose name
// holds head.
func (r *resolver) orgByHead(head string, pos int) int {
	best, bestPos := -1, -1
	for ai, a := range r.actors {
		if a.kind != "organization" || !strings.Contains(a.name, head) && !(head == "group" && a.orgKind == "group") {
			continue
		}
		if p := r.lastBefore(ai, pos); p > bestPos {
			best, bestPos = ai, p
		}
	}
	return best
}

// statementMaker finds who issued the statement that "the statement said" refers to: in
// the nearest earlier sentence (within three) that speaks of a statement or readout, the
// actor after "statement from/by/issued by", else the one who "said in a statement".
func (r *resolver) statementMaker(m *mention) int {
	s := r.s
	for si := m.sent - 1; si >= 0 && si >= m.sent-3; si-- {
		se := s.sents[si]
		for k := se.from; k < se.to; k++ {
			w := s.toks[k].low
			if w != "statement" && w != "readout" || s.inQuote[k] {
				continue
			}
			for j := k + 1; j < se.to && j < k+6; j++ {
				if mi := s.mentionAt(j); mi >= 0 && (s.toks[k+1].low == "from" || s.toks[k+1].low == "by" || s.toks[k+1].low == "issued") {
					return s.mentions[mi].actor
				}
			}
			for _, i := range s.order() {
				if o := s.mentions[i]; o.sent == si && o.actor >= 0 && !s.inQuote[o.from] && r.x.speaks(s, &o) {
					return o.actor
				}
			}
		}
	}
	return -1
}

// mentionAt returns the resolved mention starting at token k, or -1.
func (s *scan) mentionAt(k int) int {
	for i, m := range s.mentions {
		if m.from <= k && k < m.to && m.actor >= 0 {
			return i
		}
	}
	return -1
}

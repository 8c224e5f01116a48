package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

// orgHeads reads "the NATO chief", "the U.N. secretary-general", "the IAEA head" as the
// person the article named as that organization's head before ("NATO Secretary General
// Mark Rutte", "Rafael Grossi, the director general of the IAEA"), as wire copy refers
// to the heads of international bodies: the mention becomes one of that person, not of the
// organization (so "The IAEA chief met Araghchi" is Grossi's meeting). With no such person
// the mention stays the organization's.
func (r *resolver) orgHeads() {
	s := r.s
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.kind != mOrg || m.actor < 0 || m.from == 0 || s.toks[m.from-1].Low != "the" || m.org.Kind != "international" {
			continue
		}
		end := s.orgHeadEnd(m.to, s.sents[m.sent].to)
		if end < 0 {
			continue
		}
		head := r.headOf(m.actor, m.from)
		if head < 0 {
			head = r.onlyHead(m.from)
		}
		if head < 0 {
			continue
		}
		org := &r.actors[m.actor]
		for k, mi := range org.mentions {
			if mi == i {
				org.mentions = append(org.mentions[:k:k], org.mentions[k+1:]...)
				break
			}
		}
		m.kind, m.actor, m.to, m.words = mPerson, head, end, strings.Fields(r.actors[head].name)
		r.actors[head].mentions = append(r.actors[head].mentions, i)
	}
}

// orgHeadEnd returns the token after a head noun at token i ("chief", "head", "boss",
// "secretary-general", "secretary general", "director general", "managing director",
// "president", "chairman": "the European Commission president", "the AU Commission
// chairman"), or -1.
func (s *scan) orgHeadEnd(i, end int) int {
	if i >= end {
		return -1
	}
	if s.gaz.In(lexicon.BodyHead, s.toks[i].Low) {
		return i + 1
	}
	switch s.toks[i].Low {
	case "secretary", "director", "managing":
		if i+1 < end && (s.toks[i+1].Low == "general" || s.toks[i].Low == "managing" && s.toks[i+1].Low == "director") {
			return i + 2
		}
	}
	return -1
}

// headOf returns the person named before token before as head of organization actor org:
// right after the organization's name and an office ("NATO Secretary General Mark Rutte")
// or before "of" it in the same sentence ("Rafael Grossi, the director general of the
// IAEA"); the latest such person, or -1.
func (r *resolver) headOf(org, before int) int {
	s := r.s
	best, at := -1, -1
	for pi := range s.mentions {
		p := &s.mentions[pi]
		if p.kind != mPerson || p.actor < 0 || p.from >= before || p.from < at {
			continue
		}
		for oi := range s.mentions {
			o := &s.mentions[oi]
			if o.actor != org || o.kind != mOrg || o.sent != p.sent {
				continue
			}
			k := o.from - 1
			if k >= 0 && s.toks[k].Low == "the" {
				k--
			}
			if o.to <= p.from && p.from-o.to <= 3 && p.role != "" || o.from > p.to && o.from-p.to <= 10 && k >= 0 && s.toks[k].Low == "of" && s.commaWithin(p.to, o.from) == p.to {
				best, at = p.actor, p.from
			}
		}
	}
	return best
}

// headRoles are the offices of the heads of international bodies (offices.tsv and
// people.tsv spell them so).
var headRoles = map[string]bool{"Secretary-General": true, "Director-General": true, "Director General": true, "Managing Director": true}

// onlyHead returns the one person named before token before whose office is the head of an
// international body ("Rutte ... The NATO chief": Rutte is Secretary-General by the
// known-actor list), or -1 when none or several are.
func (r *resolver) onlyHead(before int) int {
	s := r.s
	head := -1
	for pi := range s.mentions {
		p := &s.mentions[pi]
		if p.kind != mPerson || p.actor < 0 || p.from >= before || !headRoles[r.actors[p.actor].role] {
			continue
		}
		if head >= 0 && head != p.actor {
			return -1
		}
		head = p.actor
	}
	return head
}

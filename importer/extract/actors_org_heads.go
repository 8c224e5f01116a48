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
		if m.kind != mOrg || m.actor < 0 || m.from == 0 || s.toks[m.from-1].Low != "the" {
			continue
		}
		end := s.orgHeadEnd(m.to, s.sents[m.sent].to)
		if end < 0 || end < s.sents[m.sent].to && (s.toks[end].Low == "of" || s.toks[end].Cap) {
			continue // "the Pentagon chief of staff", "the Kremlin chief Vladimir Putin"
		}
		if m.org.Kind != "international" {
			r.seatHead(i, end)
			continue
		}
		head := r.headOf(m.actor, m.from)
		if head < 0 {
			head = r.onlyHead(m.from)
		}
		if head < 0 {
			continue
		}
		r.dropMention(m.actor, i)
		m.kind, m.actor, m.to, m.words = mPerson, head, end, strings.Fields(r.actors[head].name)
		r.actors[head].mentions = append(r.actors[head].mentions, i)
	}
}

// seatHead reads "the Kremlin chief", "the Pentagon chief" (org mention i, head noun
// ending at token end) as the holder of the office the lexicon gives the body's head
// (orgs.tsv, head) in the body's country, found as "the Russian president" is: the one
// named last before, else first after. Wires name a leader or minister by the seat of
// power; the mention becomes a role reference resolved with the others. With no such
// holder in the story it stays the body's.
func (r *resolver) seatHead(i, end int) {
	s := r.s
	m := &s.mentions[i]
	if m.org.Head == "" {
		return
	}
	ref := mention{from: m.from - 1, to: end, kind: mRole, role: m.org.Head, country: m.org.Country, known: -1, sent: m.sent, actor: -1, rule: "actor.seat-head", words: []string{m.org.Head}}
	if r.byRole(&ref) < 0 {
		return
	}
	r.dropMention(m.actor, i)
	*m = ref
}

// dropMention takes mention i out of actor a's mentions, when a body's mention turns out
// to name its head: the body is no longer spoken of there.
func (r *resolver) dropMention(a, i int) {
	org := &r.actors[a]
	for k, mi := range org.mentions {
		if mi == i {
			org.mentions = append(org.mentions[:k:k], org.mentions[k+1:]...)
			return
		}
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

// onlyHead returns the one person named before token before whose office is the head of an
// international body ("Rutte ... The NATO chief": Rutte is Secretary-General by the
// known-actor list), or -1 when none or several are.
func (r *resolver) onlyHead(before int) int {
	s := r.s
	head := -1
	for pi := range s.mentions {
		p := &s.mentions[pi]
		if p.kind != mPerson || p.actor < 0 || p.from >= before || !s.gaz.IsOrgChief(r.actors[p.actor].role) {
			continue
		}
		if head >= 0 && head != p.actor {
			return -1
		}
		head = p.actor
	}
	return head
}

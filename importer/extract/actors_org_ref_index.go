package extract

import (
	"cmp"
	"slices"
)

// orgRefIndex holds, for each head word an organization reference used ("the agency", "the
// group"), the organizations it can mean and their mentions as resolveRefs passes them in
// text order (headOrgs), so that a reference finds the organization named last before it
// without reading every organization's mentions: on a long list of bodies, each referred
// back to, that cost the square of the list's length. What an organization is named by
// does not change while references are resolved (they add no organization, and no mention
// that names one); the mentions they attach are handed on (mentioned).
type orgRefIndex map[string]*headOrgs

// headOrgs are the organizations one head word can mean and their mentions: those not yet
// passed, by position, and the last passed (the latest before the reference, the first
// organization in actor order when two are named at one token, as lastBefore compared).
type headOrgs struct {
	orgs     map[int]bool
	ahead    []orgMention // sorted by position, then actor
	attached []orgMention // attached while resolving, in text order
	best     int
	bestFrom int
}

// orgMention is a mention at token from of organization actor.
type orgMention struct{ from, actor int }

// agencyKey keys, in an orgRefIndex, the bodies "the agency" stands for when no
// organization's name holds the word (agencyOrgs): no head word is empty.
const agencyKey = ""

// of returns head's organizations, found on its first use.
func (ix orgRefIndex) of(r *resolver, head string) *headOrgs {
	return ix.find(r, head, func() []int { return r.orgsOfHead(head) })
}

// agencies returns the international bodies and news agencies "the agency" stands for
// when no organization's name holds the word, found on first use like a head's: without
// them kept, every such reference read all organizations and their mentions again.
func (ix orgRefIndex) agencies(r *resolver) *headOrgs {
	return ix.find(r, agencyKey, r.agencyOrgs)
}

// find returns the organizations of key, listing them (orgs) on its first use.
func (ix orgRefIndex) find(r *resolver, key string, orgs func() []int) *headOrgs {
	if h := ix[key]; h != nil {
		return h
	}
	h := &headOrgs{orgs: map[int]bool{}, best: -1, bestFrom: -1}
	for _, ai := range orgs() {
		h.orgs[ai] = true
		for _, mi := range r.actors[ai].mentions {
			h.ahead = append(h.ahead, orgMention{r.s.mentions[mi].from, ai})
		}
	}
	slices.SortFunc(h.ahead, func(a, b orgMention) int { return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.actor, b.actor)) })
	ix[key] = h
	return h
}

// mentioned hands on a mention at token from that resolution attached to actor.
func (ix orgRefIndex) mentioned(actor, from int) {
	for _, h := range ix {
		if h.orgs[actor] {
			h.attached = append(h.attached, orgMention{from, actor})
		}
	}
}

// before returns the organization named last before token pos, -1 when none is; pos must
// not be smaller than at the call before.
func (h *headOrgs) before(pos int) int {
	for len(h.ahead) > 0 && h.ahead[0].from < pos {
		h.pass(h.ahead[0])
		h.ahead = h.ahead[1:]
	}
	for len(h.attached) > 0 && h.attached[0].from < pos {
		h.pass(h.attached[0])
		h.attached = h.attached[1:]
	}
	return h.best
}

func (h *headOrgs) pass(m orgMention) {
	if m.from > h.bestFrom || m.from == h.bestFrom && m.actor < h.best {
		h.best, h.bestFrom = m.actor, m.from
	}
}

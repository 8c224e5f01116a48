package extract

import (
	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// askedFor returns X in "asked X for a call" (the one asked is the other party of the
// contact requested) and "urged X during a phone call" (the one urged is the other
// party); -1 when the noun does not follow such a verb.
func (x *Extractor) askedFor(r *resolver, at []int, c clause, tr trigger) int {
	s := r.s
	k := tr.at - 1
	if k > c.from && (s.toks[k].Low == "a" || s.toks[k].Low == "an") {
		k--
	}
	if k > c.from && (s.toks[k].Low == "phone" || s.toks[k].Low == "telephone" || s.toks[k].Low == "video") {
		k-- // "during a phone call"
		if s.toks[k].Low == "a" || s.toks[k].Low == "an" || s.toks[k].Low == "their" {
			k--
		}
	}
	prep := s.toks[max(k, 0)].Low
	if k <= c.from || prep != "for" && prep != "during" && prep != "in" || at[k-1] < 0 {
		return -1
	}
	m := s.mentions[at[k-1]]
	if m.actor < 0 || !r.participantKind(at[k-1]) {
		return -1
	}
	v := s.contextStart(m.from) - 1
	if v < c.from || !x.gaz.In(lexicon.Ask, s.toks[v].Low) && (prep == "for" || !x.gaz.In(lexicon.Urge, s.toks[v].Low)) {
		return -1
	}
	return m.actor
}

// hostedBy returns C in "A and B met in Brussels, hosted by C" or "talks hosted by C"
// after the trigger and before the clause's next trigger: the host takes part in the
// contact it hosts. -1 when there is none.
func (r *resolver) hostedBy(at []int, c clause, tr trigger, trs []trigger) int {
	s := r.s
	end := c.to
	for _, o := range trs {
		if o.at > tr.at && o.at < end {
			end = o.at
		}
	}
	for k := tr.to; k+2 < end; k++ {
		if w := s.toks[k].Low; (w == "hosted" || w == "chaired") && s.toks[k+1].Low == "by" {
			if k > tr.to && (s.gaz.In(lexicon.Gathering, s.toks[k-1].Low) || s.gaz.In(lexicon.Occasion, s.toks[k-1].Low)) {
				return -1 // "met on the margins of a conference hosted by C", "at a reception hosted by C": C hosts the occasion
			}
			for j := k + 2; j < end && j < k+8; j++ {
				if mi := at[j]; mi >= 0 && s.mentions[mi].actor >= 0 && r.actors[s.mentions[mi].actor].kind == "person" {
					return s.mentions[mi].actor
				}
			}
			return -1
		}
	}
	return -1
}

// occasionPlace reports a noun of a social occasion (class occasion) told as the place of
// another contact word of its clause before it: "had a brief conversation at the dinner
// hosted by X", "met Y at a reception": the dinner is where they talked, no contact of
// its own with its host.
func (s *scan) occasionPlace(trs []trigger, tr trigger) bool {
	if !tr.noun || !s.gaz.In(lexicon.Occasion, s.toks[tr.at].Low) {
		return false
	}
	k := tr.at - 1
	for k > 0 && k >= tr.at-3 && s.toks[k].Kind == tokens.Word && !s.toks[k].Cap && s.toks[k].Low != "at" && s.toks[k].Low != "during" {
		k-- // "at the state dinner", "at a lavish banquet"
	}
	if k < 0 || s.toks[k].Low != "at" && s.toks[k].Low != "during" {
		return false
	}
	for _, o := range trs {
		if o.at < k && o.to <= k && !s.gaz.In(lexicon.Occasion, s.toks[o.at].Low) {
			return true
		}
	}
	return false
}

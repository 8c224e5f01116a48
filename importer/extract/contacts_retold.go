package extract

import "sort"

// fullerRetelling returns the contact just told when frame f tells it again with more
// parties "at the talks" ("X met Y on Tuesday. X and Z met Y and W at the talks."): one
// meeting told twice, the second time with its fuller list, whose parties it gains. The
// frame must point back at the meeting ("at/in/during the talks"), keep every party of
// it, agree on mode and date and follow within two sentences; a contact of several
// bilateral ones is another occasion.
func (r *resolver) fullerRetelling(last *building, f frame) *building {
	if last == nil || last.split || f.another || f.sent-last.lastSent > 2 || f.sent == last.lastSent {
		return nil
	}
	parts := distinct(f.actors)
	if len(parts) <= len(last.parts) || !subset(last.parts, parts) || !modesAgree(last.mode, f.mode) || !last.datesAgree(f) {
		return nil
	}
	s := r.s
	end := s.sents[f.sent].to
	for k := f.tr.to; k < end; k++ {
		if w := s.toks[k].Low; (w == "at" || w == "in" || w == "during") && s.atToldContact(k, end) {
			return last
		}
	}
	return nil
}

// grow adds the parties of a fuller retelling to the contact.
func (b *building) grow(f frame) {
	b.parts = distinct(append(b.parts, f.actors...))
	sort.Ints(b.parts)
	b.enrich(f)
}

package extract

// namedFrames drops the pronoun-pair frames of a clause that names its participants,
// except an earlier contact and a planned one after a held one ("spoke by phone and the
// two agreed to meet next month" tells two contacts; so does a contact noun a word of
// schedule tells ahead, "and the two sides will hold talks again in April").
func namedFrames(full []frame) []frame {
	var out []frame
	named := false
	held := false // a named frame of the clause tells a held contact
	for _, f := range full {
		if !(f.pair && len(f.subjects)+len(f.objects) == 0) {
			held = held || f.status == "held"
		}
	}
	for _, f := range full {
		if !(f.pair && len(f.subjects)+len(f.objects) == 0) {
			named = true
			out = append(out, f)
		} else if f.another {
			out = append(out, f) // "their first call since they met in November": an earlier contact
		} else if held && (f.status == "scheduled" || f.status == "proposed") && (!f.tr.noun || f.explicit) {
			f.another = true
			out = append(out, f) // "spoke by phone, and the two agreed to meet next month", "and the two sides will hold talks again in April": a further contact
		}
	}
	if !named {
		return nil
	}
	return out
}

// withOccasion lends the mode and date of a "when they met" frame to the one named frame
// of the clause it dates: "A and B discussed Taiwan when they met in November" is the
// November meeting, not a contact of its own.
func withOccasion(s *scan, full []frame) {
	var named []int
	for i, f := range full {
		if !(f.pair && len(f.subjects)+len(f.objects) == 0) && !f.another {
			named = append(named, i)
		}
	}
	if len(named) != 1 {
		return
	}
	n := &full[named[0]]
	for _, f := range full {
		if !f.pair || len(f.subjects)+len(f.objects) > 0 || f.another || f.status != n.status || f.tr.at < n.tr.at {
			continue
		}
		if !hasWord(s, f.tr.at-3, f.tr.at, "when") || !modesAgree(n.mode, f.mode) {
			continue
		}
		n.mode = refine(n.mode, f.mode)
		if !n.hasDate && f.hasDate {
			n.date, n.hasDate = f.date, true
		}
	}
}

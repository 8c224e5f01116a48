package extract

// split makes one bilateral frame per object when the text says the contacts were apart
// ("Biden spoke with Johnson, then with Merkel", "separate bilateral meetings with Lavrov
// and Kuleba", "spoke separately with", "both ... by phone", "respectively", "met Lapid on
// Thursday and Abbas on Friday"); otherwise a contact with several people ("met with Scholz
// and Duda", "hosted A and B") is one contact of all. Calls and talks with several people
// are read as several bilateral contacts unless the text joins them ("trilateral", "joint").
func (x *Extractor) split(s *scan, c clause, f frame, p parts) []frame {
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
	if len(subj) != 1 || len(obj) < 2 {
		return []frame{f}
	}
	// calls are one-to-one unless "conference call" or "jointly" says otherwise; "talks with
	// A and B" are usually held in turn
	separate := f.mode == "phone" || f.mode == "unspecified" || f.tr.name == "meetings" || f.tr.name == "talks" || p.apart || hasWord(s, f.tr.to, c.to, "then")
	for _, w := range []string{"including", "three-way", "trilateral", "joint", "together", "jointly"} {
		if hasWord(s, f.tr.at, c.to, w) {
			separate = false
		}
	}
	if len(p.objEnd) > 0 && s.groupIntroduced(f.tr.to, p.objEnd[0]) {
		separate = false // "talks with the foreign ministers of Saudi Arabia and Iran, A and B": one meeting
	}
	for _, w := range []string{"separate", "separately", "one-on-one", "bilateral", "both", "each", "respectively", "individually"} {
		if hasWord(s, c.from, c.to, w) {
			separate = true
		}
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
				if w := s.toks[k].low; w == "ahead" || w == "before" || w == "until" {
					end = k // "... and Marcos ahead of a summit next week": the summit's date
				}
			}
			if ds := s.findDates(p.objEnd[i], end); len(ds) > 0 {
				g.date, g.hasDate = ds[0], true
			}
		}
		out = append(out, g)
	}
	return out
}

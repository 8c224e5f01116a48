package extract

// titledInitials returns the person named last before mention m whose printed title has
// m's acronym for initials (titledWith), or -1.
func (r *resolver) titledInitials(m *mention, persons []int) int {
	for k := len(persons) - 1; k >= 0; k-- {
		for _, mi := range r.actors[persons[k]].mentions {
			if o := r.s.mentions[mi]; o.kind == mPerson && o.to <= m.from && r.s.titledWith(o, m.words[1]) {
				return persons[k]
			}
		}
	}
	return -1
}

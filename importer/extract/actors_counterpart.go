package extract

// counterpartOfOwner returns the person "her counterpart" (owner's) stands for: the last
// person named before who serves another country in an office of the same family as the
// owner's (a foreign minister's counterpart is a foreign minister, a leader's a leader), of
// the country the words give when they give one ("his Turkish counterpart"), or whose office
// the text does not tell ("met her Turkish counterpart Kemal Ozdenir"). An owner whose office
// the text does not tell takes the last person of another country. -1 when the owner
// is unknown or no one fits: a counterpart is never guessed across kinds of office.
func (r *resolver) counterpartOfOwner(owner int, country string, persons []int) int {
	if owner < 0 {
		return -1
	}
	o := r.actors[owner]
	family := r.x.gaz.OfficeFamily(o.role)
	for k := len(persons) - 1; k >= 0; k-- {
		a := r.actors[persons[k]]
		if persons[k] == owner || a.kind != "person" || a.country == "" || a.country == o.country {
			continue
		}
		if country != "" && a.country != country {
			continue
		}
		if family != "" && a.role != "" && r.x.gaz.OfficeFamily(a.role) != family {
			continue
		}
		return persons[k]
	}
	return -1
}

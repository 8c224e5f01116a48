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

// counterpartOf returns the one person of the article from country code whose office is
// of the family of subj's office, or -1 when none or several.
func (r *resolver) counterpartOf(subj int, code string) int {
	family := r.x.gaz.OfficeFamily(r.actors[subj].role)
	found, bare := -1, -1
	for i, a := range r.actors {
		if i == subj || a.kind != "person" || a.country != code || family == "" {
			continue
		}
		if a.role == "" {
			bare = uniqueIndex(bare, i)
			continue
		}
		if r.x.gaz.OfficeFamily(a.role) != family {
			bare = -2 // another officer of that country: an untitled person is no surer
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	if found < 0 && bare >= 0 {
		return bare // "his US counterpart" when the one American of the story has no office told
	}
	return found
}

// uniqueIndex returns i when no index was found before (prev -1), else -2: several.
func uniqueIndex(prev, i int) int {
	if prev == -1 {
		return i
	}
	return -2
}

package db

// LinkKeys reports whether t is a link table, one that only joins two other rows, and
// returns its two foreign keys. A link table's primary key is two foreign keys
// (contact_participants(contact_id, actor_id), extra columns allowed), or its columns
// other than a single-column key are two foreign keys (person_tags(id, person_id,
// tag_id)). Row pages follow such tables to the rows at their far end, which is what a
// reader wants: an actor's contacts, not the rows of contact_participants.
func (t *Table) LinkKeys() ([2]ForeignKey, bool) {
	var cols []string
	switch {
	case t.View:
		return [2]ForeignKey{}, false
	case len(t.PrimaryKey) == 2:
		cols = t.PrimaryKey
	case len(t.PrimaryKey) == 1:
		for _, c := range t.Columns {
			if c.Name != t.PrimaryKey[0] {
				cols = append(cols, c.Name)
			}
		}
	}
	if len(cols) != 2 {
		return [2]ForeignKey{}, false
	}
	var keys [2]ForeignKey
	for i, col := range cols {
		found := false
		for _, fk := range t.ForeignKeys {
			if fk.Column == col && fk.RefColumn != "" {
				keys[i], found = fk, true
				break
			}
		}
		if !found {
			return [2]ForeignKey{}, false
		}
	}
	return keys, true
}

// farKey is, for a link table reached through its key in, the key to its other end.
func farKey(link *Table, in ForeignKey) (ForeignKey, bool) {
	keys, ok := link.LinkKeys()
	switch {
	case !ok:
		return ForeignKey{}, false
	case keys[0].Column == in.Column:
		return keys[1], true
	case keys[1].Column == in.Column:
		return keys[0], true
	}
	return ForeignKey{}, false
}

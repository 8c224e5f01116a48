package lexicon

import "strings"

// What the rules ask of an office, answered from the one table data/offices.tsv. A role
// the table does not list (a role of data/people.tsv such as "Wagner chief") has no
// family, is not referable and not national.

// officeOf returns the table row of a canonical role.
func (g *Lexicon) officeOf(role string) (office, bool) {
	i, ok := g.roles[role]
	if !ok {
		return office{}, false
	}
	return g.Offices[i], true
}

// OfficeFamily groups offices that are counterparts of each other across countries:
// foreign, defense, military, leader, or "".
func (g *Lexicon) OfficeFamily(role string) string {
	o, _ := g.officeOf(role)
	return o.family
}

// IsLeaderRole reports a head of state or government: "the two leaders", "Ukraine's leader".
func (g *Lexicon) IsLeaderRole(role string) bool {
	return g.OfficeFamily(role) == "leader"
}

// IsSubjectRole reports roles specific enough that "the Russian president" may stand for
// the person holding it.
func (g *Lexicon) IsSubjectRole(role string) bool {
	o, _ := g.officeOf(role)
	return o.ref
}

// IsGenericRole reports an office word without a portfolio ("minister", "envoy") that,
// after "the", stands for the person last named with an office of that kind ("the
// minister" after Foreign Minister X).
func (g *Lexicon) IsGenericRole(role string) bool {
	o, _ := g.officeOf(role)
	return o.generic
}

// HoldsGeneric reports whether an actor's role is of the generic office's kind: "Foreign
// Minister" and "Minister of State" for Minister, "Ambassador to the UN" for Ambassador;
// a head of government ("Prime Minister") is no minister of a portfolio.
func (g *Lexicon) HoldsGeneric(role, generic string) bool {
	if role == "" || g.IsLeaderRole(role) {
		return false
	}
	for _, w := range strings.Fields(role) {
		if strings.EqualFold(w, generic) || spokes(w) && spokes(generic) {
			return true // "the spokesman" is the "Foreign Ministry spokeswoman" too
		}
	}
	return false
}

func spokes(w string) bool { return strings.HasPrefix(strings.ToLower(w), "spokes") }

// IsOrgChief reports the office of the head of an international body ("Secretary-General",
// "Managing Director"), whom "the NATO chief" or "the IMF chief" may stand for.
func (g *Lexicon) IsOrgChief(role string) bool {
	o, _ := g.officeOf(role)
	return o.orgChief
}

// TakesOrgName reports an office whose role an organization named right before it
// completes: "Pentagon spokesman", "CIA Director", "Treasury Secretary".
func (g *Lexicon) TakesOrgName(role string) bool {
	o, _ := g.officeOf(role)
	return o.orgPrefix
}

// IsNationalOffice reports an office held in a state's government.
func (g *Lexicon) IsNationalOffice(role string) bool {
	o, _ := g.officeOf(role)
	return o.national
}

// PluralRole returns the test of an actor's role for a plural description of office
// holders ("the foreign ministers", "leaders"), or nil when the phrase describes none.
func (g *Lexicon) PluralRole(phrase string) func(string) bool {
	i, ok := g.plurals[phrase]
	if !ok {
		return nil
	}
	o := g.Offices[i]
	if o.pluralFamily {
		return func(r string) bool { return r != "" && g.OfficeFamily(r) == o.family }
	}
	return func(r string) bool { return r == o.Role }
}

// PluralOffice is the role of each holder of a plural office ("foreign ministers");
// found is false when the phrase names no office. "counterparts" holds an office the
// text does not name.
func (g *Lexicon) PluralOffice(phrase string) (role string, found bool) {
	if phrase == "counterparts" {
		return "", true
	}
	i, ok := g.plurals[phrase]
	if !ok {
		return "", false
	}
	return g.Offices[i].Role, true
}

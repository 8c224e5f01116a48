package extract

// IsLeaderRole reports whether role is the office of a head of state or government (the
// leader family of offices.tsv): the importer's resolution across articles asks it, so
// that "Chinese leader Qiao" in one article and President Qiao Mingde in another are one.
func (x *Extractor) IsLeaderRole(role string) bool {
	return x.gaz.IsLeaderRole(role)
}

package views

import (
	"hotline/db"
)

// facetFilter is the filter that a facet value stands for, as a URL parameter: col=v for
// a column facet (col__isnull=1 for NULL), col__date=v for a day, col__startswith=v for a
// year or month, col__arraycontains=v for an array element.
func facetFilter(f db.Facet, v db.FacetValue) (key, value string) {
	raw := valueText(v.Value)
	if v.Value == nil {
		return filterKey(f.Column, "isnull"), "1"
	}
	switch f.Kind {
	case db.FacetDate:
		return filterKey(f.Column, "date"), raw
	case db.FacetYear, db.FacetMonth:
		return filterKey(f.Column, "startswith"), raw
	case db.FacetArray:
		return filterKey(f.Column, "arraycontains"), raw
	}
	return f.Column, raw
}

// facetToggle is the query that selects a facet value, or unselects it when base
// already has it.
func facetToggle(base params, f db.Facet, v db.FacetValue) (next params, selected bool) {
	key, raw := facetFilter(f, v)
	if containsPair(base, key, raw) {
		return base.withoutPair(key, raw), true
	}
	return base.with(key, raw), false
}

// facetParam is the URL parameter that asks for a facet of kind k.
func facetParam(k db.FacetKind) string {
	for _, fp := range facetParams() {
		if fp.Kind == k {
			return fp.Key
		}
	}
	return "_facet"
}

// facetTitle names a facet for people: "date (year)" for a year facet.
func facetTitle(column string, k db.FacetKind) string {
	if k == "" || k == db.FacetColumn {
		return column
	}
	return column + " (" + string(k) + ")"
}

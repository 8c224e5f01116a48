package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// ministryStaffCountries gives a person the text names right after "the <ministry>'s"
// ("the foreign ministry's Lin X told a regular briefing", "the defence ministry's
// spokesman Y said") the country of that ministry, when neither the text nor the lexicon
// tells theirs: a ministry's staff serve its state. The ministry is the one of that name
// the article named before with its country ("the Chinese Foreign Ministry said"), else
// the one of the wire dateline's country (wire copy names its own country's ministries
// bare). dateline is the country of Input.Dateline, or -1.
func (r *resolver) ministryStaffCountries(dateline int) {
	s := r.s
	for _, m := range s.mentions {
		a := r.untoldPerson(m)
		if a == nil {
			continue
		}
		name, at := r.ministryBeforeStaff(m)
		if name == "" {
			continue
		}
		if c := r.ministryNamedBefore(name, at); c != "" {
			a.country = c
			continue
		}
		if dateline < 0 {
			dateline = r.x.datelineCountry(s)
		}
		if dateline >= 0 {
			a.country = r.x.gaz.Countries[dateline].Code
		}
	}
}

// ministryBeforeStaff returns the name of the ministry a person mention follows as its
// staff, "the foreign ministry's X" or "the foreign ministry's spokesman X" ("Foreign
// Ministry"), and the token the ministry starts at; "" when the mention follows none.
func (r *resolver) ministryBeforeStaff(m mention) (string, int) {
	s := r.s
	se := s.sents[m.sent]
	k := m.from - 1
	if k > se.from && r.x.gaz.In(lexicon.SpeaksFor, s.toks[k].Low) {
		k-- // "the ministry's spokesman X"
	}
	if k <= se.from || s.toks[k].Kind != tokens.Poss {
		return "", 0
	}
	mm, ok := s.matchOf(k - 1)
	if !ok || mm.Kind != lexicon.PhraseMinistry || mm.To != k || mm.From <= se.from || s.toks[mm.From-1].Low != "the" {
		return "", 0 // "Russia's Foreign Ministry's X" has its country already
	}
	return r.x.gaz.Ministries[mm.Idx], mm.From
}

// ministryNamedBefore returns the country of the latest ministry called name that the
// article named with its country before token at ("the Chinese Foreign Ministry"), or "".
func (r *resolver) ministryNamedBefore(name string, at int) string {
	country, from := "", -1
	for _, o := range r.s.mentions {
		if o.kind != mOrg || o.actor < 0 || o.rule != "actor.ministry" || o.from >= at || o.from < from {
			continue
		}
		if b := r.actors[o.actor]; strings.HasSuffix(b.name, " "+name) && b.country != "" {
			country, from = b.country, o.from
		}
	}
	return country
}

package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// listedOffice reads a list of names that follows a list of countries after a plural
// office: "The foreign ministers of Brazil, Colombia and Ecuador, Mauro Vieira, Alvaro
// Leyva and Gustavo Manrique, met". The name at position p of its list holds the office
// for the country at position p. ok is false when the run at index idx is not in such a
// list or the lists do not pair up.
func (x *Extractor) listedOffice(s *scan, se sentence, runs [][2]int, idx int) (role, country string, ok bool) {
	first := idx // the first run of the name list
	for first > 0 && s.onlyListJoin(runs[first-1][1], runs[first][0]) {
		first--
	}
	k := runs[first][0] - 1
	if k <= se.from || s.toks[k].Text != "," {
		return "", "", false
	}
	if role, country, ok := x.demonymListOffice(s, se, runs, first, idx, k); ok {
		return role, country, true
	}
	codes, k := x.countryList(s, k-1, se.from+1, lexicon.PhraseCountry)
	if len(codes) < 2 || idx-first >= len(codes) || s.toks[k].Low != "of" && s.toks[k].Low != "from" || k-1 < se.from {
		return "", "", false
	}
	office := s.toks[k-1].Low
	if k-2 >= se.from && s.toks[k-2].Kind == tokens.Word {
		if r, found := x.gaz.PluralOffice(s.toks[k-2].Low + " " + office); found {
			return r, codes[idx-first], true
		}
	}
	if r, found := x.gaz.PluralOffice(office); found {
		return r, codes[idx-first], true
	}
	return "", "", false
}

// demonymListOffice reads a list of names after a plural office that a list of demonyms
// qualifies, set off by the comma at token comma: "The Rwandan and Burundian foreign
// ministers, Olivier Nduhungirehe and Albert Shingiro, met". The lists pair up only when
// they are as long as each other.
func (x *Extractor) demonymListOffice(s *scan, se sentence, runs [][2]int, first, idx, comma int) (role, country string, ok bool) {
	names := 1
	for n := first + 1; n < len(runs) && s.onlyListJoin(runs[n-1][1], runs[n][0]); n++ {
		names++
	}
	k := comma - 1
	if k-1 <= se.from {
		return "", "", false
	}
	role, found := x.gaz.PluralOffice(s.toks[k-1].Low + " " + s.toks[k].Low)
	if found {
		k -= 2
	} else if role, found = x.gaz.PluralOffice(s.toks[k].Low); found {
		k--
	} else {
		return "", "", false
	}
	codes, _ := x.countryList(s, k, se.from, lexicon.PhraseDemonym)
	if len(codes) < 2 || len(codes) != names || idx-first >= len(codes) {
		return "", "", false
	}
	return role, codes[idx-first], true
}

// countryList reads, right to left from token k down to token lo, a list of countries (or
// demonyms: kind) joined by commas and "and": "Brazil, Colombia and Ecuador", "Rwandan and
// Burundian". It returns their codes in text order and the token where the reading
// stopped.
func (x *Extractor) countryList(s *scan, k, lo int, kind lexicon.PhraseKind) ([]string, int) {
	var codes []string
	for ; k >= lo; k-- {
		t := s.toks[k]
		if t.Low == "and" || t.Text == "," {
			continue
		}
		m, found := s.matchOf(k)
		if !found || m.To != k+1 || m.Kind != kind {
			break
		}
		codes = append([]string{x.gaz.Countries[m.Idx].Code}, codes...)
		k = m.From
	}
	return codes, k
}

// onlyListJoin reports tokens [from, to) that are only commas and "and".
func (s *scan) onlyListJoin(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if w := s.toks[k].Low; w != "," && w != "and" {
			return false
		}
	}
	return true
}

// titleOfList reads a list of "NAME of COUNTRY" after a plural title: "Presidents A of
// Kenya, B of Tanzania and C of Uganda met". Every name of the list after the first (which
// the title itself precedes) holds the office the plural names; its country is its own
// "of COUNTRY". The first name takes it too when the title is not matched as an office
// ("Prime Ministers A of Norway and B of Sweden"). ok is false when no plural title opens
// the list of the run at index idx.
func (x *Extractor) titleOfList(s *scan, se sentence, runs [][2]int, idx int) (role string, ok bool) {
	i := idx
	for i > 0 {
		k := runs[i][0] - 1
		for k > se.from && (s.toks[k].Text == "," || s.toks[k].Low == "and") {
			k--
		}
		if k == runs[i][0]-1 {
			break
		}
		m, found := s.matchOf(k)
		if !found || m.To != k+1 || m.Kind != lexicon.PhraseCountry {
			break
		}
		k = m.From - 1
		if k > se.from && s.toks[k].Low == "the" {
			k--
		}
		if k <= se.from || s.toks[k].Low != "of" || runs[i-1][1] != k {
			break
		}
		i--
	}
	return x.pluralTitleBefore(s, se, runs[i][0])
}

// pluralTitleBefore returns the office of each holder a plural title right before token
// from names: "Presidents", "Prime Ministers", "foreign ministers".
func (x *Extractor) pluralTitleBefore(s *scan, se sentence, from int) (role string, ok bool) {
	if m, found := s.matchOf(from - 1); found && m.Kind == lexicon.PhraseOffice && m.To == from {
		words := make([]string, 0, m.To-m.From)
		for k := m.From; k < m.To; k++ {
			words = append(words, s.toks[k].Low)
		}
		r, found := x.gaz.PluralOffice(strings.Join(words, " "))
		return r, found && r != ""
	}
	if from-2 < se.from {
		return "", false
	}
	r, found := x.gaz.PluralOffice(s.toks[from-2].Low + " " + s.toks[from-1].Low)
	return r, found && r != ""
}

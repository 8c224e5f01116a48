package extract

import (
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
	var codes []string
	for k--; k > se.from; k-- {
		t := s.toks[k]
		if t.Low == "and" || t.Text == "," {
			continue
		}
		m, found := s.matchOf(k)
		if !found || m.To != k+1 || m.Kind != lexicon.PhraseCountry {
			break
		}
		codes = append([]string{x.gaz.Countries[m.Idx].Code}, codes...)
		k = m.From
	}
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

package extract

import (
	"strings"

	"hotline/importer/dates"
)

// parseText is sentence si's text as the parser reads it: the ordinal endings of the days
// of its dates blanked ("on 31st March" -> "on 31   March", "June 3rd" -> "June 3  "). The
// parser's treebank dates the American way, with plain figures; it reads "31st" as an
// adjective and hangs the rest of the sentence on it ("joined with A and B on 31st March
// to present" lost B). Blanks keep every rune offset, so the parse maps onto the tokens as
// before.
func (s *scan) parseText(si int) string {
	se := s.sents[si]
	var rs []rune
	for _, d := range s.sentenceDates(si) {
		if d.e.Kind != dates.Absolute && d.e.Kind != dates.Span {
			continue
		}
		for k := d.from; k < d.to; k++ {
			t := s.toks[k]
			n := ordinalFigures(t.Text)
			if n == 0 {
				continue
			}
			if rs == nil {
				rs = append([]rune(nil), s.rs[se.start:se.end]...)
			}
			for r := t.Start + n; r < t.End; r++ {
				rs[r-se.start] = ' '
			}
		}
	}
	if rs == nil {
		return string(s.rs[se.start:se.end])
	}
	return string(rs)
}

// ordinalFigures returns how many figures open an ordinal day, "31st", "2nd", "3rd",
// "14th": 0 for any other word.
func ordinalFigures(w string) int {
	n := 0
	for n < len(w) && n < 2 && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || len(w) != n+2 {
		return 0
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return n
	}
	return 0
}

package extract

import (
	"strings"

	"hotline/importer/extract/lexicon"
	"hotline/importer/extract/tokens"
)

// Offices that several countries name alike are printed differently by each: India's
// releases write "External Affairs Minister Dr. S. Jaishankar" and then "EAM", Australia's
// "Foreign Minister Penny Wong"; China's "Premier Li Qiang" holds the office Australia's
// "Prime Minister" does. A role reference of an office printed as one holder's title was
// printed (or as its initials) is that holder, not the holder named last: "Earlier in the
// day, EAM called on Prime Minister X" is Jaishankar, "the premier said" is Li.

// printedHolder returns, for a role reference m ("EAM", "the premier"), the one holder
// among holders whose title before a name was printed in its words or in the words it is
// the initials of ("External Affairs Minister"), or -1 when none or several.
func (r *resolver) printedHolder(m *mention, holders []int) int {
	if len(holders) < 2 {
		return -1
	}
	ref := r.s.printedOffice(m.from, m.to)
	if ref == "" {
		return -1
	}
	found := -1
	for _, ai := range holders {
		if !r.printedAs(ai, ref) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ai
	}
	return found
}

// printedAs reports whether a title of actor a before one of its names reads ref, in words
// or in initials.
func (r *resolver) printedAs(a int, ref string) bool {
	s := r.s
	for _, mi := range r.actors[a].mentions {
		p := s.mentions[mi]
		if p.kind != mPerson {
			continue
		}
		k := p.from - 1
		for k >= 0 && s.toks[k].Kind == tokens.Word && s.toks[k].Cap && (strings.HasSuffix(s.toks[k].Text, ".") || s.titleWord(s.toks[k].Low)) {
			k-- // "External Affairs Minister Dr. S. Jaishankar"
		}
		om, ok := s.matchOf(k)
		if !ok || om.Kind != lexicon.PhraseOffice || om.To != k+1 {
			continue
		}
		title := s.printedOffice(om.From, om.To)
		if title == ref || strings.ToLower(officeInitials(s, om.From, om.To)) == ref {
			return true
		}
	}
	return false
}

// printedOffice returns the lower-case words of the office match covering tokens from..to,
// or "".
func (s *scan) printedOffice(from, to int) string {
	var w []string
	for k := from; k < to; k++ {
		if om, ok := s.matchOf(k); !ok || om.Kind != lexicon.PhraseOffice {
			continue
		}
		w = append(w, s.toks[k].Low)
	}
	return strings.Join(w, " ")
}

// officeInitials returns the initials of the capitalized words of tokens from..to
// ("EAM" of "External Affairs Minister"), or "" for fewer than two.
func officeInitials(s *scan, from, to int) string {
	var b strings.Builder
	for k := from; k < to; k++ {
		if t := s.toks[k]; t.Cap {
			b.WriteString(t.Text[:1])
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

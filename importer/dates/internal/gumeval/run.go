package gumeval

import (
	"strconv"
	"strings"
	"unicode"

	"hotline/importer/dates"
	"hotline/importer/internal/gum"
)

// Found is one date expression the finder found in a document, resolved.
type Found struct {
	// Start and End are rune offsets into gum.Doc.Text.
	Start, End int
	Text       string
	Kind       dates.Kind
	// Value is YYYY-MM-DD, YYYY-MM or YYYY, or "" when the words pin no date down.
	Value string
}

// Run finds the date expressions of d sentence by sentence, as the importer searches the
// sentences of an article, and resolves each against the publication date: in the
// sentence's tense (tenseOf), an anaphoric day ("the next day") from the last day told
// before it or else from publication, and a year alone ("in 2019", "last year") to its
// year, which Resolve leaves out since it dates no contact. A sentence left out of the
// text (a title read with gum.Options.OmitTitle) is passed over.
func Run(f *dates.Finder, d gum.Doc) []Found {
	rs := []rune(d.Text)
	ref := d.Published
	var out []Found
	for _, s := range d.Sentences {
		if s.Start < 0 {
			continue
		}
		text := string(rs[s.Start:s.End])
		for _, e := range f.Find(text) {
			v := value(e, d.Published, ref, tenseOf(text, e))
			if len(v) == len("2006-01-02") {
				ref = v
			}
			out = append(out, Found{Start: s.Start + e.RuneStart, End: s.Start + e.RuneEnd, Text: e.Text, Kind: e.Kind, Value: v})
		}
	}
	return out
}

// value resolves e told in tense dir against the publication date pub, counting an
// anaphoric day from the day ref.
func value(e dates.Expr, pub, ref string, dir dates.Direction) string {
	switch e.Kind {
	case dates.Anaphoric:
		if e.Leads {
			return "" // counted from the event told after it
		}
		return dates.FromDay(e, ref)
	case dates.YearOnly:
		switch {
		case e.Year != 0:
			return strconv.Itoa(e.Year)
		case e.HasYearShift && len(pub) >= 4:
			y, err := strconv.Atoi(pub[:4])
			if err != nil {
				return ""
			}
			return strconv.Itoa(y + e.YearShift)
		}
		return ""
	}
	return dates.Resolve(e, pub, dir)
}

// tenseOf reads the tense of the date e in its sentence as a reader of news takes it at a
// glance: a future auxiliary ("will", "'ll", "shall", "won't", "going to", "is to") or
// "tomorrow" before the date, or after a date that opens the sentence ("On Friday, X will
// ..."), makes it Future, and anything else Past, since news tells what has happened. The
// importer reads a contact's own tense (importer/extract); a date of no contact has none,
// and this stands in for it.
func tenseOf(sentence string, e dates.Expr) dates.Direction {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’'
		})
	}
	before := words(sentence[:e.Start])
	scope := before
	if len(before) <= 2 {
		scope = append(scope, words(sentence[e.End:])...)
	}
	for i, w := range scope {
		w = strings.ReplaceAll(w, "’", "'")
		if w == "will" || w == "shall" || w == "won't" || w == "tomorrow" || strings.HasSuffix(w, "'ll") {
			return dates.Future
		}
		if i+1 < len(scope) && scope[i+1] == "to" && (w == "going" || w == "is" || w == "are") {
			return dates.Future // "am going to", "is to be held"
		}
	}
	return dates.Past
}

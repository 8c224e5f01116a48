package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"hotline/importer/dates"
)

// Dateline is the opening of a story's first paragraph that says where (and sometimes
// when, and through which agency) it was filed: "KYIV, Ukraine (AP) —", "Feb. 1 (UPI) --",
// "Washington:", "Alwaght- ".
type Dateline struct {
	Place     string // "Kyiv, Ukraine"; all-capital words are given ordinary case
	Date      string // "Feb. 1", as printed
	Publisher string // "AP", "UPI", "Alwaght"
	Text      string // the dateline as printed, separator included
}

// datelineMinWords is how long the sentence after a dateline must be: a dateline opens a
// lede, while "Russia: The view from Moscow" is a headline.
const datelineMinWords = 6

// takeDateline cuts the dateline off the first paragraph of the story.
func (c *Cleaner) takeDateline(d *document) {
	live := d.live()
	if len(live) == 0 {
		return
	}
	p := &d.paras[live[0]]
	dl, rest, ok := c.SplitDateline(p.text)
	if !ok {
		return
	}
	d.note(RuleDateline, dl.Text)
	p.text = rest
	d.res.Dateline, d.res.DatelineDate = dl.Place, dl.Date
	if dl.Publisher != "" {
		d.res.Publisher = dl.Publisher
	}
}

// SplitDateline reads a dateline at the very start of paragraph p and returns it with the
// rest of the paragraph. A dateline is a place (capitalised words, optionally ", State"),
// a date ("Feb. 1") or both, then an agency in parentheses or not, then a separator
// (":", "—", "–", "--", " -") and the capitalised start of a sentence; or a one-word
// outlet glued to a hyphen ("Alwaght- "). Anything else, such as "Russia — which denies
// it — said" or `Blinken: "We ..."`, is not a dateline.
func (c *Cleaner) SplitDateline(p string) (Dateline, string, bool) {
	if m := c.p.outlet.FindStringSubmatchIndex(p); m != nil {
		rest := p[m[1]:]
		if startsSentence(rest, false) && wordCount(rest) >= datelineMinWords {
			return Dateline{Publisher: p[m[2]:m[3]], Text: strings.TrimSpace(p[:m[1]])}, rest, true
		}
	}
	for _, cut := range []func(string) (string, string, string, bool){cutAgencyHead, cutSeparatorHead} {
		head, agency, rest, ok := cut(p)
		if !ok || !startsSentence(rest, agency != "") || wordCount(rest) < datelineMinWords {
			continue
		}
		dl := Dateline{Publisher: agency, Text: strings.TrimSpace(p[:len(p)-len(rest)])}
		if head == "" || readHead(head, &dl) {
			return dl, rest, true
		}
	}
	return Dateline{}, p, false
}

// datelineSeparators end a dateline, longest first.
func datelineSeparators() []string {
	return []string{" — ", " – ", " -- ", "—", "–", "--", ": ", " - "}
}

// datelineReach is how far into a paragraph a dateline may run, in bytes.
const datelineReach = 70

// cutAgencyHead splits "HEAD (Agency) — rest" into its parts; the separator after the
// agency is optional ("(CNN)The ...").
func cutAgencyHead(p string) (head, agency, rest string, ok bool) {
	limit := min(len(p), datelineReach)
	open := strings.IndexByte(p[:limit], '(')
	if open < 0 {
		return "", "", p, false
	}
	end := strings.IndexByte(p[open:limit], ')')
	if end <= 0 {
		return "", "", p, false
	}
	head, agency = strings.TrimSpace(p[:open]), p[open+1:open+end]
	rest = strings.TrimLeftFunc(p[open+end+1:], unicode.IsSpace)
	for _, sep := range datelineSeparators() {
		if cut, found := strings.CutPrefix(rest, strings.TrimLeft(sep, " ")); found {
			rest = cut
			break
		}
	}
	return head, agency, strings.TrimLeftFunc(rest, unicode.IsSpace), isAgencyName(agency)
}

// cutSeparatorHead splits "HEAD: rest" or "HEAD — rest" at the first separator.
func cutSeparatorHead(p string) (head, agency, rest string, ok bool) {
	limit := min(len(p), datelineReach)
	best, sepLen := -1, 0
	for _, sep := range datelineSeparators() {
		if k := strings.Index(p[:limit], sep); k > 0 && (best < 0 || k < best) {
			best, sepLen = k, len(sep)
		}
	}
	if best < 0 {
		return "", "", p, false
	}
	return strings.TrimSpace(p[:best]), "", strings.TrimLeftFunc(p[best+sepLen:], unicode.IsSpace), true
}

// isAgencyName reports a plausible agency in parentheses: a few capitalised words.
func isAgencyName(s string) bool {
	return s != "" && wordCount(s) <= 4 && allNameWords(s)
}

// startsSentence reports whether s opens with a capital letter or a digit; after an agency
// ("(AP) — “We...”") an opening quotation mark is accepted too.
func startsSentence(s string, quoteOK bool) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if quoteOK && strings.ContainsRune(`"“‘`, r) {
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// readHead fills the place and date of dl from the words before the separator, and
// rejects heads that are not a place or a date: too long, lower-case words, or a label
// such as "Update" or "Analysis".
func readHead(head string, dl *Dateline) bool {
	var places []string
	for part := range strings.SplitSeq(head, ",") {
		part = strings.TrimSpace(part)
		switch {
		case isDayOfMonth(part):
			dl.Date = part
		case isPlace(part):
			places = append(places, properCase(part))
		default:
			return false
		}
	}
	if len(places) > 2 {
		return false
	}
	dl.Place = strings.Join(places, ", ")
	return true
}

// isDayOfMonth reports "Feb. 1", "March 3", "1 February".
func isDayOfMonth(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 {
		return false
	}
	isDay := func(w string) bool { return len(w) <= 2 && strings.Trim(w, "0123456789") == "" }
	isMonth := func(w string) bool { _, ok := dates.MonthNumber(strings.TrimSuffix(w, ".")); return ok }
	return (isMonth(f[0]) && isDay(f[1])) || (isDay(f[0]) && isMonth(f[1]))
}

// isPlace reports one to three capitalised words that are not a label word.
func isPlace(s string) bool {
	if s == "" || wordCount(s) > 3 || !allNameWords(s) {
		return false
	}
	switch strings.ToLower(strings.Fields(s)[0]) {
	case "the", "a", "an", "update", "updated", "breaking", "exclusive", "analysis", "opinion",
		"editorial", "note", "editor's", "watch", "live", "video", "photos", "photo", "read",
		"related", "warning", "correction", "comment", "explainer", "he", "she", "it", "they",
		"we", "i", "this", "that", "but", "and", "or", "so", "yes", "no", "q", "a:":
		return false
	}
	return true
}

// properCase gives all-capital words of a place ordinary case ("KYIV" -> "Kyiv",
// "WASHINGTON/MOSCOW" -> "Washington/Moscow") and keeps abbreviations with dots ("D.C.")
// and mixed-case words as printed.
func properCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		parts := strings.Split(w, "/")
		for k, part := range parts {
			parts[k] = properWord(part)
		}
		words[i] = strings.Join(parts, "/")
	}
	return strings.Join(words, " ")
}

// properWord lower-cases all but the first letter of an all-capital word of letters.
func properWord(w string) string {
	if utf8.RuneCountInString(w) < 2 || w != strings.ToUpper(w) ||
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

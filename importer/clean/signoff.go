package clean

import "strings"

// signOff reports whether paragraph i is a reporter's sign-off under a live blog's entry (a
// dash, a name and where it was filed: "— Clara Whitfield in Rome", patterns.signOff): a
// byline, no actor. Under a quoted paragraph the same shape signs the quotation ("“...” —
// Name" is the speaker's), and it stays.
func (c *Cleaner) signOff(d *document, i int) bool {
	if !c.p.signOff.MatchString(strings.TrimSpace(d.paras[i].text)) {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if !d.paras[k].removed {
			return !strings.ContainsAny(lastRune(strings.TrimSpace(d.paras[k].text)), "\"”’'")
		}
	}
	return true
}

// lastRune returns the last character of s as a string, "" for none.
func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

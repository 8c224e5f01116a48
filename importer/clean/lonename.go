package clean

import (
	"strings"

	"hotline/importer/extract/lexicon"
)

// dropLoneNames removes lines that are only people's names, each opened by a known given
// name: "Ann Lee", "Ann Lee and Bo Chan". A story never prints a name as a paragraph of
// its own; a page does, over the teasers of its columnists, under an author's photo, over
// each reader's comment. A name over a quotation stays: some interviews print the speaker
// so, without the colon of a transcript's label. So does a name in a list of names, one a
// line: the signatories of a letter, the members of a new cabinet.
func (c *Cleaner) dropLoneNames(d *document) {
	live := d.live()
	for n, i := range live {
		s := d.paras[i].text
		if !c.isNameLine(s) || !c.givenNamesOpen(s) {
			continue
		}
		if n+1 < len(live) && opensQuotation(d.paras[live[n+1]].text) {
			continue
		}
		if n > 0 && c.isNameItem(d.paras[live[n-1]].text) || n+1 < len(live) && c.isNameItem(d.paras[live[n+1]].text) {
			continue // a list of names, the signatories of a letter or the members of a cabinet, is the story's
		}
		d.remove(i, RuleByline)
	}
}

// givenNamesOpen reports a name line whose every name opens with a known given name.
func (c *Cleaner) givenNamesOpen(s string) bool {
	for _, n := range nameParts(s) {
		w := strings.Fields(n)
		if len(w) == 0 || !c.lex.First[lexicon.FirstKey(w[0])] {
			return false
		}
	}
	return true
}

// nameItemMaxWords bounds what may follow a name in an item of a list of names: "Ann
// Lee, Example University".
const nameItemMaxWords = 8

// isNameItem reports an item of a list of names: a name line, or a name and a comma and a
// few words of who the person is ("Ann Lee, columnist").
func (c *Cleaner) isNameItem(s string) bool {
	name, rest, _ := strings.Cut(s, ",")
	return c.isNameLine(s) || c.isNameLine(name) && wordsAtMost(rest, nameItemMaxWords)
}

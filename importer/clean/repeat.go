package clean

import "strings"

// dropRepeats removes paragraphs printed again verbatim (pull quotes, captions repeated
// under a gallery, a scraper that read a block twice), keeping the first occurrence.
// Spacing and letter case differences do not make a paragraph new.
func dropRepeats(d *document) {
	seen := make(map[string]bool)
	for _, i := range d.live() {
		key := repeatKey(d.paras[i].text)
		if seen[key] {
			d.remove(i, RuleRepeat)
			continue
		}
		seen[key] = true
	}
}

// dropTitle removes the paragraphs that repeat the article's title.
func dropTitle(d *document, title string) {
	key := repeatKey(title)
	if key == "" {
		return
	}
	for _, i := range d.live() {
		if repeatKey(d.paras[i].text) == key {
			d.remove(i, RuleTitle)
		}
	}
}

// repeatKey is what makes two paragraphs the same: their words, in lower case, without a
// final full stop.
func repeatKey(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".")
}

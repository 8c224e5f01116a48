package clean

import "strings"

// dropRepeats removes paragraphs printed again verbatim (pull quotes, captions repeated
// under a gallery, a scraper that read a block twice), keeping the first occurrence.
// Spacing and letter case differences do not make a paragraph new.
func dropRepeats(d *document) {
	seen := make(map[string]bool)
	for _, i := range d.live() {
		key := strings.ToLower(strings.Join(strings.Fields(d.paras[i].text), " "))
		if seen[key] {
			d.remove(i, RuleRepeat)
			continue
		}
		seen[key] = true
	}
}

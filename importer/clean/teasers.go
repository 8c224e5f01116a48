package clean

import "strings"

// teasersMin is the fewest cut-off paragraphs that make a list of other stories: one
// paragraph that trails off ("and now I was…") may be the writer's.
const teasersMin = 3

// teaserMaxWords bounds a teaser: the opening lines of another story, cut off.
const teaserMaxWords = 60

// dropTeasers removes the teasers of a list of other stories: the first words of each
// story cut off by an ellipsis ("Minister Ann Lee has urged the Government to...").
// A story's own paragraph seldom ends so, and then once; a page that prints three
// such paragraphs prints a list, and the people its teasers name are no actors.
func dropTeasers(d *document) {
	var cut []int
	for _, i := range d.live() {
		if s := d.paras[i].text; wordsAtMost(s, teaserMaxWords) && trailsOff(s) {
			cut = append(cut, i)
		}
	}
	if len(cut) < teasersMin {
		return
	}
	for _, i := range cut {
		d.remove(i, RuleRelated)
	}
}

// trailsOff reports a paragraph of a few words or more that ends with an ellipsis outside
// quotation marks: a quotation that trails off is the speaker's, not a cut.
func trailsOff(s string) bool {
	if !strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "...") || wordsAtMost(s, teaserMinWords-1) {
		return false
	}
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, `"`)%2 == 0
}

// teaserMinWords is the fewest words of a teaser: "Loading..." and "Read more..." are
// the labels of buttons.
const teaserMinWords = 4

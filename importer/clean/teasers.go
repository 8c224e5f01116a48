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

// unfinishedMinWords is the fewest words of a paragraph that stops without ending its
// sentence and is too long for a heading: a photo's caption in a gallery, a teaser.
const unfinishedMinWords = 21

// unfinishedRunMin is the fewest such paragraphs in a row that make a gallery's captions
// or a list of teasers: a story's paragraph may lose its full stop to the scraper once.
const unfinishedRunMin = 3

// dropUnfinished removes runs of long paragraphs that all stop without ending their
// sentence ("Shoppers queue outside a store in Leeds after the minister announced new
// rules"): a gallery's captions or a list's teasers, whose people are no actors of the story.
func dropUnfinished(d *document) {
	var run []int
	flush := func() {
		if len(run) >= unfinishedRunMin {
			for _, i := range run {
				d.remove(i, RuleCaption)
			}
		}
		run = run[:0]
	}
	for _, i := range d.live() {
		if s := d.paras[i].text; !wordsAtMost(s, unfinishedMinWords-1) && !endsSentence(s) && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, ";") {
			run = append(run, i)
			continue
		}
		flush()
	}
	flush()
}

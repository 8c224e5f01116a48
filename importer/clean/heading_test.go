package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

// TestHeadingsAndLinks covers section headings and links to other stories between the
// paragraphs of a story, and lines of a similar look that stay.
func TestHeadingsAndLinks(t *testing.T) {
	prose := "The delegations met for three hours and agreed to meet again next month in the capital."
	runCases(t, []cleanCase{
		{"two links before prose", story + "\n\nOPINION: Why the border plan will not work\n\nPOLL: Most voters favour new talks\n\n" + prose,
			story + "\n\n" + prose, []string{"heading", "heading"}},
		{"speaker headline", story + "\n\nMinister: Talks are 'a waste of time'\n\n" + prose, story + "\n\n" + prose, []string{"heading"}},
		{"quoted heading", story + "\n\n'Levelling out'\n\n" + prose, story + "\n\n" + prose, []string{"heading"}},
		{"heading framed by dashes", story + "\n\n- Drone attacks -\n\n" + prose, story + "\n\n" + prose, []string{"heading"}},
		{"abbreviations in a heading", story + "\n\nU.S. hands over the prison\n\n" + prose, story + "\n\n" + prose, []string{"heading"}},
		{"three headlines in a row", story + "\n\nMinisters clash over fishing quotas in late-night session\n\nPort strike enters its third week as talks stall\n\nFlood warnings issued for the northern provinces\n\n" + prose + "\n\n" + story + " Again.\n\n" + prose + " Again.",
			story + "\n\n" + prose + "\n\n" + story + " Again.\n\n" + prose + " Again.", []string{"related", "related", "related"}},
		{"list introduced by a colon is kept", "The demands include:\n\nRelease of all prisoners held since May\n\nFree and fair elections next year\n\nAn end to the curfew in the capital\n\n" + prose,
			"The demands include:\n\nRelease of all prisoners held since May\n\nFree and fair elections next year\n\nAn end to the curfew in the capital\n\n" + prose, nil},
		{"lines without full stops throughout are kept", "The ministers met in the capital on Monday\n\nThey talked for three hours about the border\n\nNo agreement was reached on the main issues\n\nBoth sides said they would meet again",
			"The ministers met in the capital on Monday\n\nThey talked for three hours about the border\n\nNo agreement was reached on the main issues\n\nBoth sides said they would meet again", nil},
		{"speech without a full stop is kept", story + "\n\n“We met,” he said\n\n" + prose, story + "\n\n“We met,” he said\n\n" + prose, nil},
		{"two sentences are no heading", story + "\n\nTalks failed. Then the ministers left\n\n" + prose, story + "\n\nTalks failed. Then the ministers left\n\n" + prose, nil},
		{"colon after a long clause is no heading", story + "\n\nThe minister who led the talks for two years said: Enough\n\n" + prose,
			story + "\n\nThe minister who led the talks for two years said: Enough\n\n" + prose, nil},
		{"related story", story + "\n\nRelated Story Ministers clash over fishing quotas\n\n" + prose, story + "\n\n" + prose, []string{"related"}},
		{"glued list label", story + "\n\nlist 1 of 3Ministers clash over fishing quotas\n\n" + prose, story + "\n\n" + prose, []string{"related"}},
	})
}

// TestTitle covers a body that repeats its title.
func TestTitle(t *testing.T) {
	c := clean.New()
	title := "Ministers agree to resume border talks; next round in May?"
	for _, tc := range []struct{ name, title, in, want string }{
		{"title under a first line", title, "Officials arrived in Lima early on Monday.\n\n" + title + "\n\n" + story, "Officials arrived in Lima early on Monday.\n\n" + story},
		{"title again at the end", title, story + "\n\n" + strings.ToUpper(title), story},
		{"no title", "", title + "\n\n" + story, title + "\n\n" + story},
		{"a paragraph that contains the title stays", "Talks resume", "Talks resume in Lima, officials said.", "Talks resume in Lima, officials said."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.CleanTitled(tc.title, tc.in).Text; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

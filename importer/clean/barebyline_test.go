package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

func TestBareByline(t *testing.T) {
	tests := []struct {
		name, in, want, byline string
	}{
		{"name over job", "Ann Lee\n\nDiplomatic correspondent\n\n" + story, story, "Ann Lee"},
		{"name over job and place", "Ann Lee\nPolitical editor\n\n" + story, story, "Ann Lee"},
		{"two names over a time", "Ann Lee and Bo O'Chan\nToday at 13:30\n\n" + story, story, "Ann Lee and Bo O'Chan"},
		{"under a standfirst", "Leaders meet as the talks resume in Geneva today, officials say.\n\nAnn Lee\nReporting from Geneva\n\n" + story,
			"Leaders meet as the talks resume in Geneva today, officials say.\n\n" + story, "Ann Lee"},
		// Headings are no bylines (the heading rule may still drop them as furniture).
		{"heading over a time", "Live Updates\nToday at 13:30\n\n" + story, "", ""},
		{"capitalised heading alone", "Border Talks\n\n" + story, "", ""},
		{"one word is no name", "Kyiv\nStaff reporter\n\n" + story, "", ""},
		{"names after the story starts", story + "\n\nAnn Lee\nPolitical editor", "", ""},
	}
	c := clean.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Clean(tt.in)
			if (tt.want != "" && got.Text != tt.want) || !strings.Contains(got.Text, story) || got.Byline != tt.byline {
				t.Errorf("got text %q byline %q\nwant text %q byline %q (removed %q)", got.Text, got.Byline, tt.want, tt.byline, got.Removed)
			}
		})
	}
}

func TestAuthorCreditsAtTheEnd(t *testing.T) {
	runCases(t, []cleanCase{
		{"written by", story + "\n\nThis article was written by Ann Lee and Bo Chan.", story, []string{"credit"}},
		{"story edited by", story + "\n\nThis story was edited by Ann Lee.", story, []string{"credit"}},
		{"bio with a capitalised job", story + "\n\nAnn Lee is Group Political Editor", story, []string{"bio"}},
		{"a sentence about writing stays", story + "\n\nThe treaty was written by lawyers from both sides.",
			story + "\n\nThe treaty was written by lawyers from both sides.", nil},
	})
}

package clean_test

import (
	"testing"

	"hotline/importer/clean"
)

// TestStoryEnd covers staff credits in the shapes wire copy prints them and what a page
// shows after them: the credit goes, the list of other headlines under it goes, and a
// paragraph of story a site appended after the credit stays.
func TestStoryEnd(t *testing.T) {
	more := "Officials said a second round of talks would follow in the spring, after both sides consulted their governments."
	long := story + "\n\n" + more + "\n\n" + story + " Again.\n\n" + more + " Again."
	teaser := "A court in the capital on Tuesday ordered the release of the opposition leader, his lawyer said, hours after his arrest."
	headlines := "Ministers clash over fishing quotas in late-night session\n\nPort strike enters its third week as talks stall\n\nFlood warnings issued for the northern provinces\n\n"
	runCases(t, []cleanCase{
		{"credit in parentheses", story + "\n\n(Reporting by Ann Lee in Lima; Additional reporting by Bo Chan; Editing by Cy Dee)", story, []string{"credit"}},
		{"credit without by", story + "\n\n(Reporting Ann Lee and Bo Chan in Lima; Editing by Cy Dee)", story, []string{"credit"}},
		{"credit glued to the last sentence", story + " (Reporting by Ann Lee; Editing by Bo Chan)", story, []string{"credit"}},
		{"writing credit", story + "\n\n(Writing by Ann Lee; @annlee)", story, []string{"credit"}},
		{"web editor", story + "\n\n(Web editor: Ann Lee, Bo Chan)", story, []string{"credit"}},
		{"reported from", story + "\n\nAnn Lee reported from Lima and Bo Chan wrote from Quito.", story, []string{"credit"}},
		{"reported from in a story is kept", story + "\n\nAnn Lee reported from Lima that the talks had collapsed.", story + "\n\nAnn Lee reported from Lima that the talks had collapsed.", nil},
		{"reporting as a word is kept", "(Reporting on the talks was restricted, officials said.) " + story, "(Reporting on the talks was restricted, officials said.) " + story, nil},
		{"release end mark", story + "\n\n###", story, []string{"end"}},
		{"desk initials", story + "\n\nabc-de/fg", story, []string{"end"}},
		{"summary highlights", long + "\n\n@highlight\n\nMinisters meet in Lima for border talks\n\n@highlight\n\nNo deal yet, officials say", long, []string{"end", "end", "end", "end"}},
		{"headlines after the credit", long + "\n\n(Reporting by Ann Lee; Editing by Bo Chan)\n\n" + headlines + "Europe · 1 min ago\n\n" + teaser,
			long, []string{"credit", "widget", "end", "end", "end", "end"}},
		{"story after the credit is kept", story + "\n\n" + story + " Again.\n\n(Reporting by Ann Lee; Editing by Bo Chan)\n\n" + more,
			story + "\n\n" + story + " Again.\n\n" + more, []string{"credit"}},
		{"credit at the top keeps the story", "(Reporting by Ann Lee)\n\n" + story + "\n\nNo deal yet\n\nMinisters will meet again",
			story + "\n\nNo deal yet\n\nMinisters will meet again", []string{"credit"}},
	})
}

// TestStaffByline covers the byline read from a staff credit when the page has none.
func TestStaffByline(t *testing.T) {
	c := clean.New()
	for _, tc := range []struct{ name, in, byline string }{
		{"reporters with places", story + "\n\n(Reporting by Ann Lee in Lima and Bo Chan in New York; Editing by Cy Dee)", "Ann Lee and Bo Chan"},
		{"writer when no reporter", story + "\n\n(Additional reporting by Bo Chan; Writing by Ann Lee; Editing by Cy Dee)", "Ann Lee"},
		{"credit glued to the story", story + " (Reporting by Ann Lee; Editing by Cy Dee)", "Ann Lee"},
		{"byline at the top wins", "By Bo Chan\n\n" + story + "\n\n(Reporting by Ann Lee; Editing by Cy Dee)", "Bo Chan"},
		{"editors only give none", story + "\n\n(Editing by Cy Dee)", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.Clean(tc.in).Byline; got != tc.byline {
				t.Errorf("byline %q, want %q", got, tc.byline)
			}
		})
	}
}

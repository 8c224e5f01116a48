package source_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"hotline/importer/source"
)

// wrappedLede is a made-up first paragraph hard-wrapped at 64 columns.
const wrappedLede = "The foreign ministers of Austria and Hungary met in Vienna on\n" +
	"Tuesday to discuss the border crossings that were closed last\n" +
	"month, officials said.\n\n" +
	"They agreed that their experts would meet again next week in\n" +
	"Budapest.\n"

// TestTitleHeuristic checks, on made-up articles, when the first line of a text file is
// taken for its title.
func TestTitleHeuristic(t *testing.T) {
	long := strings.Repeat("word ", 30)
	cases := []struct {
		name, body, title, textStart string
	}{
		{"headline then blank", "Envoys to meet in Geneva next week\n\nThe envoys will meet.", "Envoys to meet in Geneva next week", "The envoys will meet."},
		{"headline then body line", "Envoys to meet in Geneva\nThe envoys will meet on Monday.", "Envoys to meet in Geneva", "The envoys will meet"},
		{"headline ending in closing quote", "Talks go on. “We will keep talking”\nThe talks went on.", "Talks go on. “We will keep talking”", "The talks went on."},
		{"headline then read time glued", "Ministers speak by phone.\n4 min readThe ministers spoke.", "Ministers speak by phone.", "4 min readThe"},
		{"headline then byline", "Ministers held talks.\nBy Ann Lee\n\nThe ministers met.", "Ministers held talks.", "By Ann Lee"},
		{"question headline then blank", "Will the leaders meet?\n\nNobody knows yet whether they will.", "Will the leaders meet?", "Nobody knows"},
		{"first sentence is not a title", "The ministers spoke on Monday.\nThey agreed to meet again.", "", "The ministers spoke on Monday."},
		{"one-sentence lede then blank", "The ministers spoke on Monday.\n\nThey agreed to meet again.", "", "The ministers spoke on Monday."},
		{"colon dateline", "Paris: The French foreign minister met his German counterpart on Friday\nThey talked.", "", "Paris: The French"},
		{"agency dateline", "BERLIN (AP) — The chancellor spoke to the president by phone\nMore text.", "", "BERLIN (AP)"},
		{"upi dateline", "March 3 (UPI) -- The two leaders spoke for an hour on Friday\nMore text.", "", "March 3 (UPI)"},
		{"outlet dateline", "Newswire- The leaders will talk on Thursday about the crisis\nMore text.", "", "Newswire- The"},
		{"a transcript's first turn", "PRIME MINISTER ANA KOVAC: Good afternoon. I spoke to the foreign minister today. (Applause)\n\nQUESTION: Will you meet him?", "", "PRIME MINISTER ANA KOVAC:"},
		{"place and dash on a line of its own", "LIMA\u2014\n\nThe two ministers met for two hours on Friday.", "", "LIMA\u2014"},
		{"too long", long + "\n\nBody.", "", "word word"},
		{"only one line", "Envoys meet in Geneva", "", "Envoys meet in Geneva"},
		{"byline is not a title", "By Ann Lee\n\nThe ministers met.", "", "By Ann Lee"},
		{"leading blank lines", "\n\n  Envoys meet  \n\nBody.", "Envoys meet", "Body."},
		{"hard-wrapped lede is not a title", wrappedLede, "", "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to"},
		{"headline over a hard-wrapped body", "Envoys meet in Vienna\n\n" + wrappedLede, "Envoys meet in Vienna", "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to"},
		{"headline wrapped over two lines", "Envoys of Austria and Hungary meet in Vienna over the border\ncrossings closed last month\n\n" + wrappedLede,
			"Envoys of Austria and Hungary meet in Vienna over the border crossings closed last month", "The foreign"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{"a.txt": {Data: []byte(c.body)}}
			got, skips := readAll(t, source.Input{FS: fsys, Path: "."})
			if len(got) != 1 {
				t.Fatalf("got %d articles, skips %v", len(got), skips)
			}
			if got[0].Title != c.title {
				t.Errorf("title = %q, want %q", got[0].Title, c.title)
			}
			if !strings.HasPrefix(got[0].Text, c.textStart) {
				t.Errorf("text = %q, want it to start with %q", got[0].Text, c.textStart)
			}
		})
	}
}

// TestTitleUnderFrontMatter checks, on made-up Markdown files whose front matter gives the
// title, which first lines of the body are the headline printed again: a line that ends
// like a sentence is the story's first paragraph, even with furniture under it, as live
// blogs print entries.
func TestTitleUnderFrontMatter(t *testing.T) {
	cases := []struct{ name, body, textStart string }{
		{"a lede over a live blog's link line", "The ministers met in Rome on Wednesday.\n\nLink Copied!\n\nMore text.", "The ministers met in Rome"},
		{"a lede over a credit", "The ministers met in Rome on Wednesday.\n\nAnn Lee contributed reporting from Rome.", "The ministers met in Rome"},
		{"the headline again over the body", "Ministers meet in Rome\n\nThe ministers met in Rome on Wednesday.", "The ministers met in Rome"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			md := "---\ntitle: Ministers meet in Rome\ndate: 2025-03-05\n---\n\n" + c.body + "\n"
			got, skips := readAll(t, source.Input{FS: fstest.MapFS{"a.md": {Data: []byte(md)}}, Path: "."})
			if len(got) != 1 {
				t.Fatalf("got %d articles, skips %v", len(got), skips)
			}
			if got[0].Title != "Ministers meet in Rome" || !strings.HasPrefix(got[0].Text, c.textStart) {
				t.Errorf("title %q text %q, want the front matter's title and text from %q", got[0].Title, got[0].Text, c.textStart)
			}
		})
	}
}

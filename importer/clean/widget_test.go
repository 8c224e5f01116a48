package clean_test

import "testing"

// TestSiteFurniture covers navigation, share bars, tags, notices, address lines, credits
// of the big papers and wire staff lines, and prose of a similar look that stays.
func TestSiteFurniture(t *testing.T) {
	caption := "The foreign ministers shake hands before their talks in Lima on Friday."
	runCases(t, []cleanCase{
		{"breadcrumbs", "World > Americas > Peru\n\n" + story, story, []string{"widget"}},
		{"menu bar", "Home | News | Politics | Business\n\n" + story, story, []string{"widget"}},
		{"greater than in prose is kept", "Turnout was > 60 percent in Lima, officials said.", "Turnout was > 60 percent in Lima, officials said.", nil},
		{"share bar", "Share Tweet Email\n\n" + story, story, []string{"widget"}},
		{"share on", story + "\n\nShare this article on WhatsApp", story, []string{"widget"}},
		{"tags", story + "\n\nTags: Trade, Lima, Ann Lee, Bo Chan", story, []string{"related"}},
		{"cookie notice", "We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.\n\n" + story, story, []string{"notice"}},
		{"script notice", story + "\n\nPlease enable JavaScript to view this content", story, []string{"notice"}},
		{"cookies in a story are kept", story + " Officials said the ministry's website had been hacked.", story + " Officials said the ministry's website had been hacked.", nil},
		{"coverage link", story + "\n\nFollow our coverage of the talks at https://example.com/hub/talks", story, []string{"promo"}},
		{"address in a sentence is kept", story + "\n\nThe full statement is at www.example.org.", story + "\n\nThe full statement is at www.example.org.", nil},
		{"agency then photographer unbracketed", caption + " REUTERS/Ann Lee/File Photo\n\n" + story, story, []string{"caption"}},
		{"photographer and paper", caption + "\nAnn Lee/The Example Times\n\n" + story, story, []string{"caption", "credit"}},
		{"credit dots", caption + "\nCredit...Ann Lee for Example News\n\n" + story, story, []string{"caption", "credit"}},
		{"slash in prose is kept", "The Lima/Quito talks resumed on Monday.", "The Lima/Quito talks resumed on Monday.", nil},
		{"last modified", "Last modified on Tue 12 Mar 2019 12.03 GMT\n\n" + story, story, []string{"widget"}},
		{"inputs from agencies", story + "\n\n(With inputs from agencies)", story, []string{"credit"}},
		{"with agency", story + "\n\n— With reporting by Ann Lee", story, []string{"credit"}},
		{"translated by", story + "\n\nTranslated by Ann Lee", story, []string{"credit"}},
		{"home in a sentence is kept", "Home Secretary Ann Lee met her counterpart in Lima.", "Home Secretary Ann Lee met her counterpart in Lima.", nil},
	})
}

// TestOlderSiteFurniture covers furniture of older news pages and wire feeds.
func TestOlderSiteFurniture(t *testing.T) {
	runCases(t, []cleanCase{
		{"topic links", story + "\n\nAll AboutLima • Ann Lee • Border Disputes", story, []string{"related"}},
		{"link with a guillemet", story + "\n\nWatch the ministers arrive in Lima »\n\n" + story + " Again.", story + "\n\n" + story + " Again.", []string{"related"}},
		{"email to a friend", story + "\n\nE-mail to a friend", story, []string{"widget"}},
		{"old share bar", "Digg Mixx del.icio.us Facebook\n\n" + story, story, []string{"widget"}},
		{"keep reading", story + "\n\nKeep reading list of 4 items", story, []string{"related"}},
		{"sources of a report", story + "\n\nSome information for this report came from Example News and Example Wire.", story, []string{"credit"}},
		{"unedited feed", story + "\n\n(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)", story, []string{"bio"}},
		{"old wire sign-off", story + "\n\nREUTER", story, []string{"credit"}},
		{"all about in a sentence is kept", "All about the border, the minister said, was up for discussion.", "All about the border, the minister said, was up for discussion.", nil},
	})
}

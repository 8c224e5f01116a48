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

package clean_test

import "testing"

// TestCaptions covers captions in the shapes agencies and sites print them, and prose of
// a similar look that stays.
func TestCaptions(t *testing.T) {
	caption := "The foreign ministers shake hands before their talks in Lima on Friday"
	runCases(t, []cleanCase{
		{"agency then photographer", caption + ". (Xinhua/Ann Lee)\n\n" + story, story, []string{"caption"}},
		{"agency photo then photographer", caption + ". (AP Photo/Ann Lee)\n\n" + story, story, []string{"caption"}},
		{"staff photographer and paper", caption + ". (Ann Lee/The Example Herald)\n\n" + story, story, []string{"caption"}},
		{"one word each side of a slash is kept", story + " (Hamas/Fatah)", story + " (Hamas/Fatah)", nil},
		{"credit with its full stop inside the parenthesis", caption + ". From right are Ann Lee and Bo Chan. (Picture by Tom Hale.)\n\n" + story, story, []string{"caption"}},
		{"who stands where", story + "\n\nFrom left are Ann Lee, Bo Chan and Tom Hale at the signing in Lima.", story, []string{"caption"}},
		{"left to right", story + "\n\nLeft to right: Ann Lee, Bo Chan and Tom Hale.", story, []string{"caption"}},
		{"from left-wing parties is prose", story + "\n\nFrom left-wing parties to the army, everyone backed the talks.", story + "\n\nFrom left-wing parties to the army, everyone backed the talks.", nil},
		{"bracketed file credit", caption + " [File: Ann Lee/AP Photo]\n\n" + story, story, []string{"caption"}},
		{"bracketed photo credit", caption + ". [Photo Prime Minister's Office]\n\n" + story, story, []string{"caption"}},
		{"brackets in a sentence are kept", "The minister said [the talks] would go on.", "The minister said [the talks] would go on.", nil},
		{"caption ending with its date", story + "\n\nThe foreign minister, second from left, speaks with his counterpart in Lima, Peru, Feb. 21, 2016.\n\n" + story + " Again.",
			story + "\n\n" + story + " Again.", []string{"caption"}},
		{"day month year caption", story + "\n\nThe two leaders walk to the press conference in Lima, 21 February 2016.",
			story, []string{"caption"}},
		{"date after on is prose", story + "\n\nThe accord was signed in Lima on Feb. 21, 2016.", story + "\n\nThe accord was signed in Lima on Feb. 21, 2016.", nil},
		{"weekday and date after on is prose", story + "\n\nThe two ministers met in Lima on Sunday, Feb. 21, 2016.", story + "\n\nThe two ministers met in Lima on Sunday, Feb. 21, 2016.", nil},
		{"weekday and date after a comma is a caption", story + "\n\nThe two ministers shake hands in Lima, Sunday, Feb. 21, 2016.", story, []string{"caption"}},
		{"in this photo", "In this photo released by the presidency, the two leaders shake hands in Lima.\n\n" + story, story, []string{"caption"}},
		{"this undated photo shows", story + "\n\nThis undated file photo shows the old fort near the border.", story, []string{"caption"}},
		{"this photo in prose is kept", "This photo op was the highlight of the visit, an aide said.", "This photo op was the highlight of the visit, an aide said.", nil},
		{"file label", "FILE - The two leaders shake hands in Lima. (Example)\n\n" + story, story, []string{"caption"}},
		{"agency-style photographer under a caption", caption + "\n\nAnn LEE\n\n" + story, story, []string{"caption", "credit"}},
		{"two photographers", caption + "\n\nAnn LEE, BO CHAN\n\n" + story, story, []string{"caption", "credit"}},
		{"capitals name after a sentence is no credit", story + "\n\nNEW DELHI\n\n" + story + " Again.", story + "\n\n" + story + " Again.", []string{"heading"}},
		{"embedded post", story + "\n\nSkip Twitter post by @annlee We were stopped at the border tonight. — Ann Lee (@annlee) May 1, 2020\n\n" + story + " Again.",
			story + "\n\n" + story + " Again.", []string{"caption"}},
		{"media caption", "Media playback is unsupported on your device Media caption Protesters marched through the capital\n\n" + story, story, []string{"caption"}},
	})
}

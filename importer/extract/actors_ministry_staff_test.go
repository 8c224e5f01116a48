package extract_test

import "testing"

// TestMinistryStaffCountry covers a person named right after "the <ministry>'s": they
// serve the ministry of that name the story named before with its country, else the one
// of the dateline's country; with neither, their country stays untold.
func TestMinistryStaffCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"the ministry named before with its country", "",
			`The Chinese Foreign Ministry said the visit would deepen trust. "Beijing is ready to work with Jakarta," the foreign ministry's Lin Dorvasa told a regular briefing.`,
			"Lin Dorvasa", "CN"},
		{"the latest of two ministries of that name", "",
			`The Japanese Foreign Ministry lodged a protest on Monday. The Chinese Foreign Ministry rejected it a day later. "The protest is groundless," the foreign ministry's Lin Dorvasa told reporters.`,
			"Lin Dorvasa", "CN"},
		{"a spokesman's title between the ministry and the name", "",
			`The Finnish Defence Ministry confirmed the drills. "The exercise was planned months ago," the defence ministry's spokesman Arvo Telkinen said.`,
			"Arvo Telkinen", "FI"},
		{"the dateline's ministry when none is named before", "Tokyo",
			`"We have lodged a strong protest," the foreign ministry's Haruki Demovasa told reporters on Tuesday.`,
			"Haruki Demovasa", "JP"},
		{"neither a ministry named before nor a dateline", "",
			`"We have lodged a strong protest," the foreign ministry's Haruki Demovasa told reporters on Tuesday.`,
			"Haruki Demovasa", ""},
	}
	runDatelineCases(t, x, cases)
}

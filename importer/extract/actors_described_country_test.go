package extract_test

import "testing"

// TestDescribedCountry covers a person the text introduces by a description that opens
// with a demonym and ends in a noun of a person no office names: the demonym is their
// country. A comma or a function word ends the description, and a list is no single
// description.
func TestDescribedCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []datelineCase{
		{"a candidate after an abbreviated country and party", "",
			"Britain's opposition leader invited U.S. Republican presidential candidate Robert Valdane to visit a mosque.",
			"Robert Valdane", "US"},
		{"a lawmaker after a demonym and an adjective", "",
			"Iranian reformist lawmaker Ahmad Sarvandi told reporters the deal was dead.",
			"Ahmad Sarvandi", "IR"},
		{"a challenger after a demonym and a noun", "",
			"On Friday, Kenyan opposition challenger David Omwenga said he would contest the result.",
			"David Omwenga", "KE"},
		{"a party's candidacy opening the story, no demonym", "",
			"Republican presidential candidate Marco Dalvin criticized the move on Sunday.",
			"Marco Dalvin", ""},
		{"a comma ends the description", "",
			"Speaking in Dutch, campaign activist Peter Holmvik said the plan had failed.",
			"Peter Holmvik", ""},
		{"a function word ends the description", "",
			"He ignored the Iranian advice as his fellow Pavel Holmvik urged him to stand.",
			"Pavel Holmvik", ""},
		{"a list is no one description", "",
			"The talks drew Dutch and Belgian lawmakers and Swiss activist Peter Holmvik, organizers said.",
			"Peter Holmvik", "CH"},
	}
	runDatelineCases(t, x, cases)
}

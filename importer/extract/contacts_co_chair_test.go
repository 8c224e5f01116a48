package extract_test

import "testing"

// TestCoChair covers ministers of two countries who co-chair a joint commission or
// dialogue, as government releases tell their meetings: a meeting of the chairs, or of
// all the delegations named; two ministers of one government chairing a committee of
// their own are no contact.
func TestCoChair(t *testing.T) {
	x := newExtractor(t)
	const jaishankar, mudavadi = "Subrahmanyam Jaishankar", "Musalia Mudavadi"
	cases := []contactCase{
		{"two chairs as subjects", "External Affairs Minister S. Jaishankar and his Kenyan counterpart Musalia Mudavadi co-chaired the India-Kenya Joint Commission in Nairobi on Tuesday.", "",
			[]contactWant{{names: []string{jaishankar, mudavadi}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"the other chair after with", "External Affairs Minister S. Jaishankar co-chaired the India-Kenya Joint Commission with Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Tuesday.", "",
			[]contactWant{{names: []string{jaishankar, mudavadi}, mode: "meeting", status: "held"}}},
		{"a planned co-chair", "Foreign Minister Penny Wong will co-chair the dialogue with Indian External Affairs Minister S. Jaishankar in Canberra on Friday.", "",
			[]contactWant{{names: []string{"Penny Wong", jaishankar}, mode: "meeting", status: "scheduled", dateText: "Friday"}}},
		{"colleagues of one government", "Foreign Minister Penny Wong and Defence Minister Richard Marles co-chaired the national security committee on Tuesday.", "", nil},
		{"colleagues in talks with another delegation", "Foreign Minister Penny Wong and Defence Minister Richard Marles co-chaired the Australia-Japan talks with Japanese Foreign Minister Takeshi Iwaya and Defence Minister Gen Nakatani.", "",
			[]contactWant{{names: []string{"Penny Wong", "Richard Marles", "Takeshi Iwaya", "Gen Nakatani"}, mode: "meeting", status: "held"}}},
		{"a session alone", "External Affairs Minister S. Jaishankar co-chaired a session on climate finance at the summit.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestNounVouch covers a name no list knows, with no title, that a contact noun vouches
// for as a contact verb does: after "talks with" or "a call with", and before a light verb
// and a contact noun ("X Y held talks with"). A name followed by more words ends no phrase
// and is not vouched for; two such persons with no office make a contact all the same.
func TestNounVouch(t *testing.T) {
	x := newExtractor(t)
	const ruto, teferra = "William Ruto", "Haimanot Teferra"
	cases := []contactCase{
		{"talks with a name", "Kenyan President William Ruto held talks with Haimanot Teferra on Tuesday.", "",
			[]contactWant{{names: []string{ruto, teferra}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"a call with a name", "Kenyan President William Ruto had a phone call with Haimanot Teferra on Tuesday.", "",
			[]contactWant{{names: []string{ruto, teferra}, mode: "phone", status: "held", dateText: "Tuesday"}}},
		{"a name before a light verb", "Haimanot Teferra held talks with Kenyan President William Ruto on Tuesday.", "",
			[]contactWant{{names: []string{ruto, teferra}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"a name before more words", "Kenyan President William Ruto held talks with Haimanot Teferra officials on Tuesday.", "", nil},
		{"two names with no office", "Talks between Haimanot Teferra and Abebe Tadesse ended on Tuesday.", "",
			[]contactWant{{names: []string{teferra, "Abebe Tadesse"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
	}
	runContactCases(t, x, cases)
}

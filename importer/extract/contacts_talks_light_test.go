package extract_test

import "testing"

// TestTalksAfterMotion covers talks named after a word of coming to or from them ("fresh
// from talks with Y", "headed into talks with Y", "on the eve of talks with Y"): the
// clause's subject is the other party, and "ahead of"/"on the eve of" makes them due.
func TestTalksAfterMotion(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"fresh from talks", "Kenyan President William Ruto, fresh from talks with Ugandan President Yoweri Museveni, said the pipeline would go ahead.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held"}}},
		{"headed into talks", "Kenyan President William Ruto headed into talks with Ugandan President Yoweri Museveni on Monday.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"went into talks", "Kenyan President William Ruto went into talks with Ugandan President Yoweri Museveni on Monday.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"ahead of talks", "Kenyan President William Ruto spoke to reporters ahead of talks with Ugandan President Yoweri Museveni on Monday.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "scheduled", dateText: "Monday"}}},
		{"on the eve of talks", "Kenyan President William Ruto spoke to reporters on the eve of talks with Ugandan President Yoweri Museveni.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "scheduled"}}},
		{"reports emerging on talks", "Kenyan spokesman Hussein Mohamed said reports were emerging on talks between William Ruto and Yoweri Museveni.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held"}}},
		{"excluded from talks", "Kenyan President William Ruto was excluded from talks with Ugandan President Yoweri Museveni.", "", nil},
		{"withdrew from talks", "Kenyan President William Ruto withdrew from talks with Ugandan President Yoweri Museveni.", "", nil},
	}
	runContactCases(t, x, cases)
}

// TestToldAfterQuote covers a quotation told to a named person, the day after the name:
// one leader telling another is a contact; telling a newspaper or reporters is none.
func TestToldAfterQuote(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"told a leader on a day", `"The border will reopen," Kenyan President William Ruto told Ugandan President Yoweri Museveni on Monday.`, "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "unspecified", status: "held", dateText: "Monday"}}},
		{"told a leader last week", `"The border will reopen," Kenyan President William Ruto told Ugandan President Yoweri Museveni last week.`, "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "unspecified", status: "held", dateText: "last week"}}},
		{"told a news agency", `"The border will reopen," Kenyan President William Ruto told Reuters on Monday.`, "", nil},
		{"told reporters", `"The border will reopen," Kenyan President William Ruto told reporters on Monday.`, "", nil},
	}
	runContactCases(t, x, cases)
}

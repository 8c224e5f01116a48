package extract_test

import "testing"

// TestRelativeParty covers a contact told in a relative clause whose party is the noun the
// clause qualifies: "with whom" ("X, with whom Y met"), and a clause with no pronoun after
// a noun that a copula gives its person ("X was among the leaders Y met"). A noun that
// names no person gives no party.
func TestRelativeParty(t *testing.T) {
	x := newExtractor(t)
	const ruto, hassan = "William Ruto", "Samia Suluhu Hassan"
	cases := []contactCase{
		{"with whom and a contact verb", "Tanzanian President Samia Suluhu Hassan, with whom Kenyan President William Ruto met on Tuesday, agreed to reopen the border.", "",
			[]contactWant{{names: []string{ruto, hassan}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"with whom and a light verb", "Tanzanian President Samia Suluhu Hassan, with whom Kenyan President William Ruto held talks on Tuesday, agreed to reopen the border.", "",
			[]contactWant{{names: []string{ruto, hassan}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"with whom and a medium", "Ugandan President Yoweri Museveni, with whom Kenyan President William Ruto spoke by phone on Monday, backed the plan.", "",
			[]contactWant{{names: []string{ruto, "Yoweri Museveni"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"with whom and a medium before a saying", "Turkish President Recep Tayyip Erdogan, with whom Greek Prime Minister Kyriakos Mitsotakis spoke by phone on Monday, said ties were improving.", "",
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Kyriakos Mitsotakis"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"whom and a contact verb before a saying", "Turkish President Recep Tayyip Erdogan, whom Greek Prime Minister Kyriakos Mitsotakis met in Ankara on Monday, said ties were improving.", "",
			[]contactWant{{names: []string{"Recep Tayyip Erdogan", "Kyriakos Mitsotakis"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"among the leaders met", "Tanzanian President Samia Suluhu Hassan was among the leaders Kenyan President William Ruto met on Tuesday.", "",
			[]contactWant{{names: []string{ruto, hassan}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"unnamed officials met", "The officials Kenyan President William Ruto met on Tuesday were not named, Tanzanian President Samia Suluhu Hassan said.", "", nil},
		{"a place where they met", "Tanzanian President Samia Suluhu Hassan visited the school where Kenyan President William Ruto met his wife.", "", nil},
	}
	runContactCases(t, x, cases)
}

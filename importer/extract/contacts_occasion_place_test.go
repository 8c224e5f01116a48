package extract_test

import "testing"

// TestOccasionPlace covers a social occasion told as the place of a contact before it in
// its clause ("had a brief conversation at the dinner hosted by X", "met Y at a reception
// hosted by X"): no contact of its own, and its host no party. A meal that is the contact
// itself ("hosted Y at a state dinner", "X hosted a dinner for Y") stays one.
func TestOccasionPlace(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	runContactCases(t, x, []contactCase{
		{"a conversation at the dinner hosted by a third", "Kenyan President William Ruto and Ugandan President Yoweri Museveni had a brief conversation at the dinner hosted by Tanzanian President Samia Suluhu Hassan.", "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "unspecified", status: "held"}}},
		{"met at a reception hosted by a third", "Kenyan President William Ruto met Ugandan President Yoweri Museveni at a reception hosted by Tanzanian President Samia Suluhu Hassan on Tuesday.", "",
			[]contactWant{meeting("William Ruto", "Yoweri Museveni")}},
		{"hosted at a state dinner", "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni at a state dinner in Nairobi on Tuesday.", "",
			[]contactWant{meeting("William Ruto", "Yoweri Museveni")}},
	})
}

package extract_test

import "testing"

// TestNearPair covers a summit or meeting with no contact to refer to: it takes the two
// persons of its sentence only when both are arguments of the predicate it hangs on, and
// never a person named only inside a quotation.
func TestNearPair(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"their meeting with the pair as subjects", "At their meeting in Vienna, Austrian Chancellor Karl Nehammer and Czech Prime Minister Petr Fiala agreed to tighten border checks.", "",
			[]contactWant{{names: []string{"Karl Nehammer", "Petr Fiala"}, mode: "meeting", status: "held"}}},
		{"a summit told in another clause is no pair", "Dutch Prime Minister Mark Rutte flew to Brussels on Thursday, hours after German Chancellor Olaf Scholz told a summit that Berlin would pay.", "", nil},
		{"a summit in a participle beside a reported speaker is no pair", "Spokesman Matthew Miller, speaking on the second day of the summit, said Antony Blinken told allies that the sanctions would stay.", "", nil},
		{"a person named inside a quotation is no party", `"I send my warm wishes to President Emmanuel Macron," Chancellor Olaf Scholz said. The talks will cover energy prices.`, "", nil},
		{"talks inside a quotation are not the reporter's", `"Our goal is a return to the six-party talks," State Department spokesman Ned Price said before Sung Kim's trip.`, "", nil},
	}
	runContactCases(t, x, cases)
}

// TestFrontedTheirContact covers "their" contact noun in a phrase that opens the sentence,
// with the pair opening the main clause after it: "In a joint statement issued after
// their talks, A and B said".
func TestFrontedTheirContact(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"a statement issued after their talks", "In a joint statement issued after their talks, Narendra Modi and Anthony Albanese said they would deepen defence ties.", "",
			[]contactWant{{names: []string{"Narendra Modi", "Anthony Albanese"}, mode: "meeting", status: "held"}}},
		{"their call, then the pair", "In a readout released after their phone call on Monday, Emmanuel Macron and Olaf Scholz said Europe must act.", "",
			[]contactWant{{names: []string{"Emmanuel Macron", "Olaf Scholz"}, mode: "phone", status: "held", dateText: "Monday"}}},
	}
	runContactCases(t, x, cases)
}

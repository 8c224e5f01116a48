package extract_test

import "testing"

// TestStatesAreNoPair covers "the two countries", "both nations": talks between states
// are no contact of the persons of the contact told before; and "both leaders", which are
// not two leaders named long before.
func TestStatesAreNoPair(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"the two countries held talks", "Iranian envoy Ali Bagheri met Qatari Emir Tamim bin Hamad Al Thani in Doha on Monday. The two countries held indirect talks in Oman last month.", "",
			[]contactWant{{names: []string{"Ali Bagheri", "Tamim bin Hamad Al Thani"}, mode: "meeting", status: "held", dateText: "Monday"}}},
		{"both nations agreed to talks", "Chinese President Xi Jinping spoke by phone with French President Emmanuel Macron on Friday. Both nations agreed to hold talks on trade next month.", "",
			[]contactWant{{names: []string{"Xi Jinping", "Emmanuel Macron"}, mode: "phone", status: "held", dateText: "Friday"}}},
		{"the two leaders still refer to the pair", "Chinese President Xi Jinping spoke by phone with French President Emmanuel Macron on Friday. The two leaders will meet in Paris next month.", "",
			[]contactWant{
				{names: []string{"Xi Jinping", "Emmanuel Macron"}, mode: "phone", status: "held", dateText: "Friday"},
				{names: []string{"Xi Jinping", "Emmanuel Macron"}, mode: "meeting", status: "scheduled", dateText: "next month"}}},
		{"the two leaders are not leaders named long before", "Singapore's Prime Minister Lawrence Wong opened a port on Monday. Chinese Foreign Minister Wang Yi met Singapore's Foreign Minister Vivian Balakrishnan on Tuesday. Officials signed deals. Trade grew. Ports expanded. Banks opened branches. Students travelled. Wang later walked past the Deng Xiaoping marker by the river. Ministers briefed reporters. Analysts said both leaders had a fruitful discussion.", "",
			[]contactWant{{names: []string{"Wang Yi", "Vivian Balakrishnan"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

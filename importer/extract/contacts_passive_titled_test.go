package extract_test

import "testing"

// TestPassiveByTitledHost: "was welcomed/received/greeted by" a host whose title the
// gazetteer does not mark as one phrase ("Communist Party chief X", "Crown Prince X") is
// still the host of a meeting; "welcomed by the crowd" or "received by fax" name none.
func TestPassiveByTitledHost(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"welcomed by party chief", "U.S. President Joe Biden landed in Hanoi on Sunday. The president was welcomed by Communist Party chief Nguyen Phu Trong.", pub,
			[]contactWant{{[]string{"Joe Biden", "Nguyen Phu Trong"}, "meeting", "held", "2024-03-03", ""}}},
		{"received by crown prince", "Chinese Foreign Minister Wang Yi was received by Crown Prince Mohammed bin Salman in Riyadh on Tuesday.", pub,
			[]contactWant{{[]string{"Wang Yi", "Mohammed bin Salman"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"greeted by a titled host at the airport", "Prime Minister Narendra Modi was greeted at the airport by Emir Sheikh Tamim bin Hamad Al Thani on Wednesday.", pub,
			[]contactWant{{[]string{"Narendra Modi", "Tamim bin Hamad Al Thani"}, "meeting", "held", "2024-03-06", "Wednesday"}}},
		{"welcomed by a crowd is none", "Prime Minister Narendra Modi was welcomed by Cheering Crowds in Abu Dhabi on Wednesday.", pub, nil},
		{"received by fax is none", "The letter from President Joe Biden was received by Fax on Wednesday.", pub, nil},
	})
}

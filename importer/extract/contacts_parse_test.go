package extract_test

import "testing"

// TestContactsFromTheParse covers contacts whose parties only the dependency parse finds:
// a communication verb whose object is the other party of the call it happens in, a
// courtesy call, "sat with", and a contact noun whose parties are the subject of a
// relative clause. Appeals and requests stay none.
func TestContactsFromTheParse(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"pressed Y during a call", "Antony Blinken pressed Sergey Lavrov during a phone call on Friday to release the journalist.", "2024-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "phone", "held", "2024-03-08", "Friday"}}},
		{"called on a minister is a visit", "Foreign Minister Penny Wong called on Prime Minister Sitiveni Rabuka in Suva on Tuesday.", "2024-03-08",
			[]contactWant{{[]string{"Penny Wong", "Sitiveni Rabuka"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"called on a country to act is an appeal", "Foreign Minister Penny Wong called on Prime Minister Sitiveni Rabuka to release the detainees.", "", nil},
		{"sat with envoys", "Ukrainian negotiator Rustem Umerov, who sat with US envoys Steve Witkoff and Jared Kushner for six hours, said the talks were useful.", "",
			[]contactWant{{[]string{"Rustem Umerov", "Steve Witkoff", "Jared Kushner"}, "meeting", "held", "", ""}}},
		{"a conversation they had", "It was the third conversation Antony Blinken and Sergey Lavrov have had this month.", "",
			[]contactWant{{[]string{"Antony Blinken", "Sergey Lavrov"}, "unspecified", "held", "", "this month"}}},
		{"spoken to him: him is the one who says so", "Mexican President Claudia Sheinbaum said Donald Trump had spoken to her on Thursday about tariffs.", "",
			[]contactWant{{[]string{"Claudia Sheinbaum", "Donald Trump"}, "unspecified", "held", "", "Thursday"}}},
	})
}

package extract_test

import "testing"

// TestPresentAtContactNoun covers a relative clause of attendance right after a contact
// noun: the people it names as present are the noun's other parties, one meeting with its
// subject ("X was at a meeting at which A and B were present"), or among themselves when
// the noun has no subject. A relative clause of something else ("a hotel where B was
// staying"), a reported one ("where she said B was present") or one naming no actor adds no one.
func TestPresentAtContactNoun(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	runContactCases(t, x, []contactCase{
		{"was at meetings at which two were present", "General Tariq Khan was reportedly at two meetings in Doha last year at which Abdul Ghani Baradar and Zalmay Khalilzad were present.", "",
			[]contactWant{meeting("Tariq Khan", "Abdul Ghani Baradar", "Zalmay Khalilzad")}},
		{"attended a meeting at which two were also present", "Foreign Minister Ana Kovac attended a meeting in Vienna at which Sergey Lavrov and Antony Blinken were also present.", "",
			[]contactWant{meeting("Ana Kovac", "Sergey Lavrov", "Antony Blinken")}},
		{"attended a dinner where one was present", "Foreign Minister Ana Kovac attended a dinner in Vienna where Sergey Lavrov was also present.", "",
			[]contactWant{meeting("Ana Kovac", "Sergey Lavrov")}},
		{"a meeting with no subject", "A meeting in Vienna at which Sergey Lavrov and Antony Blinken were present ended without a deal.", "",
			[]contactWant{meeting("Sergey Lavrov", "Antony Blinken")}},
		{"talks in which two took part", "Foreign Minister Ana Kovac chaired talks in Vienna in which Sergey Lavrov and Antony Blinken took part.", "",
			[]contactWant{meeting("Ana Kovac", "Sergey Lavrov", "Antony Blinken")}},
		{"a hotel where one was staying", "Foreign Minister Ana Kovac met Sergey Lavrov at a hotel where Antony Blinken was staying.", "",
			[]contactWant{meeting("Ana Kovac", "Sergey Lavrov")}},
		{"a reported presence", "Ana Kovac, the foreign minister, attended a summit in Vienna where she said Sergey Lavrov was present.", "", nil},
		{"a spokesman present names no party", "Foreign Minister Ana Kovac attended a conference in Vienna at which the ministry's spokesman was present.", "", nil},
	})
}

// TestPresentAtToldMeeting covers a person told as present at, attending or taking part
// in "the meeting with Y" just after a meeting of Y was told, or hosting "the meeting" or
// joining "by phone" right after it: one more party of that meeting, not a second one. An indefinite noun ("a meeting"), another day or a
// party the meeting told did not have is another meeting.
func TestPresentAtToldMeeting(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	lead := "Emir Tamim bin Hamad Al Thani met Foreign Minister Ana Kovac in Doha on Wednesday. "
	runContactCases(t, x, []contactCase{
		{"also present at the meeting with the emir", lead + "Ambassador Petra Lind was also present at the meeting with the emir.", "2024-05-09",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Ana Kovac", "Petra Lind")}},
		{"attended the talks with a named party", lead + "Ambassador Petra Lind also attended the talks with Tamim bin Hamad Al Thani.", "2024-05-09",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Ana Kovac", "Petra Lind")}},
		{"took part in the talks", lead + "Ambassador Petra Lind took part in the talks with the emir.", "2024-05-09",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Ana Kovac", "Petra Lind")}},
		{"hosted the meeting, and a third joined by phone", "Emir Tamim bin Hamad Al Thani met Foreign Minister Ana Kovac in Doha on Wednesday. Prime Minister Mohammed bin Abdulrahman Al Thani hosted the meeting, and Ambassador Petra Lind joined by phone.", "2024-05-09",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Ana Kovac", "Mohammed bin Abdulrahman Al Thani", "Petra Lind")}},
		{"an indefinite meeting is another", lead + "Ambassador Petra Lind attended a meeting with the emir on Friday.", "2024-05-09",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Ana Kovac"), meeting("Tamim bin Hamad Al Thani", "Petra Lind")}},
		{"the meeting with someone else", lead + "Ambassador Petra Lind was present at the meeting with Prime Minister Mohammed bin Abdulrahman Al Thani.", "2024-05-09",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Ana Kovac"), meeting("Petra Lind", "Mohammed bin Abdulrahman Al Thani")}},
	})
}

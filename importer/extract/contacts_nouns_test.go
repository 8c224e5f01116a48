package extract_test

import "testing"

// TestContactWordsAsOtherNouns covers contact words used as nouns that report no contact,
// and journalists, who are no party to a contact (an interview is none); a leaders'
// retreat is a meeting, an army's retreat none.
func TestContactWordsAsOtherNouns(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"host to troops is a place", "On Wednesday Japanese Prime Minister Shinzo Abe met Barack Obama in Okinawa, reluctant host to the bulk of the U.S. military in Japan.", "",
			[]contactWant{{names: []string{"Shinzo Abe", "Barack Obama"}, mode: "meeting", status: "held", dateText: "Wednesday"}}},
		{"host of a summit is no guest", "Indonesia, host of the summit, welcomed Chinese Premier Li Qiang on Monday.", "", nil},
		{"a network's host is a presenter", "Donald Trump told Fox News host Sean Hannity that he had a good relationship with Xi Jinping.", "", nil},
		{"a talk show host is a presenter", "Volodymyr Zelensky sat down with late-night talk show host Jimmy Kimmel in Kyiv.", "", nil},
		{"leaders host a guest", "Emmanuel Macron and Olaf Scholz host Volodymyr Zelensky in Paris on Monday.", "",
			[]contactWant{{names: []string{"Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"}, mode: "meeting", status: "held"}}},
		{"a network anchor is no party", "Ukrainian President Volodymyr Zelensky met CNN anchor Christiane Amanpour in Kyiv on Friday.", "", nil},
		{"a leaders' retreat is a meeting", "Malaysian Prime Minister Anwar Ibrahim and Singapore Prime Minister Lawrence Wong held their annual leaders' retreat in Putrajaya on Tuesday.", "",
			[]contactWant{{names: []string{"Anwar Ibrahim", "Lawrence Wong"}, mode: "meeting", status: "held", dateText: "Tuesday"}}},
		{"an army's retreat is none", "The retreat of Russian forces from Kherson was confirmed by Defence Minister Sergei Shoigu and General Sergei Surovikin.", "", nil},
		{"a medium's journalist is no party", "Volodymyr Zelensky spoke with CNN's Fareed Zakaria about the counteroffensive.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestCalledOn checks "called on" + a person as a courtesy visit, each person met at
// a place of their own apart, and "called on X to ..." as an appeal.
func TestCalledOn(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"called on two people at two places",
			"Wang Yi called on Prime Minister Lee Hsien Loong at the Istana and Deputy Prime Minister Heng Swee Keat in his office.", "",
			[]contactWant{
				{[]string{"Wang Yi", "Lee Hsien Loong"}, "meeting", "held", "", ""},
				{[]string{"Wang Yi", "Heng Swee Keat"}, "meeting", "held", "", ""},
			}},
		{"called on an office, then its holder",
			"Marise Payne called on the Prime Minister, the Hon Frank Bainimarama, in Suva.", "",
			[]contactWant{{[]string{"Marise Payne", "Frank Bainimarama"}, "meeting", "held", "", ""}}},
		{"called on a holder after the country's office",
			"Fiona Keane called on Fijian Prime Minister Sitiveni Naqara in Suva on Thursday.", "",
			[]contactWant{{[]string{"Fiona Keane", "Sitiveni Naqara"}, "meeting", "held", "", ""}}},
		{"called on to discuss is a visit",
			"Fiona Keane called on Fijian Prime Minister Sitiveni Naqara in Suva on Thursday to discuss climate finance.", "",
			[]contactWant{{[]string{"Fiona Keane", "Sitiveni Naqara"}, "meeting", "held", "", ""}}},
		{"called on a country's leader to act is an appeal",
			"President Joe Biden called on Russian President Vladimir Putin to withdraw his troops.", "", nil},
		{"a title with for is no appeal",
			"Marise Payne called on the Minister for Foreign Affairs, the Hon Inia Seruiratu, in Suva.", "",
			[]contactWant{{[]string{"Marise Payne", "Inia Seruiratu"}, "meeting", "held", "", ""}}},
		{"called on one, and held talks with another",
			"Mr Downer called on the Prime Minister, the Hon Sitiveni Rabuka, and held substantive talks with the Minister for Foreign Affairs, the Hon Ratu Inoke Kubuabola.", "",
			[]contactWant{
				{[]string{"Downer", "Sitiveni Rabuka"}, "meeting", "held", "", ""},
				{[]string{"Downer", "Ratu Inoke Kubuabola"}, "meeting", "held", "", ""},
			}},
		{"met one and held talks with another",
			"Antony Blinken met Prime Minister Benjamin Netanyahu and later held talks with President Isaac Herzog.", "",
			[]contactWant{
				{[]string{"Antony Blinken", "Benjamin Netanyahu"}, "meeting", "held", "", ""},
				{[]string{"Antony Blinken", "Isaac Herzog"}, "meeting", "held", "", ""},
			}},
		{"host a centre is no contact",
			"Alexander Downer met Prime Minister Laisenia Qarase in Suva. Mr Downer noted the request for Fiji to host a processing centre for asylum seekers.", "",
			[]contactWant{{[]string{"Alexander Downer", "Laisenia Qarase"}, "meeting", "held", "", ""}}},
		{"called on to act is an appeal",
			"President Joe Biden called on Vladimir Putin to withdraw his troops.", "", nil},
		{"called on for restraint is an appeal",
			"President Joe Biden called on Xi Jinping for restraint.", "", nil},
		{"the two after one of several told again are that pair",
			"Wang Yi met Prime Minister Lee Hsien Loong on Thursday. They discussed trade.\n\n" +
				"Wang called on Lee at the Istana and Deputy Prime Minister Heng Swee Keat in his office.\n\n" +
				"Heng wrote that his meeting with Wang was useful. The two last met in China in May 2019.", "2020-08-20",
			[]contactWant{
				{[]string{"Wang Yi", "Lee Hsien Loong"}, "meeting", "held", "", ""},
				{[]string{"Wang Yi", "Heng Swee Keat"}, "meeting", "held", "", ""},
				{[]string{"Wang Yi", "Heng Swee Keat"}, "meeting", "held", "2019-05", "May 2019"},
			}},
	})
}

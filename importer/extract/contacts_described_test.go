package extract_test

import "testing"

// TestDescribedContacts covers contacts whose parties are described rather than named
// ("the Russian and North Korean leaders"), dated by a "since ..., when" clause, and
// contact words beyond met/spoke: invitations, signings, continued discussions.
func TestDescribedContacts(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"demonym leaders resolve to the article's leaders", "The Russian and North Korean leaders held talks on Wednesday at the cosmodrome. Russian President Vladimir Putin showed Kim Jong Un a rocket hangar.", "2023-09-14",
			[]contactWant{{[]string{"Vladimir Putin", "Kim Jong Un"}, "meeting", "held", "2023-09-13", "Wednesday"}}},
		{"demonym foreign ministers", "Chinese Foreign Minister Wang Yi arrived in Jakarta. The Chinese and American foreign ministers met on Thursday, a day after Secretary of State Antony Blinken landed.", "",
			[]contactWant{{[]string{"Wang Yi", "Antony Blinken"}, "meeting", "held", "", "Thursday"}}},
		{"a second office is a role reference too", "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani met Ismail Haniyeh. Mossad chief David Barnea will travel to Doha on Monday to meet the Qatari prime minister.", "",
			[]contactWant{{[]string{"Mohammed bin Abdulrahman Al Thani", "Ismail Haniyeh"}, "meeting", "held", "", ""}, {[]string{"David Barnea", "Mohammed bin Abdulrahman Al Thani"}, "meeting", "scheduled", "", "Monday"}}},
		{"a summit in an adjunct keeps its own tense", "Joe Biden and Xi Jinping have agreed to restore military communications, after a four-hour summit near San Francisco.", "",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "meeting", "held", "", ""}}},
		{"demonym leaders with no such person is no contact", "The French and German leaders met in Berlin on Monday.", "", nil},
		{"since a date when they met", "Kim Jong Un will travel to meet Vladimir Putin next week. It is their first meeting since April 2019, when they met in Vladivostok.", "2023-09-10",
			[]contactWant{{[]string{"Kim Jong Un", "Vladimir Putin"}, "meeting", "scheduled", "", ""}, {[]string{"Kim Jong Un", "Vladimir Putin"}, "meeting", "held", "2019-04", "April 2019"}}},
		{"since a date when named people met", "It was the first call between the two governments since November 2022, when Wang Yi met Antony Blinken in Bali.", "2023-06-01",
			[]contactWant{{[]string{"Wang Yi", "Antony Blinken"}, "meeting", "held", "2022-11", "November 2022"}}},
		{"a last visit when they met is another meeting", "Vladimir Putin hosted Kim Jong Un at a cosmodrome. Kim last visited Russia in April 2019, when he met Putin in Vladivostok.", "2023-09-13",
			[]contactWant{{[]string{"Vladimir Putin", "Kim Jong Un"}, "meeting", "held", "", ""}, {[]string{"Vladimir Putin", "Kim Jong Un"}, "meeting", "held", "2019-04", "April 2019"}}},
		{"greeted a role reference dates the meeting", "Vladimir Putin hosted Kim Jong Un in Russia. The Russian president greeted the North Korean leader on Wednesday.", "2023-09-14",
			[]contactWant{{[]string{"Vladimir Putin", "Kim Jong Un"}, "meeting", "held", "2023-09-13", "Wednesday"}}},
		{"received by is a meeting with the host", "Later on Tuesday, Foreign Minister Sergey Lavrov was received by Chinese President Xi Jinping.", "",
			[]contactWant{{[]string{"Sergey Lavrov", "Xi Jinping"}, "meeting", "held", "", "Tuesday"}}},
		{"a summit hosted by someone is no passive meeting", "Narendra Modi and Scott Morrison held a virtual summit on Thursday, the first such summit hosted by Modi.", "",
			[]contactWant{{[]string{"Narendra Modi", "Scott Morrison"}, "video", "held", "", "Thursday"}}},
		{"first call since they met is another contact", "Joe Biden and Xi Jinping spoke by phone on Tuesday, their first conversation since they met in California in November.", "2024-04-02",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "phone", "held", "2024-04-02", "Tuesday"}, {[]string{"Joe Biden", "Xi Jinping"}, "meeting", "held", "2023-11", "November"}}},
		{"the date of a later summit is not the calls' date", "Biden also spoke separately with Fumio Kishida and Philippine President Ferdinand Marcos ahead of a trilateral summit at the White House next week.", "",
			[]contactWant{{[]string{"Joe Biden", "Fumio Kishida"}, "unspecified", "held", "", ""}, {[]string{"Joe Biden", "Ferdinand Marcos"}, "unspecified", "held", "", ""}}},
		{"and again on another date is a second meeting", "Kim Jong Un met South Korean President Moon Jae-in on 27 April in Panmunjom, and again on 26 May.", "2018-06-10",
			[]contactWant{{[]string{"Kim Jong Un", "Moon Jae-in"}, "meeting", "held", "2018-04-27", "27 April"}, {[]string{"Kim Jong Un", "Moon Jae-in"}, "meeting", "held", "2018-05-26", "26 May"}}},
		{"again without a date adds nothing", "Kim Jong Un met Moon Jae-in on 27 April and said he would meet him again.", "2018-06-10",
			[]contactWant{{[]string{"Kim Jong Un", "Moon Jae-in"}, "meeting", "held", "2018-04-27", "27 April"}}},
		{"a group partner named in the next sentence", "Sudanese Prime Minister Abdalla Hamdok and opposition leaders held talks in Khartoum on Monday. The opposition delegation included Omar al-Digair and Yasir Arman.", "",
			[]contactWant{{[]string{"Abdalla Hamdok", "Omar al-Digair", "Yasir Arman"}, "meeting", "held", "", "Monday"}}},
		{"a group partner left unnamed is no contact", "Sudanese Prime Minister Abdalla Hamdok and opposition leaders held talks in Khartoum on Monday. Omar al-Digair later said the talks had failed.", "", nil},
		{"visited a person is a meeting", "Antony Blinken visited Volodymyr Zelensky in Kyiv on Monday.", "",
			[]contactWant{{[]string{"Antony Blinken", "Volodymyr Zelensky"}, "meeting", "held", "", "Monday"}}},
		{"visited a place is no contact", "Antony Blinken visited Kyiv and the Kremlin on Monday.", "", nil},
		{"received by with no person is no contact", "The proposal was received by the committee on Tuesday.", "", nil},
		{"greeting a crowd is no contact", "The minister greeted the crowd and received the prize.", "", nil},
		{"invited to visit is a proposed meeting", "Recep Tayyip Erdogan invited Vladimir Putin to visit Turkey, but no date has been set.", "",
			[]contactWant{{[]string{"Recep Tayyip Erdogan", "Vladimir Putin"}, "meeting", "proposed", "", ""}}},
		{"invitation does not overwrite the held meeting", "Joe Biden met Benjamin Netanyahu in New York on Wednesday. Biden invited Netanyahu to visit the White House later this year.", "",
			[]contactWant{{[]string{"Joe Biden", "Benjamin Netanyahu"}, "meeting", "held", "", "Wednesday"}, {[]string{"Joe Biden", "Benjamin Netanyahu"}, "meeting", "proposed", "", ""}}},
		{"accepted an invitation from someone", "Joe Biden accepted an invitation from Xi Jinping to visit China next year.", "",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "meeting", "proposed", "", ""}}},
		{"accepted an invitation from the counterpart just met", "Antony Blinken held talks with Qin Gang in Beijing on Sunday. Qin accepted an invitation to visit Washington, the State Department said.", "",
			[]contactWant{{[]string{"Antony Blinken", "Qin Gang"}, "meeting", "held", "", "Sunday"}, {[]string{"Antony Blinken", "Qin Gang"}, "meeting", "proposed", "", ""}}},
		{"an invitation with nobody to visit is no contact", "Wang Yi has accepted an invitation to visit Washington.", "", nil},
		{"invited bids is no contact", "The ministry invited bids for the new embassy and invited the leaders to a gala.", "", nil},
		{"signed by two leaders", "The peace accord was signed by Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki in Jeddah.", "",
			[]contactWant{{[]string{"Abiy Ahmed", "Isaias Afwerki"}, "meeting", "held", "", ""}}},
		{"will continue their discussions", "Foreign Minister Wang Yi and Secretary of State Antony Blinken will continue their discussions in Washington.", "",
			[]contactWant{{[]string{"Wang Yi", "Antony Blinken"}, "unspecified", "scheduled", "", ""}}},
		{"hold talks next week keeps its own date", "Vladimir Putin and Recep Tayyip Erdogan will hold talks next week, Dmitry Peskov told reporters on Thursday.", "",
			[]contactWant{{[]string{"Vladimir Putin", "Recep Tayyip Erdogan"}, "meeting", "scheduled", "", "next week"}}},
	}
	runContactCases(t, x, cases)
}

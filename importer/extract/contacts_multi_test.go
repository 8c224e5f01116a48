package extract_test

import "testing"

// TestMultiPartyContacts covers contacts of three or more named people (one contact
// unless the text says they were apart), hosts and joiners that must not be dropped, and
// participants read from the clause structure (participles, relative clauses, a subject
// that is unnamed).
func TestMultiPartyContacts(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"host with two guests is one meeting", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Sunday hosted Turkish President Recep Tayyip Erdogan and Egyptian President Abdel Fattah el-Sisi for talks in Doha.", "",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")}},
		{"host with ministers of listed countries", "Egyptian Foreign Minister Sameh Shoukry hosted the foreign ministers of Jordan and Iraq, Ayman Safadi and Fuad Hussein, in Cairo.", "",
			[]contactWant{meeting("Sameh Shoukry", "Ayman Safadi", "Fuad Hussein")}},
		{"talks with ministers of listed countries are one meeting", "Wang Yi held talks with the foreign ministers of Saudi Arabia and Iran, Faisal bin Farhan and Hossein Amir-Abdollahian, in Beijing.", "",
			[]contactWant{meeting("Wang Yi", "Faisal bin Farhan", "Hossein Amir-Abdollahian")}},
		{"counterparts from listed countries", "Antony Blinken hosted his counterparts from Japan and South Korea, Yoko Kamikawa and Cho Tae-yul, for talks.", "",
			[]contactWant{meeting("Antony Blinken", "Yoko Kamikawa", "Cho Tae-yul")}},
		{"talks between three", "The talks took place in Geneva between Antony Blinken, Sergey Lavrov and Wang Yi.", "",
			[]contactWant{meeting("Antony Blinken", "Sergey Lavrov", "Wang Yi")}},
		{"pope met two leaders", "Pope Francis met Prime Minister Giorgia Meloni and President Sergio Mattarella at the Vatican.", "",
			[]contactWant{meeting("Pope Francis", "Giorgia Meloni", "Sergio Mattarella")}},
		{"the pope as a role reference", "Pope Francis arrived in Budapest on Friday. The pope met Prime Minister Viktor Orban and President Katalin Novak at the palace.", "",
			[]contactWant{meeting("Pope Francis", "Viktor Orban", "Katalin Novak")}},
		{"due to host keeps the host", "NATO Secretary General Jens Stoltenberg is due to host Turkish Foreign Minister Mevlut Cavusoglu and Swedish Foreign Minister Ann Linde in Brussels.", "",
			[]contactWant{{[]string{"Jens Stoltenberg", "Mevlut Cavusoglu", "Ann Linde"}, "meeting", "scheduled", "", ""}}},
		{"joined a video call with several", "British Prime Minister Rishi Sunak joined a G7 video call with Joe Biden, Olaf Scholz and Emmanuel Macron on Tuesday.", "",
			[]contactWant{{[]string{"Rishi Sunak", "Joe Biden", "Olaf Scholz", "Emmanuel Macron"}, "video", "held", "", "Tuesday"}}},
		{"joiners in a relative clause", "Blinken met Kuleba in Kyiv on Monday, where Jens Stoltenberg and Josep Borrell also joined them.", "",
			[]contactWant{meeting("Antony Blinken", "Dmytro Kuleba", "Jens Stoltenberg", "Josep Borrell")}},
		{"participants named after an unnamed group call", "Italian Prime Minister Giorgia Meloni chaired a video conference of G7 leaders on Monday. Joe Biden, Emmanuel Macron and Olaf Scholz took part, along with Ursula von der Leyen.", "",
			[]contactWant{{[]string{"Giorgia Meloni", "Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Ursula von der Leyen"}, "video", "held", "", "Monday"}}},
		{"a group call nobody is named for is no contact", "Italian Prime Minister Giorgia Meloni chaired a video conference of G7 leaders on Monday.", "", nil},
		{"participated adds to the contact just told", "Blinken met Kuleba in Kyiv on Monday. Josep Borrell also participated.", "",
			[]contactWant{meeting("Antony Blinken", "Dmytro Kuleba", "Josep Borrell")}},
		{"taking part in another event joins nothing", "Blinken met Kuleba in Kyiv on Monday. Josep Borrell took part in a climate summit in Dubai.", "",
			[]contactWant{meeting("Antony Blinken", "Dmytro Kuleba")}},
		{"dinner for guests", "Emmanuel Macron hosted a dinner for Olaf Scholz and Giorgia Meloni at the Elysee on Monday.", "",
			[]contactWant{{[]string{"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"}, "meeting", "held", "", "Monday"}}},
		{"host of a meeting between others is no party", "Recep Tayyip Erdogan will host a meeting between Vladimir Putin and Volodymyr Zelensky.", "",
			[]contactWant{{[]string{"Vladimir Putin", "Volodymyr Zelensky"}, "meeting", "scheduled", "", ""}}},
		{"were joined by at the meeting", "Blinken and Kuleba were joined by Jens Stoltenberg at the meeting.", "",
			[]contactWant{meeting("Antony Blinken", "Dmytro Kuleba", "Jens Stoltenberg")}},
		{"they were joined by", "Blinken met Kuleba in Kyiv. They were joined by Jens Stoltenberg.", "",
			[]contactWant{meeting("Antony Blinken", "Dmytro Kuleba", "Jens Stoltenberg")}},
		{"talks involving three", "Talks involving Antony Blinken, Sergey Lavrov and Wang Yi ended without agreement.", "",
			[]contactWant{meeting("Antony Blinken", "Sergey Lavrov", "Wang Yi")}},
		{"brought together", "Emmanuel Macron brought together Olaf Scholz and Volodymyr Zelensky in Paris.", "",
			[]contactWant{meeting("Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky")}},
		{"joiners in the next sentence", "Blinken met Kuleba in Kyiv on Monday. Jens Stoltenberg also joined them.", "",
			[]contactWant{meeting("Antony Blinken", "Dmytro Kuleba", "Jens Stoltenberg")}},
		{"spoke separately is two calls", "Defense Secretary Lloyd Austin spoke separately by phone with Israeli Defense Minister Yoav Gallant and Saudi Defense Minister Khalid bin Salman on Friday.", "",
			[]contactWant{{[]string{"Lloyd Austin", "Yoav Gallant"}, "phone", "held", "", "Friday"}, {[]string{"Lloyd Austin", "Khalid bin Salman"}, "phone", "held", "", "Friday"}}},
		{"met separately with two", "Blinken also met separately with Kurdish regional Prime Minister Masrour Barzani and parliament speaker Mohammed al-Halbousi.", "",
			[]contactWant{meeting("Antony Blinken", "Masrour Barzani"), meeting("Antony Blinken", "Mohammed al-Halbousi")}},
		{"talks with a group including named people", "Modi held talks with congressional leaders, including House Speaker Kevin McCarthy and Senate Majority Leader Chuck Schumer.", "",
			[]contactWant{meeting("Narendra Modi", "Kevin McCarthy", "Chuck Schumer")}},
		{"listed foreign ministers met", "The foreign ministers of Brazil, Colombia and Ecuador, Mauro Vieira, Alvaro Leyva and Gustavo Manrique, met in Quito.", "",
			[]contactWant{meeting("Mauro Vieira", "Alvaro Leyva", "Gustavo Manrique")}},
		{"respectively pairs subjects with objects", "Premier Li Qiang and Vice Premier Ding Xuexiang met with Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov respectively on Thursday.", "",
			[]contactWant{{[]string{"Li Qiang", "Murat Nurtleu"}, "meeting", "held", "", "Thursday"}, {[]string{"Ding Xuexiang", "Bakhtiyor Saidov"}, "meeting", "held", "", "Thursday"}}},
		{"separate bilateral meetings", "Sheikh Tamim bin Hamad Al Thani held separate bilateral meetings with Erdogan and Sisi.", "",
			[]contactWant{meeting("Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan"), meeting("Tamim bin Hamad Al Thani", "Abdel Fattah el-Sisi")}},
		{"participle meeting takes the sentence subject", "Jake Sullivan has held talks with the Saudis, meeting Mohammed bin Salman in Jeddah on Sunday.", "",
			[]contactWant{{[]string{"Jake Sullivan", "Mohammed bin Salman"}, "meeting", "held", "", "Sunday"}}},
		{"participle meeting a role reference", "Saudi Crown Prince Mohammed bin Salman met Blinken in June. Jake Sullivan flew to Jeddah, meeting the crown prince on Sunday.", "",
			[]contactWant{{[]string{"Antony Blinken", "Mohammed bin Salman"}, "meeting", "held", "", "June"}, {[]string{"Jake Sullivan", "Mohammed bin Salman"}, "meeting", "held", "", "Sunday"}}},
		{"relative clause contact keeps its own subject", "Blinken, who met Kuleba on Monday, spoke with Lavrov on Tuesday.", "",
			[]contactWant{{[]string{"Antony Blinken", "Dmytro Kuleba"}, "meeting", "held", "", "Monday"}, {[]string{"Antony Blinken", "Sergey Lavrov"}, "unspecified", "held", "", "Tuesday"}}},
		{"a who clause is about the person before it", "Blinken criticized Lavrov, who met Kim Jong Un last week.", "",
			[]contactWant{{[]string{"Sergey Lavrov", "Kim Jong Un"}, "meeting", "held", "", "last week"}}},
		{"unnamed subject with two objects is no contact", "The Egyptian leader met Jordanian Foreign Minister Ayman Safadi and Iraqi Foreign Minister Fuad Hussein in Cairo.", "", nil},
		{"an organization in an apposition is no party", "Volker Perthes, the UN envoy for Sudan, spoke in Khartoum on Monday.", "", nil},
		{"unnamed caller with two objects is no contact", "He spoke separately by phone with Yoav Gallant and Khalid bin Salman.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestContactsWireIdioms covers how wire copy and government readouts name the parties
// of a contact: an office governing "of <country>" before the name, a surname that opens
// the sentence with its particle capitalized.
func TestContactsWireIdioms(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"office of a country before the subject", "President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President Vladimir Putin of Russia, the press service said.", "",
			[]contactWant{{[]string{"Kassym-Jomart Tokayev", "Vladimir Putin"}, "phone", "held", "", ""}}},
		{"a particle surname opens the sentence", "Saudi Foreign Minister Faisal bin Farhan arrived in Tehran on Saturday. Bin Farhan held a meeting with his Iranian counterpart Abbas Araghchi.", "",
			[]contactWant{{[]string{"Faisal bin Farhan", "Abbas Araghchi"}, "meeting", "held", "", ""}}},
		{"a participle after the main clause, first with X and then with Y", "Vice President Joe Biden arrived in Israel on Monday, meeting first with Israeli President Isaac Herzog at his residence in Jerusalem and then with Prime Minister Benjamin Netanyahu.", "2024-03-06",
			[]contactWant{{[]string{"Joe Biden", "Isaac Herzog"}, "meeting", "held", "2024-03-04", "Monday"}, {[]string{"Joe Biden", "Benjamin Netanyahu"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"a meeting attended by others takes them in", "King Abdullah II on Thursday met with visiting Australian Foreign Minister Bob Carr. During the meeting, which was attended by Foreign Minister Ayman Safadi and Director of the King's Office Jafar Hassan, the King reviewed ties.", "2024-03-09",
			[]contactWant{{[]string{"Abdullah II", "Bob Carr", "Ayman Safadi", "Jafar Hassan"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"his deputy joins the list; bilateral issues do not split it", "South African President Cyril Ramaphosa has been building ties with other leaders. He met US President Joe Biden and his deputy Kamala Harris, where they discussed bilateral, regional and global issues.", "",
			[]contactWant{{[]string{"Cyril Ramaphosa", "Joe Biden", "Kamala Harris"}, "meeting", "held", "", ""}}},
		{"bilateral meetings keep them apart", "Blinken held bilateral meetings with Penny Wong and Yoko Kamikawa in Tokyo.", "",
			[]contactWant{{[]string{"Antony Blinken", "Penny Wong"}, "meeting", "held", "", ""}, {[]string{"Antony Blinken", "Yoko Kamikawa"}, "meeting", "held", "", ""}}},
		{"a courtesy visit to a person is a meeting; a visit to a country is none", "Former President Uhuru Kenyatta paid a courtesy visit to Yoweri Museveni on Sunday. William Ruto made a state visit to Uganda.", "2023-08-14",
			[]contactWant{{[]string{"Uhuru Kenyatta", "Yoweri Museveni"}, "meeting", "held", "2023-08-13", "Sunday"}}},
		{"two who sign a document meet; one who signs a decree meets nobody", "Secretary of State Condoleezza Rice and Israeli Foreign Minister Tzipi Livni signed a memorandum of understanding. Vladimir Putin signed a decree.", "",
			[]contactWant{{[]string{"Condoleezza Rice", "Tzipi Livni"}, "meeting", "held", "", ""}}},
		{"a call for calm is an appeal, a call for Tuesday a call", "Secretary of State Condoleezza Rice backed a memorandum that calls for calm. Joe Biden and Xi Jinping will hold a call for Tuesday.", "2024-03-08",
			[]contactWant{{[]string{"Joe Biden", "Xi Jinping"}, "phone", "scheduled", "2024-03-12", "Tuesday"}}},
		{"a person's own government is his side, not his counterpart", "Vladimir Putin and the Kremlin discussed a phone conversation with Joe Biden on Tuesday.", "2024-03-08",
			[]contactWant{{[]string{"Vladimir Putin", "Joe Biden"}, "phone", "held", "", ""}}},
		{"a contact noun set for a day is scheduled, and the day is ahead", "Donald Tusk's breakfast with Turkish Prime Minister Ahmet Davutoglu is set for Friday.", "2016-03-17",
			[]contactWant{{[]string{"Ahmet Davutoglu", "Donald Tusk"}, "meeting", "scheduled", "2016-03-18", "Friday"}}},
		{"a meeting between two long names tentatively set for a day is scheduled", "A meeting between Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan is tentatively set for March 20.", "2026-03-06",
			[]contactWant{{[]string{"Abdel Fattah el-Sisi", "Recep Tayyip Erdogan"}, "meeting", "scheduled", "2026-03-20", "March 20"}}},
		{"talks between two that have been scheduled for a day are scheduled", "Talks between Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan have been scheduled for March 20.", "2026-03-06",
			[]contactWant{{[]string{"Abdel Fattah el-Sisi", "Recep Tayyip Erdogan"}, "meeting", "scheduled", "2026-03-20", "March 20"}}},
		{"a meeting between two pencilled in for a day is scheduled", "A meeting between Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan has been pencilled in for March 20.", "2026-03-06",
			[]contactWant{{[]string{"Abdel Fattah el-Sisi", "Recep Tayyip Erdogan"}, "meeting", "scheduled", "2026-03-20", "March 20"}}},
		{"arrives for talks on a day ahead is scheduled", "Turkish President Recep Tayyip Erdogan arrives in Cairo on Sunday for talks with Egyptian President Abdel Fattah al-Sisi on Monday.", "2026-03-06",
			[]contactWant{{[]string{"Abdel Fattah el-Sisi", "Recep Tayyip Erdogan"}, "meeting", "scheduled", "2026-03-09", "Monday"}}},
		{"two who meet on a day ahead in the plain present is scheduled", "Brazilian President Luiz Inacio Lula da Silva and Colombian President Gustavo Petro meet in Bogota on March 12.", "2026-03-06",
			[]contactWant{{[]string{"Luiz Inacio Lula da Silva", "Gustavo Petro"}, "meeting", "scheduled", "2026-03-12", "March 12"}}},
		{"a possessor with a particle in his name whose meeting will focus on a topic is scheduled", "Brazilian President Luiz Inacio Lula da Silva's meeting with Colombian President Gustavo Petro on Monday will focus on the Amazon.", "2026-03-06",
			[]contactWant{{[]string{"Luiz Inacio Lula da Silva", "Gustavo Petro"}, "meeting", "scheduled", "2026-03-09", "Monday"}}},
		{"a meeting between names with particles that will focus on a topic is scheduled", "A meeting between Egyptian President Abdel Fattah al-Sisi and Brazilian President Luiz Inacio Lula da Silva on Monday will focus on trade.", "2026-03-06",
			[]contactWant{{[]string{"Abdel Fattah el-Sisi", "Luiz Inacio Lula da Silva"}, "meeting", "scheduled", "2026-03-09", "Monday"}}},
		{"their talks: the persons of the clause, before it or right after the opening comma", "Both Vladimir Putin and Tony Blair expressed satisfaction with their talks. Following their talks, Putin and Ukrainian President Leonid Kuchma told reporters that ties were good.", "",
			[]contactWant{{[]string{"Vladimir Putin", "Tony Blair"}, "meeting", "held", "", ""}, {[]string{"Vladimir Putin", "Leonid Kuchma"}, "meeting", "held", "", ""}}},
		{"a fronted contact noun with no determiner: the clause's subjects, not the contact told before", "President Joe Biden spoke by phone with French President Emmanuel Macron on Monday. During talks on Tuesday, Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi agreed to keep lines of communication open.", "2024-03-07",
			[]contactWant{{[]string{"Joe Biden", "Emmanuel Macron"}, "phone", "held", "2024-03-04", "Monday"}, {[]string{"Antony Blinken", "Wang Yi"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"a fronted call or their meeting after another contact", "Joe Biden met Emmanuel Macron on Monday. In a phone call on Wednesday, Vladimir Putin and Recep Tayyip Erdogan discussed grain. At their meeting in Seoul, Fumio Kishida and Yoon Suk Yeol agreed to expand trade.", "2024-03-07",
			[]contactWant{{[]string{"Joe Biden", "Emmanuel Macron"}, "meeting", "held", "2024-03-04", "Monday"}, {[]string{"Vladimir Putin", "Recep Tayyip Erdogan"}, "phone", "held", "2024-03-06", "Wednesday"}, {[]string{"Fumio Kishida", "Yoon Suk Yeol"}, "meeting", "held", "", ""}}},
		{"the talks told before stay that contact", "Joe Biden met Emmanuel Macron on Monday. During the talks, Biden and Macron agreed to expand trade.", "2024-03-07",
			[]contactWant{{[]string{"Joe Biden", "Emmanuel Macron"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"a visit begun with a meeting: the visitor meets, after another contact", "Joe Biden spoke by phone with Emmanuel Macron on Monday. Secretary of State Antony Blinken began a visit to China on Tuesday with a meeting with Foreign Minister Wang Yi.", "2024-03-07",
			[]contactWant{{[]string{"Joe Biden", "Emmanuel Macron"}, "phone", "held", "2024-03-04", "Monday"}, {[]string{"Antony Blinken", "Wang Yi"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
		{"a trip opened or ended with talks", "Joe Biden spoke by phone with Emmanuel Macron on Monday. Prime Minister Narendra Modi opened a trip to Washington with talks with Vice President Kamala Harris. Chancellor Olaf Scholz ended a three-day tour of Africa with a meeting with President Bola Tinubu.", "2024-03-07",
			[]contactWant{{[]string{"Joe Biden", "Emmanuel Macron"}, "phone", "held", "2024-03-04", "Monday"}, {[]string{"Narendra Modi", "Kamala Harris"}, "meeting", "held", "", ""}, {[]string{"Olaf Scholz", "Bola Tinubu"}, "meeting", "held", "", ""}}},
	})
}

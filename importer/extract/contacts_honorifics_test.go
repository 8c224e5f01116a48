package extract_test

import "testing"

// TestHonorificGuests: official releases title their guests with honorifics ("the
// Honorable X", "the Hon. X", "His Excellency X", "H.E. Ms. X", Malaysia's "Datuk Seri X",
// "Dato' Seri Utama X", Nigeria's "Alhaji X", "Engr. X", Australia's "the Hon. X MP"); the
// honorific and the letters after the name are no part of the name and do not hide the
// guest of "received" or "met".
func TestHonorificGuests(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"held a meeting with the Honorable", "Prime Minister Fumio Kishida held a meeting with the Honorable Joseph R. Biden, Jr., President of the United States, on Thursday.", pub,
			[]contactWant{{[]string{"Fumio Kishida", "Joe Biden"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"received His Excellency", "President Bola Tinubu received His Excellency Nana Akufo-Addo at the State House on Thursday.", pub,
			[]contactWant{{[]string{"Bola Tinubu", "Nana Akufo-Addo"}, "meeting", "held", "2024-03-07", "Thursday"}}},
		{"met the Hon.", "Foreign Minister Penny Wong met the Hon. Mark Brown, Prime Minister of the Cook Islands, on Monday.", pub,
			[]contactWant{{[]string{"Penny Wong", "Mark Brown"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"Malaysian honorifics Datuk Seri", "Thai Prime Minister Anutin Charnvirakul met Malaysian Prime Minister Datuk Seri Anwar Ibrahim in Putrajaya on Monday.", pub,
			[]contactWant{{[]string{"Anutin Charnvirakul", "Anwar Ibrahim"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"Malaysian honorifics Dato' Seri Utama", "Thai Foreign Minister Maris Sangiampongsa met Malaysian Foreign Minister Dato' Seri Utama Mohamad Hasan in Bangkok on Monday.", pub,
			[]contactWant{{[]string{"Maris Sangiampongsa", "Mohamad Hasan"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"Nigerian titles Alhaji, Senator and Chief before a list of guests", "President Bola Tinubu received Alhaji Aliko Dangote, Senator Godswill Akpabio and Chief Olusegun Obasanjo at the Presidential Villa on Monday.", pub,
			[]contactWant{{[]string{"Bola Tinubu", "Aliko Dangote"}, "meeting", "held", "2024-03-04", "Monday"}, {[]string{"Bola Tinubu", "Godswill Akpabio"}, "meeting", "held", "2024-03-04", "Monday"}, {[]string{"Bola Tinubu", "Olusegun Obasanjo"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"Engr. keeps its period and ends no sentence", "Vice President Kashim Shettima received Engr. Abubakar Kyari, the Minister of Agriculture, on Monday.", pub,
			[]contactWant{{[]string{"Kashim Shettima", "Abubakar Kyari"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"the Hon. X MP, a post-nominal after the name", "On March 5, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit telephone talk with the Hon. Anthony Albanese MP, Prime Minister of Australia.", pub,
			[]contactWant{{[]string{"Fumio Kishida", "Anthony Albanese"}, "phone", "held", "2024-03-05", "March 5"}}},
		{"a party before MP stays the office's qualifier", "Labour MP Jess Phillips met Prime Minister Keir Starmer on Monday.", pub,
			[]contactWant{{[]string{"Jess Phillips", "Keir Starmer"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"received His Excellency's letter is none", "President Bola Tinubu received a letter from the Honourable Speaker on Thursday.", pub, nil},
	})
}

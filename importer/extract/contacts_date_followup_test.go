package extract_test

import "testing"

// TestDateToldAfter dates a contact by what the sentences after it tell of its day: "The
// call took place on Tuesday" over the day a saying reported it, and "The meeting came a
// day after X met Y on Monday" counted from that other contact's day. The articles are of
// Thursday 2024-03-14.
func TestDateToldAfter(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	mp := []string{"Emmanuel Macron", "Vladimir Putin"}
	kn := []string{"Ana Kovac", "Karl Nehammer"}
	const ak, kNeh = "Foreign Minister Ana Kovac", "Austrian Chancellor Karl Nehammer"
	runDateCases(t, x, []dateCase{
		{"the call's own day over the saying's", "French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin for the first time in a year, the Elysee said on Wednesday.\n\nThe call took place on Tuesday and lasted two hours.", thu, mp, "2024-03-12", "Tuesday"},
		{"the saying's day with no other", "French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin for the first time in a year, the Elysee said on Wednesday.\n\nThe call lasted two hours.", thu, mp, "2024-03-13", "Wednesday"},
		{"the contact's own day stays", "French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Monday, the Elysee said on Wednesday.\n\nThe call took place in the evening.", thu, mp, "2024-03-11", "Monday"},
		{"a day after another contact", ak + " met " + kNeh + " in Vienna.\n\nThe meeting came a day after Kovac met German Chancellor Olaf Scholz on Monday.", thu, kn, "2024-03-12", "a day after"},
		{"a day after another contact told at length", ak + " met " + kNeh + " in Vienna.\n\nThe meeting came a day after Kovac held talks with German Chancellor Olaf Scholz in Berlin on Monday.", thu, kn, "2024-03-12", "a day after"},
		{"the other contact keeps its day", ak + " met " + kNeh + " in Vienna.\n\nThe meeting came a day after Kovac met German Chancellor Olaf Scholz on Monday.", thu, []string{"Ana Kovac", "Olaf Scholz"}, "2024-03-11", "Monday"},
		{"two days after an election", ak + " met " + kNeh + " in Vienna.\n\nThe meeting came two days after Austria held parliamentary elections on Sunday.", thu, kn, "2024-03-12", "two days after"},
	})
}

// TestDateOfAnotherClause keeps a day told for another event off a contact: the day of a
// clause with its own subject after a round of meetings ("..., and A and B held talks late
// Saturday"), and the day of a verb that a contact noun told before any contact hangs on
// ("the rebels pulled out of negotiations last April"), but not one told past the comma that
// closes a relative clause ("met Y, who was accompanied by Z, in Kyiv on Monday"). The articles are of Thursday
// 2024-03-14.
func TestDateOfAnotherClause(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	const round = "Norwegian Foreign Minister Espen Barth Eide held talks with both Prime Minister Dinesh Gunawardena and rebel leader Ravi Karunakaran in Jaffna without success, and negotiator Anton Selvam and Norwegian envoy Kari Solberg held closed-door talks at the airport late Saturday."
	const pulledOut = "Rebel leaders met the government six times last year.\n\nBut last April, the rebels abruptly pulled out of negotiations.\n\nNorwegian Foreign Minister Espen Barth Eide held talks with Prime Minister Dinesh Gunawardena in Colombo."
	runDateCases(t, x, []dateCase{
		{"the first of a round", round, thu, []string{"Espen Barth Eide", "Dinesh Gunawardena"}, "", ""},
		{"the last of a round", round, thu, []string{"Espen Barth Eide", "Ravi Karunakaran"}, "", ""},
		{"the other clause's contact", round, thu, []string{"Anton Selvam", "Kari Solberg"}, "2024-03-09", "Saturday"},
		{"pulled out of negotiations", pulledOut, thu, []string{"Espen Barth Eide", "Dinesh Gunawardena"}, "", ""},
		{"a date past a relative clause on the object", "Croatian Foreign Minister Ana Kovac met Slovenian Prime Minister Marko Zupan, who was accompanied by Interior Minister Petra Vidmar, in Ljubljana on Tuesday.", thu, []string{"Ana Kovac", "Marko Zupan", "Petra Vidmar"}, "2024-03-12", "Tuesday"},
		{"a date past a relative clause on the subject", "Croatian Foreign Minister Ana Kovac, who arrived by train, met Slovenian Prime Minister Marko Zupan in Ljubljana on Tuesday.", thu, []string{"Ana Kovac", "Marko Zupan"}, "2024-03-12", "Tuesday"},
		{"a date past a participle clause on the object", "Croatian Foreign Minister Ana Kovac met Slovenian Prime Minister Marko Zupan, accompanied by Interior Minister Petra Vidmar, in Ljubljana on Tuesday.", thu, []string{"Ana Kovac", "Marko Zupan"}, "2024-03-12", "Tuesday"},
		{"a date inside the relative clause", "Croatian Foreign Minister Ana Kovac met Slovenian Prime Minister Marko Zupan, who took office on Tuesday.", thu, []string{"Ana Kovac", "Marko Zupan"}, "", ""},
		{"talks resumed on a day", "Talks resumed in Oslo on Tuesday.\n\nNorwegian Foreign Minister Espen Barth Eide met Prime Minister Dinesh Gunawardena.", thu, []string{"Espen Barth Eide", "Dinesh Gunawardena"}, "2024-03-12", "Tuesday"},
	})
}

// TestDateOfEachCall dates each call of a round told with its own day and part of the
// day: "spoke with A on Sunday evening and with B on Monday" is two calls, Sunday's and
// Monday's. The articles are of Thursday 2024-03-14.
func TestDateOfEachCall(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	const round = "Ukrainian President Volodymyr Zelensky spoke with French President Emmanuel Macron on Sunday evening and with German Chancellor Olaf Scholz on Monday."
	runDateCases(t, x, []dateCase{
		{"the first call", round, thu, []string{"Volodymyr Zelensky", "Emmanuel Macron"}, "2024-03-10", "Sunday"},
		{"the second call", round, thu, []string{"Volodymyr Zelensky", "Olaf Scholz"}, "2024-03-11", "Monday"},
	})
}

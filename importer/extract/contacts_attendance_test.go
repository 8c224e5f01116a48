package extract_test

import "testing"

// TestAttendeesJoinTheMeeting covers people a sentence places at a meeting just told
// without a contact verb of their own: "with X also present", ", a meeting (also) attended
// by X", "X also attended the talks", "X was also present at the talks", "met Y in the
// presence of X" (not a signing or an oath in X's presence), "in talks mediated by X" (as
// "X mediated talks between A and B"; a mediating country is no party), "met ..., at talks
// hosted by X and Y" (not a dinner hosted by X that one attended). They join that
// meeting (one contact of all), while "present at the summit", "attended the meeting of"
// a body, "at present" and "present a plan" add no one.
func TestAttendeesJoinTheMeeting(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"with a third party also present", "Emmanuel Macron met Mahmoud Abbas in Amman, with Jordan's King Abdullah II also present.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"a meeting also attended by", "Emmanuel Macron met Palestinian President Mahmoud Abbas in Amman on Thursday, a meeting also attended by Jordan's King Abdullah II.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"a meeting attended by", "Emmanuel Macron met Palestinian President Mahmoud Abbas in Amman on Thursday, a meeting attended by Jordan's King Abdullah II.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"also attended the meeting", "Emmanuel Macron met Palestinian President Mahmoud Abbas in Amman on Thursday. Jordan's King Abdullah II also attended the meeting.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"was also present at the talks", "Narendra Modi met Vladimir Putin in Moscow. Indian National Security Adviser Ajit Doval was also present at the talks.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin", "Ajit Doval")}},
		{"present at a summit joins no meeting", "Narendra Modi met Vladimir Putin in Moscow. Indian National Security Adviser Ajit Doval was present at the summit.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
		{"attended the meeting of a body joins nothing", "Narendra Modi met Vladimir Putin in Moscow. Ajit Doval attended the meeting of BRICS security chiefs.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
		{"met in the presence of a third", "Recep Tayyip Erdogan met Ulf Kristersson in Vilnius on Monday in the presence of NATO Secretary General Jens Stoltenberg.", "",
			[]contactWant{meeting("Recep Tayyip Erdogan", "Ulf Kristersson", "Jens Stoltenberg")}},
		{"talks in the presence of a mediator", "Armenian Prime Minister Nikol Pashinyan held talks with Azerbaijani President Ilham Aliyev in the presence of European Council President Charles Michel.", "",
			[]contactWant{meeting("Nikol Pashinyan", "Ilham Aliyev", "Charles Michel")}},
		{"a decree signed in someone's presence is no meeting", "Narendra Modi met Vladimir Putin in Moscow. Tanzanian President Samia Suluhu Hassan signed the decree in the presence of Prime Minister Kassim Majaliwa.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
		{"an oath in someone's presence is no meeting", "Narendra Modi met Vladimir Putin in Moscow. Samia Suluhu Hassan took the oath of office in the presence of Chief Justice Ibrahim Juma.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
		{"talks mediated by a third", "Congolese President Felix Tshisekedi met Rwandan President Paul Kagame in Luanda on Thursday, in talks mediated by Angolan President Joao Lourenco.", "2024-03-08",
			[]contactWant{{names: []string{"Felix Tshisekedi", "Paul Kagame", "Joao Lourenco"}, mode: "meeting", status: "held", date: "2024-03-07"}}},
		{"the mediator's sentence dates the talks", "Army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo held talks mediated by Saudi Foreign Minister Faisal bin Farhan in Jeddah on Wednesday.", "2024-03-08",
			[]contactWant{{names: []string{"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "Faisal bin Farhan"}, mode: "meeting", status: "held", date: "2024-03-06"}}},
		{"talks mediated by a country add no one", "Army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo held talks mediated by Saudi Arabia in Jeddah.", "",
			[]contactWant{meeting("Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo")}},
		{"the pair met at talks hosted by others", "Ukrainian President Volodymyr Zelensky said he was ready to meet Russian President Vladimir Putin. The two last met in Paris in December 2019, at talks hosted by French President Emmanuel Macron and German Chancellor Angela Merkel.", "2024-05-15",
			[]contactWant{
				{names: []string{"Volodymyr Zelensky", "Vladimir Putin"}, mode: "meeting", status: "proposed"},
				{names: []string{"Volodymyr Zelensky", "Vladimir Putin", "Emmanuel Macron", "Angela Merkel"}, mode: "meeting", status: "held", date: "2019-12"}}},
		{"a dinner hosted by someone adds no meeting", "Indian Prime Minister Narendra Modi attended a dinner hosted by U.S. President Joe Biden.", "", nil},
		{"at present is no attendance", "Narendra Modi met Vladimir Putin in Moscow. At present, Ajit Doval is in Delhi.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
	}
	runContactCases(t, x, cases)
}

// TestAttendedTogether covers persons of several countries who "attended the (trilateral)
// meeting" with no meeting told before: it is their meeting, as "talks attended by A, B
// and C" is. A summit, a body's meeting, a ceremony or persons of one country make none.
func TestAttendedTogether(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"three ministers attended the trilateral meeting", "Kenyan Foreign Minister Musalia Mudavadi, Ugandan Foreign Minister Jeje Odongo and Tanzanian Foreign Minister Mahmoud Kombo attended the trilateral meeting in Arusha on Saturday.", "",
			[]contactWant{{names: []string{"Musalia Mudavadi", "Jeje Odongo", "Mahmoud Kombo"}, mode: "meeting", status: "held", dateText: "Saturday"}}},
		{"two leaders attended a summit", "Kenyan President William Ruto and Ugandan President Yoweri Museveni attended the EAC summit in Arusha on Saturday.", "", nil},
		{"two leaders attended a body's meeting", "Kenyan President William Ruto and Ugandan President Yoweri Museveni attended the meeting of the East African Community in Arusha.", "", nil},
		{"two leaders attended a ceremony", "Kenyan President William Ruto and Ugandan President Yoweri Museveni attended the signing ceremony in Nairobi on Monday.", "", nil},
		{"two officials of one country", "Kenyan President William Ruto and Kenyan Foreign Minister Musalia Mudavadi attended the meeting in Nairobi on Monday.", "", nil},
	})
}

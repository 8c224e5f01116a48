package extract_test

import "testing"

// TestQuotedSelfInAList covers "I" listed with others before a contact word inside a
// quotation: the speaker is a party of that contact with them, where without the "I" the
// others alone would make a contact the speaker is left out of.
func TestQuotedSelfInAList(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"A, B and I will discuss", `Kenyan President William Ruto arrived in Kampala on Sunday. "President Yoweri Museveni, President Samia Suluhu Hassan and I will discuss the pipeline," he said.`, "",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, mode: "unspecified", status: "scheduled"}}},
		{"A and I met", `"President Emmanuel Macron and I met for two hours," German Chancellor Olaf Scholz said on Friday.`, "",
			[]contactWant{{names: []string{"Olaf Scholz", "Emmanuel Macron"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

// TestQuotedAuthor covers a leader's own words quoted over several sentences, whose
// speaker is named only after the last: a first-person or subjectless contact in them
// ("I met X", "Had a good call with X", "Delighted to meet X") is the speaker's. A
// contact noun the quotation talks about ("Talks with X would help") is nobody's, a
// spokesperson's "we" is the principal's, not the spokesperson's own, a "we" after the
// speaker's contact is its pair, as "they" is, and a post that retells the contact just
// reported is that contact, not a second one. So is an embedded post outside quotation
// marks, whose signature line after it names its writer with the account's handle.
func TestQuotedAuthor(t *testing.T) {
	x := newExtractor(t)
	held := func(mode string, names ...string) contactWant {
		return contactWant{names: names, mode: mode, status: "held"}
	}
	runContactCases(t, x, []contactCase{
		{"I met, speaker after the second sentence", `Kenyan President William Ruto flew home from Addis Ababa on Sunday. "I met Prime Minister Abiy Ahmed this morning. We agreed to finish the road," he wrote on X.`, "2024-03-10",
			[]contactWant{held("meeting", "William Ruto", "Abiy Ahmed")}},
		{"subjectless had a call", `Kenyan President William Ruto flew home on Sunday. "Had a very good call with President Samia Suluhu Hassan. We reviewed the pipeline," Ruto posted.`, "2024-03-10",
			[]contactWant{held("phone", "William Ruto", "Samia Suluhu Hassan")}},
		{"subjectless verb", `Kenyan President William Ruto flew home on Sunday. "Spoke with my brother President Yoweri Museveni. Our teams will meet next week," Ruto posted.`, "2024-03-10",
			[]contactWant{held("unspecified", "William Ruto", "Yoweri Museveni")}},
		{"delighted to meet", `Kenyan President William Ruto was in Kampala on Sunday. "Delighted to meet President Yoweri Museveni at State House. Uganda is a friend," Ruto wrote.`, "2024-03-10",
			[]contactWant{held("meeting", "William Ruto", "Yoweri Museveni")}},
		{"very productive meeting with", `Kenyan President William Ruto was in Kampala on Sunday. "Very productive meeting with President Yoweri Museveni. Uganda is a friend," Ruto wrote.`, "2024-03-10",
			[]contactWant{held("meeting", "William Ruto", "Yoweri Museveni")}},
		{"just had a call with", `Kenyan President William Ruto flew home on Sunday. "Just had a call with President Yoweri Museveni. Our teams will finish the road," he wrote.`, "2024-03-10",
			[]contactWant{held("phone", "William Ruto", "Yoweri Museveni")}},
		{"a day and I", `Kenyan President William Ruto flew home on Sunday. "Earlier today I spoke with President Yoweri Museveni. Our teams will finish the road," he said.`, "2024-03-10",
			[]contactWant{held("unspecified", "William Ruto", "Yoweri Museveni")}},
		{"a spokesman's we is not his own", `"We had a very good meeting with President Yoweri Museveni. The talks lasted three hours," Kenyan government spokesman Isaac Mwaura told reporters.`, "2024-03-10", nil},
		{"a spokesman's we in one sentence", `"We had a very good meeting with President Yoweri Museveni," Kenyan government spokesman Isaac Mwaura told reporters.`, "2024-03-10", nil},
		{"we after the speaker's call is the pair", `Kenyan President William Ruto flew home on Sunday. "I had a good call with President Yoweri Museveni. We will meet soon," Ruto said.`, "2024-03-10",
			[]contactWant{held("phone", "William Ruto", "Yoweri Museveni"), {names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "scheduled"}}},
		{"we with an object is the speaker's side", `Kenyan President William Ruto called Tanzanian President Samia Suluhu Hassan on Saturday. "We also met President Yoweri Museveni in Kampala," Ruto told reporters on Sunday.`, "2024-03-10",
			[]contactWant{held("phone", "William Ruto", "Samia Suluhu Hassan"), held("meeting", "William Ruto", "Yoweri Museveni")}},
		{"we with no contact of the speaker's before", `Ugandan President Yoweri Museveni met Rwandan President Paul Kagame on Monday. "We will meet again," Kenyan President William Ruto said.`, "2024-03-10",
			[]contactWant{held("meeting", "Yoweri Museveni", "Paul Kagame")}},
		{"talks talked about are nobody's", `Kenyan President William Ruto flew home on Sunday. "Talks with President Yoweri Museveni would help. We need partners," he said.`, "2024-03-10", nil},
		{"a post retells the call just reported", `Kenyan President William Ruto held a phone conversation with Ugandan President Yoweri Museveni on Monday. "Had a wonderful meeting with President Museveni. We reviewed the pipeline," Ruto posted on X.`, "2024-03-11",
			[]contactWant{held("phone", "William Ruto", "Yoweri Museveni")}},
		{"an embedded post signed after it in its paragraph", "Kenya and Uganda agreed on the pipeline route on Sunday.\n\nHad a very good call with President Yoweri Museveni. We agreed on the route. — William Ruto (@WilliamsRuto) March 10, 2024", "2024-03-10",
			[]contactWant{held("phone", "William Ruto", "Yoweri Museveni")}},
		{"an embedded post signed in the next paragraph", "Kenya and Uganda agreed on the pipeline route on Sunday.\n\nI spoke with President Yoweri Museveni this morning.\n\n— William Ruto (@WilliamsRuto) March 10, 2024", "2024-03-10",
			[]contactWant{held("unspecified", "William Ruto", "Yoweri Museveni")}},
		{"a signed post's today is the day of its signature", "Kenya and Uganda agreed on the pipeline route this week.\n\nMet President Yoweri Museveni at State House today. — William Ruto (@WilliamsRuto) March 8, 2024", "2024-03-10",
			[]contactWant{{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-08"}}},
		{"a signature signs only the paragraph before it", "Kenya and Uganda agreed on the pipeline route on Sunday.\n\nHad a very good call with President Yoweri Museveni.\n\nThe road will open in May.\n\n— William Ruto (@WilliamsRuto) March 10, 2024", "2024-03-10", nil},
	})
}

package extract_test

import "testing"

// TestCoordinatedClauses covers two contacts told in one sentence, each clause with a
// subject of its own joined by "and": the second subject and its object are no more
// objects of the first verb. One subject of two ("A and B met C") and one verb with a
// list of objects ("met A and B") stay as they were.
func TestCoordinatedClauses(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"two meetings joined by a comma and", "French President Emmanuel Macron met Indian Prime Minister Narendra Modi in Paris, and German Chancellor Olaf Scholz met Kenyan President William Ruto in Berlin.", "",
			[]contactWant{meeting("Emmanuel Macron", "Narendra Modi"), meeting("Olaf Scholz", "William Ruto")}},
		{"a meeting and talks joined by and", "French President Emmanuel Macron met Indian Prime Minister Narendra Modi in Paris on Monday and German Chancellor Olaf Scholz held talks with Kenyan President William Ruto in Berlin.", "",
			[]contactWant{meeting("Emmanuel Macron", "Narendra Modi"), meeting("Olaf Scholz", "William Ruto")}},
		{"a list of subjects after a comma is not cut", "U.S. President Joe Biden met Yoon Suk Yeol for bilateral talks at Camp David on Friday, before he, Yoon and Japanese Prime Minister Fumio Kishida held a trilateral summit.", "",
			[]contactWant{meeting("Joe Biden", "Yoon Suk Yeol"), meeting("Joe Biden", "Yoon Suk Yeol", "Fumio Kishida")}},
		{"one subject of two", "French President Emmanuel Macron and German Chancellor Olaf Scholz met Kenyan President William Ruto in Berlin.", "",
			[]contactWant{meeting("Emmanuel Macron", "Olaf Scholz", "William Ruto")}},
		{"one verb with two objects", "French President Emmanuel Macron met Indian Prime Minister Narendra Modi and Kenyan President William Ruto in Berlin.", "",
			[]contactWant{meeting("Emmanuel Macron", "Narendra Modi"), meeting("Emmanuel Macron", "William Ruto")}},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestVisitorBefore: a journey told in one sentence ("X arrived in Paris on Sunday") and,
// in the next, talks that name only the host ("Talks with Y focused on", "Y gave him a
// welcome before talks") are the visitor's talks with the host; the host's own meeting
// ("chaired a cabinet meeting") and a refused one take no visitor.
func TestVisitorBefore(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	type w = contactWant
	runContactCases(t, x, []contactCase{
		{"gave him a welcome before talks", "Chinese President Xi Jinping arrived in Paris on Sunday for a state visit. On Monday, President Emmanuel Macron gave him a ceremonial welcome at the Invalides before talks at the Elysee.", pub,
			[]w{{[]string{"Xi Jinping", "Emmanuel Macron"}, "meeting", "held", "2024-03-04", ""}}},
		{"talks with the host alone named", "Kenyan President William Ruto arrived in Addis Ababa on Sunday. Talks with Ethiopian Prime Minister Abiy Ahmed focused on the port deal.", pub,
			[]w{{[]string{"William Ruto", "Abiy Ahmed"}, "meeting", "held", "2024-03-03", ""}}},
		{"the host's own cabinet meeting", "Kenyan President William Ruto arrived in Addis Ababa on Sunday. Ethiopian Prime Minister Abiy Ahmed chaired a cabinet meeting on the budget.", pub, nil},
		{"the host refused talks with another", "Kenyan President William Ruto arrived in Addis Ababa on Sunday. Ethiopian Prime Minister Abiy Ahmed refused talks with opposition leader Jawar Mohammed.", pub, nil},
		{"a journey home meets no host", "Kenyan President William Ruto flew home on Sunday. Talks with Ugandan President Yoweri Museveni are expected next month.", pub, nil},
		{"two visitors: none chosen", "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud arrived in Addis Ababa on Sunday. Talks with Ethiopian Prime Minister Abiy Ahmed were postponed.", pub, nil},
	})
}

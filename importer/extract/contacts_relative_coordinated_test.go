package extract_test

import "testing"

// TestRelativeCoordinatedSubjects: a relative clause between two coordinated subjects, "A,
// who arrived in Jakarta on Monday, and B held talks", leaves both the subjects of the
// contact verb after it, however the parse hangs the verb; a refused contact stays none.
// The other way round, ", and B flew home" after a relative clause's contact ends its
// objects: B is the subject of the main clause; so does ", B, a spokesman for the
// ministry, said" after a fronted clause's contact.
func TestRelativeCoordinatedSubjects(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	type w = contactWant
	runContactCases(t, x, []contactCase{
		{"A, who arrived, and B held talks", "Prime Minister Tony Abbott, who arrived in Jakarta on Monday, and President Susilo Bambang Yudhoyono held talks at the palace on Tuesday.", pub,
			[]w{{[]string{"Tony Abbott", "Susilo Bambang Yudhoyono"}, "meeting", "held", "2024-03-05", ""}}},
		{"A, who arrived, and B discussed over lunch", "Mr Abbott, who arrived in Jakarta on Monday, and President Susilo Bambang Yudhoyono discussed people smuggling over lunch.", pub,
			[]w{{[]string{"Abbott", "Susilo Bambang Yudhoyono"}, "unspecified", "held", "", ""}}},
		{"A, who arrived, and B met C: one meeting of three", "Prime Minister Tony Abbott, who arrived in Jakarta on Monday, and Foreign Minister Julie Bishop met President Joko Widodo on Tuesday.", pub,
			[]w{{[]string{"Tony Abbott", "Julie Bishop", "Joko Widodo"}, "meeting", "held", "2024-03-05", ""}}},
		{"A, who met C, and B flew home: B is a subject, not met", "Prime Minister Tony Abbott, who met President Joko Widodo on Monday, and Foreign Minister Julie Bishop flew home on Tuesday.", pub,
			[]w{{[]string{"Tony Abbott", "Joko Widodo"}, "meeting", "held", "2024-03-04", ""}}},
		{"met A, B, and C: one list", "Foreign Minister Julie Bishop met President Joko Widodo, Vice President Jusuf Kalla, and Foreign Minister Retno Marsudi on Monday.", pub,
			[]w{{[]string{"Julie Bishop", "Joko Widodo"}, "meeting", "held", "2024-03-04", ""}, {[]string{"Julie Bishop", "Jusuf Kalla"}, "meeting", "held", "2024-03-04", ""}, {[]string{"Julie Bishop", "Retno Marsudi"}, "meeting", "held", "2024-03-04", ""}}},
		{"to meet A, B, a spokesman, said: B is the next clause's subject, not met", "Asked whether the drones, and the missiles, would come up when Foreign Minister Julie Bishop is in Jakarta to meet President Joko Widodo, Piet Vos, a spokesman for the Foreign Ministry, said Canberra would not use the issue as a pretext.", pub,
			[]w{{[]string{"Julie Bishop", "Joko Widodo"}, "meeting", "scheduled", "", ""}}},
		{"A, who arrived, and B refused to meet C", "Prime Minister Tony Abbott, who arrived in Jakarta on Monday, and Foreign Minister Julie Bishop refused to meet opposition leader Prabowo Subianto.", pub, nil},
	})
}

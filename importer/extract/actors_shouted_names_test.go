package extract_test

import "testing"

// TestShoutedNames runs made-up wire copy that prints a name in capitals ("PRESIDENT ELENA
// VARGAS met ...") and elsewhere in mixed case, or a known actor's ("PRESIDENT JOE BIDEN"):
// the run in capitals is the same actor. A
// run in capitals the article never prints in mixed case (an acronym, a slogan, a shouted
// name met nowhere else) is no name.
func TestShoutedNames(t *testing.T) {
	runActorCases(t, newExtractor(t), []actorCase{
		{"office and name in capitals", "PRESIDENT ELENA VARGAS met Peruvian Foreign Minister Luis Torres in Quito on Monday. Elena Vargas said the talks were frank.",
			[]actorWant{{"Elena Vargas", "President", ""}, {"Luis Torres", "Foreign Minister", "PE"}}, []string{"ELENA VARGAS"}},
		{"name in capitals with particles", "KARL-HEINZ VAN DEN BERG met Portuguese Foreign Minister Joana Ribeiro in Lisbon on Tuesday. Karl-Heinz van den Berg said the visit was useful.",
			[]actorWant{{"Karl-Heinz van den Berg", "", ""}, {"Joana Ribeiro", "Foreign Minister", "PT"}}, []string{"KARL-HEINZ VAN DEN BERG"}},
		{"mixed case first, capitals after", "Foreign Minister Amal Haddad arrived in Amman on Sunday. AMAL HADDAD met Kenyan Foreign Minister Peter Kamau on Monday.",
			[]actorWant{{"Amal Haddad", "Foreign Minister", ""}, {"Peter Kamau", "Foreign Minister", "KE"}}, []string{"AMAL HADDAD"}},
		{"a known actor in capitals", "PRESIDENT JOE BIDEN met Kenyan Foreign Minister Peter Kamau at the White House on Monday.",
			[]actorWant{{"Joe Biden", "", "US"}, {"Peter Kamau", "Foreign Minister", "KE"}}, []string{"JOE BIDEN"}},
		{"a known actor in capitals after a long office", "In a statement, SECRETARY OF STATE ANTONY BLINKEN said the talks went well.",
			[]actorWant{{"Antony Blinken", "", "US"}}, []string{"ANTONY BLINKEN"}},
		{"a name in capitals only", "ELENA VARGAS met Peruvian Foreign Minister Luis Torres in Quito on Monday.",
			[]actorWant{{"Luis Torres", "", ""}}, []string{"ELENA VARGAS", "Elena Vargas"}},
		{"an acronym in capitals", "NATO ALLIES met in Brussels. Foreign Minister Joana Ribeiro attended.",
			[]actorWant{{"Joana Ribeiro", "", ""}}, []string{"NATO ALLIES", "Nato Allies"}},
		{"a slogan in capitals", "Protesters carried banners reading STOP THE WAR as Foreign Minister Joana Ribeiro met Peter Kamau. Peter Kamau said the war must stop.",
			[]actorWant{{"Joana Ribeiro", "", ""}, {"Peter Kamau", "", ""}}, []string{"STOP THE WAR", "Stop The War"}},
	})
}

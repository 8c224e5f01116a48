package extract_test

import "testing"

// TestCallsIncluding: calls are one-to-one, so "phoned several leaders, including A and
// B" is a call with each; a conference call, or talks with a group including A and B,
// stay one contact of all.
func TestCallsIncluding(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"phoned several leaders, including", "President Barack Obama phoned several regional leaders on Wednesday, including Egyptian President Hosni Mubarak and Jordan's King Abdullah.", pub,
			[]contactWant{
				{[]string{"Barack Obama", "Hosni Mubarak"}, "phone", "held", "2024-03-06", "Wednesday"},
				{[]string{"Barack Obama", "Abdullah II"}, "phone", "held", "2024-03-06", "Wednesday"},
			}},
		{"spoke by phone with leaders, including", "Chancellor Olaf Scholz spoke by phone with European leaders on Tuesday, including Emmanuel Macron and Giorgia Meloni.", pub,
			[]contactWant{
				{[]string{"Olaf Scholz", "Emmanuel Macron"}, "phone", "held", "2024-03-05", "Tuesday"},
				{[]string{"Olaf Scholz", "Giorgia Meloni"}, "phone", "held", "2024-03-05", "Tuesday"},
			}},
		{"a conference call, including", "Chancellor Olaf Scholz held a conference call with European leaders on Tuesday, including Emmanuel Macron and Giorgia Meloni.", pub,
			[]contactWant{{[]string{"Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni"}, "phone", "held", "2024-03-05", "Tuesday"}}},
		{"talks with a group, including", "Chancellor Olaf Scholz held talks with European leaders in Brussels on Tuesday, including Emmanuel Macron and Giorgia Meloni.", pub,
			[]contactWant{{[]string{"Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni"}, "meeting", "held", "2024-03-05", "Tuesday"}}},
	})
}

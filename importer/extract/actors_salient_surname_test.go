package extract_test

import "testing"

// TestSalientSurname covers a bare surname two persons of the article share: it is the
// one named more often, not merely the one named last, unless the other was named in the
// same sentence.
func TestSalientSurname(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"the leader, not his sister named last",
			"North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday. Kim Jong Un arrived by train. Kim Jong Un toured a cosmodrome. His sister Kim Yo Jong accompanied him. Later, Kim spoke with Russian Foreign Minister Sergei Lavrov.", "2023-09-14",
			[]contactWant{{[]string{"Kim Jong Un", "Vladimir Putin"}, "meeting", "held", "2023-09-13", "Wednesday"}, {[]string{"Kim Jong Un", "Sergey Lavrov"}, "unspecified", "held", "", ""}}},
		{"the president, not the first lady named last",
			"President Joe Biden met Chancellor Olaf Scholz at the White House on Friday. Joe Biden praised Germany. First lady Jill Biden visited a school. Biden later spoke with President Emmanuel Macron.", "2023-03-04",
			[]contactWant{{[]string{"Joe Biden", "Olaf Scholz"}, "meeting", "held", "2023-03-03", "Friday"}, {[]string{"Joe Biden", "Emmanuel Macron"}, "unspecified", "held", "", ""}}},
		{"the one named in the same sentence stays",
			"President Joe Biden met Chancellor Olaf Scholz on Friday. Joe Biden praised Germany. First lady Jill Biden flew to Paris on Saturday, where Biden met French President Emmanuel Macron.", "2023-03-04",
			[]contactWant{{[]string{"Joe Biden", "Olaf Scholz"}, "meeting", "held", "2023-03-03", "Friday"}, {[]string{"Jill Biden", "Emmanuel Macron"}, "meeting", "held", "", ""}}},
	}
	runContactCases(t, x, cases)
}

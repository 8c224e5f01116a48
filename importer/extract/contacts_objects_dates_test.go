package extract_test

import "testing"

// TestContactWithAfterDatedComma reads the party of a contact noun told after a date that
// holds commas, as US copy prints dates with their year ("in a meeting on Sept. 4, 2023,
// with X"), and dates the contact by it. The articles are of Thursday 2024-03-14.
func TestContactWithAfterDatedComma(t *testing.T) {
	x := newExtractor(t)
	const thu = "2024-03-14"
	kn := []string{"Tomas Berglund", "Anatoly Vereshkin"}
	const lead = "National Security Adviser Tomas Berglund shared the findings, at the Russians' request, in a meeting "
	const with = " Russian Security Council Secretary Anatoly Vereshkin, a close aide to the Russian president."
	runDateCases(t, x, []dateCase{
		{"a year and the comma that closes it", lead + "on Sept. 4, 2023, with" + with, thu, kn, "2023-09-04", "Sept. 4, 2023"},
		{"a year and no closing comma", lead + "on Sept. 4, 2023 with" + with, thu, kn, "2023-09-04", "Sept. 4, 2023"},
		{"a weekday and its date", lead + "on Tuesday, March 12, with" + with, thu, kn, "2024-03-12", "March 12"},
		{"a weekday and its date in brackets", lead + "on Tuesday (Mar 12) with" + with, thu, kn, "2024-03-12", "Mar 12"},
		{"a British date with no comma", lead + "on 4 September 2023 with" + with, thu, kn, "2023-09-04", "4 September 2023"},
		{"a weekday", lead + "on Tuesday with" + with, thu, kn, "2024-03-12", "Tuesday"},
	})
}

package extract_test

import "testing"

// TestOfficeAcronymHolder checks that an office printed as an acronym in a release ("EAM")
// stands for the person whose title was printed in the words it abbreviates ("External
// Affairs Minister"), not for another holder of the same office named after him.
func TestOfficeAcronymHolder(t *testing.T) {
	x := newExtractor(t)
	const lead = "External Affairs Minister Dr. Arun Varma held talks with Foreign Minister Claire Dunn of Australia in Canberra on 12 March 2024.\n\n"
	runDateCases(t, x, []dateCase{
		{"the acronym after another foreign minister", lead + "Earlier in the day, EAM called on Prime Minister Tom Reid.", "2024-03-13", []string{"Arun Varma", "Tom Reid"}, "2024-03-12", "Earlier in the day"},
		{"the talks keep their parties", lead + "Earlier in the day, EAM called on Prime Minister Tom Reid.", "2024-03-13", []string{"Arun Varma", "Claire Dunn"}, "2024-03-12", "12 March 2024"},
	})
}

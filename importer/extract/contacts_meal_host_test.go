package extract_test

import "testing"

// TestMealHost covers a meal told at a person's home: "had dinner at Y's residence", "lunch
// at the residence of Y" is a meal with Y, the host. A meal at a place of no one ("at a
// hotel") names no second party.
func TestMealHost(t *testing.T) {
	x := newExtractor(t)
	singh, musharraf := "Indian Prime Minister Manmohan Singh", "Pakistani President Pervez Musharraf"
	dinner := []contactWant{{names: []string{"Manmohan Singh", "Pervez Musharraf"}, mode: "meeting", status: "held", dateText: "Monday"}}
	runContactCases(t, x, []contactCase{
		{"dinner at Y's residence", singh + " had dinner at " + musharraf + "'s residence on Monday.", "", dinner},
		{"dinner at the residence of Y", singh + " had dinner at the residence of " + musharraf + " on Monday.", "", dinner},
		{"dinner at a hotel", singh + " had dinner at a hotel in Islamabad on Monday, " + musharraf + " said.", "", nil},
	})
}

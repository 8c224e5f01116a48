package extract_test

import "testing"

// TestPairMetThing covers "met" told of a pair after their contact, whose object is a
// thing or people no one names: a reception ("met fierce criticism"), an obstacle
// ("meeting pockets of resistance"), the press, "us", "me" or "them": no second contact of
// the pair. A pair's
// "met again" with no object is one more contact.
func TestPairMetThing(t *testing.T) {
	x := newExtractor(t)
	first := "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. "
	held := contactWant{names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-11"}
	runContactCases(t, x, []contactCase{
		{"met fierce criticism", first + "On Tuesday the two men met fierce criticism at home over the pipeline deal.", "2024-03-12", []contactWant{held}},
		{"were meeting pockets of resistance", first + "On Tuesday, they were still meeting pockets of resistance in parliament over the plan.", "2024-03-12", []contactWant{held}},
		{"will meet the press", first + "They will meet the press in Entebbe on Friday.", "2024-03-12", []contactWant{held}},
		{"met us at the airport", first + "On Tuesday they met us at the airport in Entebbe.", "2024-03-12", []contactWant{held}},
		{"spoke to me", first + "On Tuesday they spoke to me about the pipeline.", "2024-03-12", []contactWant{held}},
		{"the two met them", first + "On Tuesday the two met them at the border.", "2024-03-12", []contactWant{held}},
		{"met again is one more contact", first + "The two met again in Entebbe on Tuesday.", "2024-03-12",
			[]contactWant{held, {names: []string{"William Ruto", "Yoweri Museveni"}, mode: "meeting", status: "held", date: "2024-03-12"}}},
	})
}

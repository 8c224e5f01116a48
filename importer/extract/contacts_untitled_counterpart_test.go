package extract_test

import "testing"

// TestUntitledCounterpart covers "his US counterpart" when the one person of that country
// in the story has no office told ("Dale Whitcomb ... the Whitcomb administration"): that
// person is the counterpart; with an officer of that country of another office, nobody is.
func TestUntitledCounterpart(t *testing.T) {
	x := newExtractor(t)
	const morvan, whitcomb, rostami = "Lucien Morvan", "Dale Whitcomb", "Hamid Rostami"
	cases := []contactCase{
		{"the one American, untitled", "Tehran refused a meeting with Dale Whitcomb, citing sanctions by the Whitcomb administration. French President Lucien Morvan shuttled between his US and Iranian counterparts over two days. Iranian President Hamid Rostami said talks were impossible.", "",
			[]contactWant{{names: []string{morvan, rostami}, mode: "meeting", status: "held"}, {names: []string{morvan, whitcomb}, mode: "meeting", status: "held"}}},
		{"an American officer of another office", "US Defense Secretary Paul Grant arrived in Paris. Reporters asked about Dale Whitcomb and sanctions by the Whitcomb administration. French President Lucien Morvan spoke with his US counterpart on Monday.", "", nil},
	}
	runContactCases(t, x, cases)
}

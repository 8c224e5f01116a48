package extract_test

import "testing"

// TestVerbThenMedium: a verb that is no contact word tells a call by the medium right
// after its object ("briefed X by phone", "urged X by phone", "warned X over the phone");
// without the medium ("urged X on Sunday to ...") or with another one ("in a speech") it
// tells none.
func TestVerbThenMedium(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"briefed by phone", "Secretary of State Antony Blinken briefed Ukrainian President Volodymyr Zelenskiy by phone on Tuesday.", pub,
			[]contactWant{{[]string{"Antony Blinken", "Volodymyr Zelensky"}, "phone", "held", "2024-03-05", "Tuesday"}}},
		{"urged by phone", "President Joe Biden urged Prime Minister Benjamin Netanyahu by phone on Sunday to allow more aid into Gaza.", pub,
			[]contactWant{{[]string{"Joe Biden", "Benjamin Netanyahu"}, "phone", "held", "2024-03-03", "Sunday"}}},
		{"warned over the phone", "Chinese President Xi Jinping warned President Joe Biden over the phone on Thursday against playing with fire.", pub,
			[]contactWant{{[]string{"Xi Jinping", "Joe Biden"}, "phone", "held", "2024-03-07", "Thursday"}}},
		{"urged without a medium is none", "President Joe Biden urged Prime Minister Benjamin Netanyahu on Sunday to allow more aid into Gaza.", pub, nil},
		{"warned in a speech is none", "Secretary of State Antony Blinken warned Foreign Minister Sergei Lavrov in a speech on Sunday.", pub, nil},
	})
}

package extract_test

import "testing"

// TestPronounBeyondSpokesperson: a spokesperson quoted between the story's protagonist and
// "he met X" speaks for the protagonist, who is the one that meets; "he said" after the
// spokesman's words is still the spokesman, and so is "he" with no one else before.
func TestPronounBeyondSpokesperson(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"he met after a spokesman's quote", "Secretary of State Antony Blinken arrived in Beijing on Sunday.\n\n\"We are not seeking a new Cold War,\" State Department spokesman Matthew Miller said on Saturday.\n\nOn Monday, he met Chinese President Xi Jinping at the Great Hall of the People.", pub,
			[]contactWant{{[]string{"Antony Blinken", "Xi Jinping"}, "meeting", "held", "2024-03-04", "Monday"}}},
		{"she spoke after a press secretary's statement", "Foreign Minister Annalena Baerbock flew to Kyiv on Monday.\n\nGovernment spokeswoman Christiane Hoffmann said Berlin would keep its support.\n\nShe later spoke with President Volodymyr Zelenskiy.", pub,
			[]contactWant{{[]string{"Annalena Baerbock", "Volodymyr Zelensky"}, "unspecified", "held", "", ""}}},
		{"the spokesman alone stays the spokesman", "Kremlin spokesman Dmitry Peskov said on Monday that talks were possible. He met Ukrainian envoy Rustem Umerov in Istanbul.", pub,
			[]contactWant{{[]string{"Dmitry Peskov", "Rustem Umerov"}, "meeting", "held", "", ""}}},
	})
}

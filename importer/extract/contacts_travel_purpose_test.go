package extract_test

import "testing"

// TestTravelPurposeHeld covers a contact told as the purpose of a journey: one told as made
// ("flew to Kyiv on Monday to see X") was held on the journey's day, a past one; a journey
// ahead or a day after the purpose keeps the contact scheduled.
func TestTravelPurposeHeld(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"flew on a weekday to see", "German Chancellor Olaf Scholz flew to Kyiv on Monday to see Ukrainian President Volodymyr Zelensky.", "2023-03-08",
			[]contactWant{{[]string{"Olaf Scholz", "Volodymyr Zelensky"}, "meeting", "held", "2023-03-06", "Monday"}}},
		{"traveled on a weekday to meet", "Secretary of State Antony Blinken traveled to Cairo on Sunday to meet Egyptian President Abdel Fattah el-Sisi.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Abdel Fattah el-Sisi"}, "meeting", "held", "2023-03-05", "Sunday"}}},
		{"went without a day to hold talks with", "Prime Minister Rishi Sunak went to Paris to meet President Emmanuel Macron.", "2023-03-08",
			[]contactWant{{[]string{"Rishi Sunak", "Emmanuel Macron"}, "meeting", "held", "", ""}}},
		{"will fly on a weekday stays scheduled", "French President Emmanuel Macron will fly to Beijing on Monday to meet Chinese President Xi Jinping.", "2023-03-08",
			[]contactWant{{[]string{"Emmanuel Macron", "Xi Jinping"}, "meeting", "scheduled", "2023-03-13", "Monday"}}},
		{"is travelling stays scheduled", "Antony Blinken is travelling to Beijing to meet Chinese Foreign Minister Qin Gang.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Qin Gang"}, "meeting", "scheduled", "", ""}}},
		{"expected to meet stays scheduled", "Antony Blinken arrived in Doha on Wednesday and was expected to meet the emir, Sheikh Tamim bin Hamad Al Thani.", "2023-03-08",
			[]contactWant{{[]string{"Antony Blinken", "Tamim bin Hamad Al Thani"}, "meeting", "scheduled", "", ""}}},
	}
	runContactCases(t, x, cases)
}

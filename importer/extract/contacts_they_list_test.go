package extract_test

import "testing"

// TestTheyAfterAListOfPersons covers "they" as the subject of a contact verb with a named
// object, after persons listed at the head of the clause before ("A, B and C travelled to
// Kyiv, where they met Z") or of the sentence before ("A and B arrived in Kyiv. They met
// Z"): one meeting of the list and the object; so is "the two" after the contact of two
// told before ("X welcomed Y. The two later held talks with Z"). A list that is a verb's
// objects is not whom "they" continues.
func TestTheyAfterAListOfPersons(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"where they met", "Emmanuel Macron, Olaf Scholz and Mario Draghi travelled to Kyiv by night train, where they met Volodymyr Zelensky.", "",
			[]contactWant{meeting("Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Volodymyr Zelensky")}},
		{"leaders listed after their countries", "The leaders of France, Germany and Italy, Emmanuel Macron, Olaf Scholz and Mario Draghi, travelled together to Kyiv, where they met Volodymyr Zelensky.", "",
			[]contactWant{meeting("Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Volodymyr Zelensky")}},
		{"they opens the next sentence", "French President Emmanuel Macron and German Chancellor Olaf Scholz arrived in Kyiv on Thursday. They met Volodymyr Zelensky at his office.", "",
			[]contactWant{meeting("Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky")}},
		{"the two after their contact meet a third", "Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday. The two later held talks with Kazakh President Kassym-Jomart Tokayev.", "",
			[]contactWant{meeting("Xi Jinping", "Vladimir Putin"), meeting("Xi Jinping", "Vladimir Putin", "Kassym-Jomart Tokayev")}},
		{"the two meet one of themselves", "Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday. The two later held talks with Putin's delegation.", "",
			[]contactWant{meeting("Xi Jinping", "Vladimir Putin")}},
		{"a verb's objects are not they", "Volodymyr Zelensky welcomed Emmanuel Macron and Olaf Scholz to Kyiv, where they met Polish Prime Minister Mateusz Morawiecki.", "",
			[]contactWant{meeting("Volodymyr Zelensky", "Emmanuel Macron"), meeting("Volodymyr Zelensky", "Olaf Scholz")}},
	}
	runContactCases(t, x, cases)
}

// TestPluralCallsAreOneEach covers "held calls with" and "held meetings with" a group
// introduced by its countries: a call or meeting with each, where "talks with" them is one
// meeting.
func TestPluralCallsAreOneEach(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"calls with counterparts of two countries", "Antony Blinken held calls with his counterparts from Qatar and Egypt, Mohammed bin Abdulrahman Al Thani and Sameh Shoukry.", "",
			[]contactWant{{names: []string{"Antony Blinken", "Mohammed bin Abdulrahman Al Thani"}, mode: "phone", status: "held"}, {names: []string{"Antony Blinken", "Sameh Shoukry"}, mode: "phone", status: "held"}}},
		{"talks with ministers of two countries stay one", "Wang Yi held talks with the foreign ministers of Saudi Arabia and Iran, Faisal bin Farhan and Hossein Amir-Abdollahian, in Beijing.", "",
			[]contactWant{{names: []string{"Wang Yi", "Faisal bin Farhan", "Hossein Amir-Abdollahian"}, mode: "meeting", status: "held"}}},
	}
	runContactCases(t, x, cases)
}

// TestOrganizationsListedAreOneMeeting covers "met with A and B" where A and B are
// organizations whose people go unnamed: one meeting as written, while persons listed
// stay a meeting each.
func TestOrganizationsListedAreOneMeeting(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"two bodies", "Foreign Minister Penny Wong met with UNHCR and UNICEF in Amman on Tuesday.", "",
			[]contactWant{meeting("Penny Wong", "UNHCR", "UNICEF")}},
		{"two persons stay apart", "Foreign Minister Penny Wong met Jordanian Foreign Minister Ayman Safadi and Lebanese Prime Minister Najib Mikati.", "",
			[]contactWant{meeting("Penny Wong", "Ayman Safadi"), meeting("Penny Wong", "Najib Mikati")}},
	}
	runContactCases(t, x, cases)
}

// TestTheyMetWithOthers covers "they met with" unnamed people ("survivors", "students"):
// the pair met those people, not each other; "they met with each other" and "they met"
// stay the pair's meeting.
func TestTheyMetWithOthers(t *testing.T) {
	x := newExtractor(t)
	pair := []contactWant{{names: []string{"Emmanuel Macron", "Olaf Scholz"}, mode: "meeting", status: "held"}}
	cases := []contactCase{
		{"met with survivors", "Emmanuel Macron and Olaf Scholz travelled to Kyiv, where they met with survivors of the attack.", "", nil},
		{"met with students", "Emmanuel Macron and Olaf Scholz arrived in Kyiv on Friday. They met with students at the university.", "", nil},
		{"met with each other", "Emmanuel Macron and Olaf Scholz arrived in Kyiv on Friday. They met with each other for an hour.", "", pair},
		{"met", "Emmanuel Macron and Olaf Scholz arrived in Kyiv on Friday. They met for an hour.", "", pair},
	}
	runContactCases(t, x, cases)
}

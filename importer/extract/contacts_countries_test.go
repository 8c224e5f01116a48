package extract_test

import "testing"

// TestCountriesAsParties checks that talks the text gives to countries ("agreed that Tokyo
// and Seoul will start talks", "dialogue between Japan and South Korea") are not taken for
// the leaders' own contact, and that a meeting that sets the scene of a clause in the past
// stays held.
func TestCountriesAsParties(t *testing.T) {
	x := newExtractor(t)
	lead := "Prime Minister Fumio Kishida and President Yoon Suk-yeol agreed Sunday to improve ties.\n\n" +
		"At their meeting in Seoul, Kishida and Yoon agreed to strengthen coordination.\n\n"
	meeting := contactWant{[]string{"Fumio Kishida", "Yoon Suk Yeol"}, "meeting", "held", "2024-05-26", "Sunday"}
	runContactCases(t, x, []contactCase{
		{"the scene-setting meeting is held and takes the lead's day", lead, "2024-05-26", []contactWant{meeting}},
		{"talks of countries in a that clause",
			lead + "The two leaders agreed that Tokyo and Seoul will start talks next month.", "2024-05-26", []contactWant{meeting}},
		{"dialogue between countries",
			lead + "The two leaders agreed to continue security dialogue between Japan and South Korea.", "2024-05-26", []contactWant{meeting}},
		{"a person after that is still a party",
			"Officials said that Russia's Vladimir Putin met Xi Jinping in Beijing.", "",
			[]contactWant{{[]string{"Vladimir Putin", "Xi Jinping"}, "meeting", "held", "", ""}}},
	})
}

// TestOfficialCountryNames covers a party's office told with their country's official
// name, as Kremlin and foreign-ministry readouts print it ("President of the French
// Republic X"): the name run starts after the country, so the person is the known one.
func TestOfficialCountryNames(t *testing.T) {
	x := newExtractor(t)
	runContactCases(t, x, []contactCase{
		{"the French Republic", "Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron.", "",
			[]contactWant{{names: []string{"Vladimir Putin", "Emmanuel Macron"}, mode: "phone", status: "held"}}},
		{"the Republic of Kazakhstan", "Vladimir Putin met with President of the Republic of Kazakhstan Kassym-Jomart Tokayev.", "",
			[]contactWant{{names: []string{"Vladimir Putin", "Kassym-Jomart Tokayev"}, mode: "meeting", status: "held"}}},
	})
}

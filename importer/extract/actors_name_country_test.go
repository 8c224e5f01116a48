package extract_test

import "testing"

// TestNameTellsCountry covers a person whose country only the name tells: a ruling family's
// name ending it ("... Al Saud", "Al-Thani") or an honorific one country's press puts
// before it ("Shri"). A country the text gives wins, and "Sri", a given name elsewhere,
// tells none.
func TestNameTellsCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a Saudi royal's family name", "President Odera met Crown Prince Khalid bin Nawaf bin Abdulaziz al Saud in Cairo on Monday.",
			[]actorWant{{"Khalid bin Nawaf bin Abdulaziz al Saud", "", "SA"}}, nil},
		{"a hyphenated family name", "Minister of State Sheikh Hamad bin Khalid Al-Thani received the envoy in Doha.",
			[]actorWant{{"Hamad bin Khalid Al-Thani", "", "QA"}}, nil},
		{"an Indian honorific", "Prime Minister Shri Arvind Kulkarni had a telephone conversation today with President Odera.",
			[]actorWant{{"Arvind Kulkarni", "", "IN"}}, nil},
		{"a country the text gives wins", "Kuwaiti envoy Sheikh Salem bin Fahad Al Thani arrived in Amman.",
			[]actorWant{{"Salem bin Fahad Al Thani", "", "KW"}}, nil},
	}
	runActorCases(t, x, cases)
}

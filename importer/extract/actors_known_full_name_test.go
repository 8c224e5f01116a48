package extract_test

import "testing"

// TestKnownFullNameSpelling covers a known actor written with his full patronymic or a
// hyphenated family name: he is the known actor, with his country, even where the story
// happens in another country.
func TestKnownFullNameSpelling(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"full patronymic, hyphenated", "In Cairo, Egypt's president met Foreign Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani.",
			[]actorWant{{"Mohammed bin Abdulrahman Al Thani", "Foreign Minister", "QA"}}, nil},
		{"short form, hyphenated", "Mohammed bin Abdulrahman Al-Thani arrived in Cairo on Monday.",
			[]actorWant{{"Mohammed bin Abdulrahman Al Thani", "Prime Minister", "QA"}}, nil},
	}
	runActorCases(t, x, cases)
}

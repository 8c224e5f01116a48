package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestClockTimeIsNoOffice covers "AM"/"PM" after a time of day, as e-mail headers and
// schedules print it ("03/01/2001 01:35 PM"): the hour, not the office acronym PM, so the
// words after it get no title and make no person; "PM" printed alone still titles a name.
func TestClockTimeIsNoOffice(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a greeting after a header time is no person", "Nora Vance 03/01/2001 01:35 PM Good Afternoon Sara, the draft is attached.",
			nil, []string{"Good Afternoon Sara"}},
		{"a salutation after a header time is no person", "Tom Hale 05/02/2001 10:14 PM Dear Linda, please call me about the draft.",
			nil, []string{"Dear Linda"}},
		{"an hour alone before PM", "The delegation landed at 9 PM Tuesday. PM Narendra Modi met Japanese Prime Minister Fumio Kishida on Wednesday.",
			[]actorWant{{"Narendra Modi", "Prime Minister", ""}}, nil},
		{"PM alone still titles a name", "PM Narendra Modi held talks with Japanese Prime Minister Fumio Kishida.",
			[]actorWant{{"Narendra Modi", "Prime Minister", ""}}, nil},
	}
	runActorCases(t, x, cases)
	t.Run("a name after a header time takes no office", func(t *testing.T) {
		res := x.Extract(extract.Input{Text: "Mark Haedicke 05/02/2001 10:14 PM Michael Tien asked me to call Susan about the contract."})
		if a, ok := findActor(res, "Michael Tien"); ok && a.Role != "" {
			t.Errorf("Michael Tien role = %q, want none", a.Role)
		}
	})
}

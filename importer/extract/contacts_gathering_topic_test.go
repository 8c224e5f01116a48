package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestGatheringAsTopic checks that a summit the parties talked of ("discussed the upcoming
// Quad summit", "preparations for the G7 summit") is no contact of theirs: the call told
// keeps its medium and day and stays the only contact, while a summit they attend is one.
func TestGatheringAsTopic(t *testing.T) {
	x := newExtractor(t)
	const call = "Indian Prime Minister Arjun Mehta and Japanese Prime Minister Kenji Sato held a video call on Wednesday evening.\n\n"
	cases := []struct {
		name, text string
		modes      []string // the modes of the contacts, in order
	}{
		{"the two leaders discussed the summit",
			call + "The two leaders discussed the upcoming Quad summit in Tokyo.", []string{"video"}},
		{"preparations for a summit in a phone call",
			"Indian Prime Minister Arjun Mehta and Japanese Prime Minister Kenji Sato discussed preparations for the G7 summit in a phone call on Wednesday.", []string{"phone"}},
		{"talked about the summit",
			call + "They also talked about the summit in Tokyo.", []string{"video"}},
		{"a summit they hold is a contact",
			"Indian Prime Minister Arjun Mehta and Japanese Prime Minister Kenji Sato will hold a summit in Tokyo in July.", []string{"meeting"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: c.text, Published: "2024-05-16"})
			assertModes(t, res, c.modes)
		})
	}
}

// assertModes checks the modes of an article's contacts, in order, and that there are no
// others.
func assertModes(tb testing.TB, res extract.Result, modes []string) {
	tb.Helper()
	var got []string
	for _, k := range res.Contacts {
		got = append(got, string(k.Mode))
	}
	if len(got) != len(modes) {
		tb.Fatalf("contacts %v, want modes %v: %s", got, modes, describe(res))
	}
	for i := range got {
		if got[i] != modes[i] {
			tb.Errorf("contact %d mode %s, want %s", i, got[i], modes[i])
		}
	}
}

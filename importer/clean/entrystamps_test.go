package clean_test

import (
	"slices"
	"testing"

	"hotline/importer/clean"
)

// TestEntryStamps checks that the time stamps cut from over a live blog's entries are
// handed on with the offset in the cleaned text where each entry starts.
func TestEntryStamps(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []clean.Stamp
	}{
		{"dated and clock stamps over entries",
			"Tue 4 Mar 2025 18.05 GMT\n\nThe envoys met today.\n\n14:05 GMT\n\nThe talks ended.",
			[]clean.Stamp{{At: 0, Text: "Tue 4 Mar 2025 18.05 GMT"}, {At: 23, Text: "14:05 GMT"}}},
		{"a stamp with nothing after it stamps nothing",
			"The envoys met today.\n\n2h ago",
			nil},
		{"no stamps", "The envoys met today.\n\nThe talks ended.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := clean.Clean(c.body).Stamps; !slices.Equal(got, c.want) {
				t.Errorf("stamps %+v, want %+v", got, c.want)
			}
		})
	}
}

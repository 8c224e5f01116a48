package clean_test

import (
	"strings"
	"testing"

	"hotline/importer/clean"
)

// TestMayReportFrom checks the reported-from prefilter against looking for each of its
// phrases in turn.
func TestMayReportFrom(t *testing.T) {
	phrases := []string{"reported from ", "wrote from ", "filed from ", "contributed from ", "contributed reporting from "}
	for _, s := range []string{"", "from ", "Ann Lee reported from Lima.", "Aid came from the capital.", "Bo Chan wrote from Quito and",
		"x contributed reporting from Kyiv", "She filed  from Rome.", "They reported from", "Reported from Lima", "from from reported from x",
		"reportedfrom here", "Cy contributed from Oslo."} {
		t.Run(s, func(t *testing.T) {
			want := false
			for _, p := range phrases {
				want = want || strings.Contains(s, p)
			}
			if got := clean.MayReportFrom(s); got != want {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

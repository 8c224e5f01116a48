package names_test

import (
	"testing"

	"hotline/importer/names"
)

func TestMiddlesDisagree(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"initial against other full middles", "George W. Bush", "George Herbert Walker Bush", true},
		{"initials against other full middles", "George H.W. Bush", "George Walker Bush", true},
		{"title and initial", "President George W. Bush", "George Herbert Walker Bush", true},
		{"initial of the full middle", "John F. Kennedy", "John Fitzgerald Kennedy", false},
		{"initials of the full middles", "George H. W. Bush", "George Herbert Walker Bush", false},
		{"no middle", "George Bush", "George Herbert Walker Bush", false},
		{"two full middles", "Recep Tayyip Erdogan", "Recep Erdogan", false},
		{"same initial", "Michael J. Fox", "Michael J. Fox", false},
		{"hyphenated surname", "Ana M. Garcia-Lopez", "Ana Maria Garcia-Lopez", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := names.MiddlesDisagree(tc.a, tc.b); got != tc.want {
				t.Errorf("MiddlesDisagree(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if got := names.MiddlesDisagree(tc.b, tc.a); got != tc.want {
				t.Errorf("MiddlesDisagree(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

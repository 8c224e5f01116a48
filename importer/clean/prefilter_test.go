package clean_test

import (
	"testing"

	"hotline/importer/clean"
)

// TestNoticeFilterKeepsMatches checks the notice pattern's prefilter drops no line the
// pattern matches, in any case and with the letters case folding adds (long s, Kelvin
// sign), and that ordinary prose stays.
func TestNoticeFilterKeepsMatches(t *testing.T) {
	cases := []struct {
		line   string
		notice bool
	}{
		{"We use cookies to improve your experience.", true},
		{"THIS WEBSITE USES COOKIES", true},
		{"By continuing to browse this ſite you agree.", true},
		{"Please enable JavaScript to view the comments.", true},
		{"You are using an outdated browser.", true},
		{"This video is not available in your country", true},
		{"Accept all coo\u212aies", true},
		{"The ministers met at the site of the talks, which was not available.", false},
		{"“We discussed the situation,” he said.", false},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			if got, want := clean.IsNotice(tc.line), clean.NoticePattern(tc.line); got != want || got != tc.notice {
				t.Errorf("filtered %v, pattern %v, want %v", got, want, tc.notice)
			}
		})
	}
}

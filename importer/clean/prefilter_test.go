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

// TestAppealAtWordStarts checks that trying the appeal pattern at each word start of a
// paragraph answers as the unanchored pattern does: at the start, mid-paragraph, after
// punctuation or a rune outside ASCII, inside a word (no match), in any case and with the
// letters case folding adds.
func TestAppealAtWordStarts(t *testing.T) {
	if !clean.AppealFiltered() {
		t.Fatal("the appeal pattern has no first-rune filter: every word start would run it")
	}
	cases := []struct {
		name, text string
		appeal     bool
	}{
		{"start", "Support our independent journalism today.", true},
		{"middle", "If you can, please donate to the fund.", true},
		{"after punctuation", "Thanks!—Your support helps us report.", true},
		{"after a letter outside ASCII", "Café·we can't do it without you", true},
		{"inside a word", "The undonated goods stayed in the depot.", false},
		{"glued to a digit", "Item 4donate was listed.", false},
		{"long s", "Your ſupport helps the newsroom.", true},
		{"long s at a word start", "ſupport our work and reporting", false}, // \b is ASCII: ſ is no word character
		{"kelvin sign", "Help \u212aeep the lights on for free", true},
		{"capitals", "BECOME A MEMBER", true},
		{"last word", "They asked us to help fund", false},
		{"no appeal", "The ministers agreed to support the ceasefire.", false},
		{"empty", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			atWords, anywhere := clean.AppealMatch(tc.text)
			if atWords != anywhere || atWords != tc.appeal {
				t.Errorf("at word starts %v, anywhere %v, want %v", atWords, anywhere, tc.appeal)
			}
		})
	}
}

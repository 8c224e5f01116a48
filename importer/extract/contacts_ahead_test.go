package extract_test

import (
	"strings"
	"testing"
)

// TestContactAhead covers a contact told in the present with a time after publication: in
// the progressive ("is meeting Y on Thursday" in a paper of Tuesday, "is calling Y later
// today", "are holding talks next week": contact.progressive-ahead) or the simple present
// ("meets Y on Friday", "travels to X next week, where she meets Y": contact.present-ahead),
// as news prose writes arranged events: scheduled, not held. With no time ("is meeting Y in
// Geneva", the headline's "X meets Y"), with the day of publication or the day before, a
// day of a month already past, or in the past tense ("was meeting Y on Monday"), it stays
// held.
func TestContactAhead(t *testing.T) {
	x := newExtractor(t)
	const varga, brandt = "Hungarian Foreign Minister Lena Varga", "German Foreign Minister Tomas Brandt"
	// each case is varga, then verb, then brandt, then rest (or "varga and brandt rest"
	// when verb is "and"), in a paper of Tuesday, March 10, 2026 unless pub says otherwise
	type row struct{ name, verb, rest, pub, mode, status, date, dateText string }
	rows := []row{
		{"is meeting on a later weekday", "is meeting", "on Thursday, her spokesman said", "", "meeting", "scheduled", "2026-03-12", "Thursday"},
		{"is calling later today", "is calling", "later today, her office said", "", "phone", "scheduled", "2026-03-10", "today"},
		{"is meeting tomorrow", "is meeting", "tomorrow in Berlin", "", "meeting", "scheduled", "2026-03-11", "tomorrow"},
		{"are holding talks next week", "and", "are holding talks in Budapest next week", "", "meeting", "scheduled", "", "next week"},
		{"later on the day of publication", "is meeting", "later on Tuesday", "", "meeting", "scheduled", "2026-03-10", "Tuesday"},
		{"no time stays held", "is meeting", "in Geneva, her spokesman said", "", "meeting", "held", "", ""},
		{"the day before publication stays held", "is meeting", "on Monday in Geneva", "", "meeting", "held", "2026-03-09", "Monday"},
		{"was meeting in a later paper stays held", "was meeting", "on Thursday when the news broke", "2026-03-14", "meeting", "held", "2026-03-12", "Thursday"},
		{"the simple present: meets on a later weekday", "meets", "on Friday, her office said", "", "meeting", "scheduled", "2026-03-13", "Friday"},
		{"the simple present: meets tomorrow", "meets", "in Budapest tomorrow", "", "meeting", "scheduled", "2026-03-11", "tomorrow"},
		{"the simple present: meets later today", "meets", "later today in Berlin", "", "meeting", "scheduled", "2026-03-10", "today"},
		{"the simple present: holds talks next week", "holds talks with", "in Berlin next week", "", "meeting", "scheduled", "", "next week"},
		{"the simple present: calls on a later day of a month", "calls", "on March 12", "", "phone", "scheduled", "2026-03-12", "March 12"},
		{"the simple present: a trip next week where she meets", "travels to Berlin next week, where she meets", "", "", "meeting", "scheduled", "", "next week"},
		{"the simple present: no time stays held", "meets", "in Budapest", "", "meeting", "held", "", ""},
		{"the simple present: the day before publication stays held", "meets", "on Monday in Budapest", "", "meeting", "held", "2026-03-09", "Monday"},
		{"the simple present: the day of publication stays held", "meets", "on Tuesday in Budapest", "", "meeting", "held", "2026-03-10", "Tuesday"},
		{"the simple present: a day of a month already past stays held", "meets", "on March 6 in Budapest", "", "meeting", "held", "2026-03-06", "March 6"},
		{"the simple present: a later day in a paper after it stays held", "meets", "on March 12 in Budapest", "2026-03-14", "meeting", "held", "2026-03-12", "March 12"},
		{"the simple present: the past tense stays held", "met", "on Monday in Budapest", "", "meeting", "held", "2026-03-09", "Monday"},
	}
	var cases []contactCase
	for _, r := range rows {
		text := strings.TrimSpace(varga+" "+r.verb+" "+brandt+" "+r.rest) + "."
		if r.verb == "and" {
			text = varga + " and " + brandt + " " + r.rest + "."
		}
		pub := r.pub
		if pub == "" {
			pub = "2026-03-10"
		}
		cases = append(cases, contactCase{r.name, text, pub, []contactWant{{[]string{"Lena Varga", "Tomas Brandt"}, r.mode, r.status, r.date, r.dateText}}})
	}
	runContactCases(t, x, cases)
}

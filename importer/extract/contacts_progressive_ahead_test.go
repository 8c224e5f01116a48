package extract_test

import "testing"

// TestProgressiveAhead covers a contact told in the present progressive with a time after
// publication ("is meeting Y on Thursday" in a paper of Tuesday, "is calling Y later
// today", "are holding talks next week"): scheduled, not held. With no time ("is meeting Y
// in Geneva"), with the day of publication or the day before, in the past progressive
// ("was meeting Y on Monday") or the simple present ("meets Y on Friday"), it stays held.
func TestProgressiveAhead(t *testing.T) {
	x := newExtractor(t)
	const varga, brandt = "Hungarian Foreign Minister Lena Varga", "German Foreign Minister Tomas Brandt"
	// each case is varga, then verb, then brandt (or "and brandt" before the verb), then
	// rest, in a paper of Tuesday, March 10, 2026 unless pub says otherwise
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
		{"the simple present stays held", "meets", "on Monday in Geneva", "", "meeting", "held", "2026-03-09", "Monday"},
	}
	var cases []contactCase
	for _, r := range rows {
		text := varga + " " + r.verb + " " + brandt + " " + r.rest + "."
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

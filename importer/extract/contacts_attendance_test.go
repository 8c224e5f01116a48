package extract_test

import "testing"

// TestAttendeesJoinTheMeeting covers people a sentence places at a meeting just told
// without a contact verb of their own: "with X also present", ", a meeting (also) attended
// by X", "X also attended the talks", "X was also present at the talks". They join that
// meeting (one contact of all), while "present at the summit", "attended the meeting of"
// a body, "at present" and "present a plan" add no one.
func TestAttendeesJoinTheMeeting(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	cases := []contactCase{
		{"with a third party also present", "Emmanuel Macron met Mahmoud Abbas in Amman, with Jordan's King Abdullah II also present.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"a meeting also attended by", "Emmanuel Macron met Palestinian President Mahmoud Abbas in Amman on Thursday, a meeting also attended by Jordan's King Abdullah II.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"a meeting attended by", "Emmanuel Macron met Palestinian President Mahmoud Abbas in Amman on Thursday, a meeting attended by Jordan's King Abdullah II.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"also attended the meeting", "Emmanuel Macron met Palestinian President Mahmoud Abbas in Amman on Thursday. Jordan's King Abdullah II also attended the meeting.", "",
			[]contactWant{meeting("Emmanuel Macron", "Mahmoud Abbas", "Abdullah II")}},
		{"was also present at the talks", "Narendra Modi met Vladimir Putin in Moscow. Indian National Security Adviser Ajit Doval was also present at the talks.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin", "Ajit Doval")}},
		{"present at a summit joins no meeting", "Narendra Modi met Vladimir Putin in Moscow. Indian National Security Adviser Ajit Doval was present at the summit.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
		{"attended the meeting of a body joins nothing", "Narendra Modi met Vladimir Putin in Moscow. Ajit Doval attended the meeting of BRICS security chiefs.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
		{"at present is no attendance", "Narendra Modi met Vladimir Putin in Moscow. At present, Ajit Doval is in Delhi.", "",
			[]contactWant{meeting("Narendra Modi", "Vladimir Putin")}},
	}
	runContactCases(t, x, cases)
}

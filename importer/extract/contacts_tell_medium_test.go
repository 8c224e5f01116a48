package extract_test

import "testing"

// TestTellThenMedium covers a communication verb whose object is the other party of a call
// named later in the clause ("urged Y to accept the deal during a phone call", also when
// the call's length stands before it: "during a two-hour video call"), and a speech verb
// before the call that only reports its speaker.
func TestTellThenMedium(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"urged Y to ... during a phone call", "Polish President Andrzej Duda urged Lithuanian President Gitanas Nauseda to accept the deal during a phone call on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"assured Y that ... in a call", "Foreign Minister Ana Kovac assured Slovak Foreign Minister Juraj Blanar that aid would continue in a call on Monday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held", dateText: "Monday"}}},
		{"warned Y during a two-hour video call", "Polish President Andrzej Duda warned Lithuanian President Gitanas Nauseda against delay during a two-hour video call on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "video", status: "held", dateText: "Thursday"}}},
		{"pressed Y in a 90-minute call", "Polish President Andrzej Duda pressed Lithuanian President Gitanas Nauseda on the pipeline in a 90-minute call on Thursday.", "",
			[]contactWant{{names: []string{"Andrzej Duda", "Gitanas Nauseda"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"said X during a call", `"We are ready," said Polish President Andrzej Duda during a phone call on Thursday.`, "", nil},
	}
	runContactCases(t, x, cases)
}

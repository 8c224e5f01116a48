package extract_test

import "testing"

// TestReadoutIdioms covers the ways official readouts and wire copy tell one bilateral
// contact between two named ministers: each sentence is one contact, with its mode, status
// and date words.
func TestReadoutIdioms(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"contact.conversation", "Foreign Minister Ana Kovac held a telephone conversation with Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.exchanged-views", "Croatian Foreign Minister Ana Kovac and Juraj Blanar exchanged views on regional issues during a phone call on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.conversation", "Foreign Minister Ana Kovac had a telephone conversation with her Slovak counterpart Juraj Blanar.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held"}}},
		{"contact.at-invitation", "At the invitation of Foreign Minister Ana Kovac, Slovak Foreign Minister Juraj Blanar paid an official visit to Zagreb on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.met", "Foreign Minister Ana Kovac met with visiting Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.lunch", "Foreign Minister Ana Kovac hosted a working lunch for Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.talks", "On the sidelines of the summit, Foreign Minister Ana Kovac held bilateral talks with Slovak Foreign Minister Juraj Blanar.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held"}}},
		{"contact.call", "Foreign Minister Ana Kovac received a phone call from Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.video-conference", "Foreign Minister Ana Kovac held a video conference with Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "video", status: "held", dateText: "Thursday"}}},
		{"contact.received", "Slovak Foreign Minister Juraj Blanar was received by President Zoran Milanovic on Thursday.", "",
			[]contactWant{{names: []string{"Juraj Blanar", "Zoran Milanovic"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.conversation", "In a telephone conversation with Slovak Foreign Minister Juraj Blanar on Thursday, Foreign Minister Ana Kovac discussed energy.", "",
			[]contactWant{{names: []string{"Juraj Blanar", "Ana Kovac"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.courtesy-call", "Slovak Foreign Minister Juraj Blanar paid a courtesy call on President Zoran Milanovic on Thursday.", "",
			[]contactWant{{names: []string{"Juraj Blanar", "Zoran Milanovic"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.on-the-phone", "Foreign Minister Ana Kovac spoke over the phone with Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.talks", "Foreign Minister Ana Kovac and her Slovak counterpart Juraj Blanar held talks in Zagreb on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.welcomed", "Foreign Minister Ana Kovac welcomed Slovak Foreign Minister Juraj Blanar to Zagreb on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.conferred", "Foreign Minister Ana Kovac conferred with Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "unspecified", status: "held", dateText: "Thursday"}}},
		{"contact.called", "Slovak Foreign Minister Juraj Blanar called Foreign Minister Ana Kovac on Thursday to discuss energy.", "",
			[]contactWant{{names: []string{"Juraj Blanar", "Ana Kovac"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.on-the-phone", "Foreign Minister Ana Kovac was on a call with Slovak Foreign Minister Juraj Blanar on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.signed", "Foreign Minister Ana Kovac and Slovak Foreign Minister Juraj Blanar signed an agreement in Zagreb on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.joint-press-conference", "Foreign Minister Ana Kovac and Slovak Foreign Minister Juraj Blanar addressed a joint press conference in Zagreb on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.call", "Foreign Minister Ana Kovac thanked Slovak Foreign Minister Juraj Blanar in a phone call on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "phone", status: "held", dateText: "Thursday"}}},
		{"contact.meeting", "A meeting between Foreign Minister Ana Kovac and Slovak Foreign Minister Juraj Blanar took place in Zagreb on Thursday.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "held", dateText: "Thursday"}}},
		{"contact.meet", "Foreign Minister Ana Kovac is due to meet Slovak Foreign Minister Juraj Blanar in Zagreb next week.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "scheduled", dateText: "next week"}}},
		{"contact.invited", "Foreign Minister Ana Kovac invited Slovak Foreign Minister Juraj Blanar to visit Zagreb.", "",
			[]contactWant{{names: []string{"Ana Kovac", "Juraj Blanar"}, mode: "meeting", status: "proposed"}}},
	}
	runContactCases(t, x, cases)
}

// TestOnACall covers "on a call with" and "on a video call with": the call's parties are
// the subject and the person after "with", as with "on the phone with".
func TestOnACall(t *testing.T) {
	x := newExtractor(t)
	cases := []contactCase{
		{"on a video call", "President Zoran Milanovic was on a video call with Slovak President Peter Pellegrini on Thursday.", "",
			[]contactWant{{names: []string{"Zoran Milanovic", "Peter Pellegrini"}, mode: "video", status: "held", dateText: "Thursday"}}},
		{"on the call", "President Zoran Milanovic was on the call with Hungarian President Tamas Sulyok.", "",
			[]contactWant{{names: []string{"Zoran Milanovic", "Tamas Sulyok"}, mode: "phone", status: "held"}}},
		{"a call on a subject", "President Zoran Milanovic agreed on a call for restraint with Hungarian President Tamas Sulyok's government.", "", nil},
	}
	runContactCases(t, x, cases)
}

package extract_test

import "testing"

// TestActorRunIns covers what e-mails, posts and releases run into a name without a
// comma: greetings and sign-offs at the edge of a capitalised run, a given name printed
// twice, and two people listed without a comma. Near-misses that are names stay names.
func TestActorRunIns(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"a thanks before a given name is no word of it", "The draft is ready for review. Thanks Dan Moreno for the comments on the budget.",
			[]actorWant{{"Dan Moreno", "", ""}}, []string{"Thanks Dan Moreno", "Thanks Dan", "Thanks"}},
		{"a greeting opens no name", "Hi Elena Varga, the ministers met in Vienna on Monday to review the budget.",
			[]actorWant{{"Elena Varga", "", ""}}, []string{"Hi Elena Varga", "Hi Elena", "Hi"}},
		{"regards before a signature", "The minutes follow below. Regards Peter Holm",
			[]actorWant{{"Peter Holm", "", ""}}, []string{"Regards Peter Holm", "Regards"}},
		{"a header word after a name ends it", "From: Mark Tolliver Sent Monday, the note asked Mark Tolliver to call back.",
			[]actorWant{{"Mark Tolliver", "", ""}}, []string{"Mark Tolliver Sent", "Sent"}},
		{"please after a name is no surname", "Jane Okafor Please send the revised figures before the meeting.",
			[]actorWant{{"Jane Okafor", "", ""}}, []string{"Jane Okafor Please", "Please"}},
		{"a release's contact line", "For more information, Contact: Omar Haddad Tel 555 0100.",
			[]actorWant{{"Omar Haddad", "", ""}}, []string{"Omar Haddad Tel", "Contact: Omar Haddad"}},
		{"a release's direct line", "Questions go to Omar Haddad Direct Dial 555 0100 before the talks.",
			[]actorWant{{"Omar Haddad", "", ""}}, []string{"Omar Haddad Direct Dial", "Omar Haddad Direct"}},
		{"attached after a surname", "Ruiz Attached is the schedule for the visit. Ruiz will brief Tom Ruiz's team.",
			nil, []string{"Ruiz Attached", "Attached"}},
		{"a given name twice is one", "Bill Bill Stroud wrote the memo and sent it to the board.",
			[]actorWant{{"Bill Stroud", "", ""}}, []string{"Bill Bill Stroud", "Bill Bill"}},
		{"two listed names without a comma are two", "The panel heard Dan Moreno Sara Klint and three other witnesses on Tuesday.",
			[]actorWant{{"Dan Moreno", "", ""}, {"Sara Klint", "", ""}}, []string{"Dan Moreno Sara Klint"}},
		{"thanks to a named person leaves the name", "Thanks to Dan Smith's help the talks went ahead.",
			[]actorWant{{"Dan Smith", "", ""}}, []string{"Thanks"}},
		{"a hyphenated surname after the same given name stays", "Bill Bill-Jones chaired the hearing on Monday.",
			[]actorWant{{"Bill Bill-Jones", "", ""}}, []string{"Bill"}},
		{"a greeting word after a comma leaves the name whole", "Thanks, Elena Varga said, and the ministers left Vienna.",
			[]actorWant{{"Elena Varga", "", ""}}, []string{"Thanks"}},
		{"a known name that doubles its given name keeps it", "Boutros Boutros Ghali met the envoy in Cairo on Monday.",
			[]actorWant{{"Boutros Boutros-Ghali", "", ""}}, nil},
		{"a credit's doubled name is the photographer's", "The minister spoke in Ramallah. (AP Photo/Nasser Nasser)",
			nil, []string{"Nasser"}},
		{"a given name after a particle keeps a four-word name", "Prime Minister Mohammed Shia Al Sudani met the envoy.",
			nil, []string{"Mohammed Shia", "Al Sudani"}},
	}
	runActorCases(t, x, cases)
}

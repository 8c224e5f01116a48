package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestSeatHeads covers a seat of power named for its head ("the Kremlin chief", "the
// Pentagon chief", "the Blue House chief"): the holder of the office orgs.tsv gives the
// body's head, of the body's country, named in the story, as "the minister" is the
// minister named last. With no such holder the words stay the body's, and "the Pentagon
// chief of staff" is someone else.
func TestSeatHeads(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	runContactCases(t, x, []contactCase{
		{"the Kremlin chief met", "Russian President Dmitri Volkanov flew to Minsk on Monday. The Kremlin chief met Belarusian Prime Minister Roman Golovchenko on Tuesday.", "",
			[]contactWant{meeting("Dmitri Volkanov", "Roman Golovchenko")}},
		{"the Pentagon chief met", "U.S. Defense Secretary Harold Brennan arrived in Manila on Sunday. The Pentagon chief met Philippine Defense Secretary Gilberto Teodoro on Monday.", "",
			[]contactWant{meeting("Harold Brennan", "Gilberto Teodoro")}},
		{"the Blue House chief met", "South Korean President Park Min-seok returned to Seoul on Friday. The Blue House chief met Japanese Prime Minister Fumio Kishida on Saturday.", "",
			[]contactWant{meeting("Park Min-seok", "Fumio Kishida")}},
	})
	for _, tc := range []struct{ name, text, speaker string }{
		{"the Pentagon chief said", `U.S. Defense Secretary Harold Brennan landed in Tokyo on Tuesday. "Our alliance has never been stronger," the Pentagon chief told reporters.`, "Harold Brennan"},
		{"the Kremlin chief said", `Russian President Dmitri Volkanov addressed the parliament on Monday. "We will not retreat," the Kremlin chief said.`, "Dmitri Volkanov"},
		{"with no holder named the body stays", `"We will not retreat," the Kremlin chief said on Monday.`, "Kremlin"},
		{"the Pentagon chief of staff is someone else", `U.S. Defense Secretary Harold Brennan landed in Tokyo on Tuesday. "Our alliance is strong," said the Pentagon chief of staff, Joe Kasper.`, "Pentagon"},
		{"Downing Street said", `British Prime Minister Alan Whitmore met his cabinet on Monday. "The talks were constructive," Downing Street said.`, "Downing Street"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: tc.text})
			if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 || res.Actors[res.Quotes[0].Speaker].Name != tc.speaker {
				t.Errorf("quotes = %+v, want one by %s in %v", res.Quotes, tc.speaker, actorNames(res))
			}
		})
	}
}

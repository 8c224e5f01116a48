package extract_test

import "testing"

// TestSenderCountry covers an official whom the country opening the sentence sends
// ("Israel on Thursday dispatched senior official X"): the official serves the sender; a
// country in a phrase before the verb is no sender.
func TestSenderCountry(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"country dispatched a ministry official", "Israel on Thursday dispatched senior Defense Ministry official Avi Dotan to Cairo.",
			[]actorWant{{"Avi Dotan", "", "IL"}}, nil},
		{"the country has sent an envoy", "The United States has sent special envoy Tom Kessler to Beirut.",
			[]actorWant{{"Tom Kessler", "Ambassador", "US"}}, nil},
		{"the country is no subject", "The collapse of talks in Kenya sent UN mediator Tom Kessler home.",
			[]actorWant{{"Tom Kessler", "", ""}}, nil},
	}
	runActorCases(t, x, cases)
}

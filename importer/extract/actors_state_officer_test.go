package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestStateOfficerHomeCountry covers an officer of a state body named by the body alone
// ("police official X", "army spokesman Y") in a story one country dominates: the body is
// that state's; an international body's officer ("UN police official") gets none.
func TestStateOfficerHomeCountry(t *testing.T) {
	x := newExtractor(t)
	const story = "Kenya has tightened security after attacks in northern Kenya. Officials in Kenya said more troops would deploy. "
	cases := []actorCase{
		{"police official", story + "Two people were killed in a blast in the market, police official Daniel Mwangaza said.",
			[]actorWant{{"Daniel Mwangaza", "", "KE"}}, nil},
		{"army spokesman", story + "The attackers fled across the border, army spokesman Peter Kiprono said.",
			[]actorWant{{"Peter Kiprono", "", "KE"}}, nil},
	}
	runActorCases(t, x, cases)
	res := x.Extract(extract.Input{Text: story + "The blast was investigated, UN police official Lena Vogt said."})
	if a, ok := findActor(res, "Lena Vogt"); ok && a.Country == "KE" {
		t.Errorf("UN police official Lena Vogt country %q, want not KE", a.Country)
	}
}

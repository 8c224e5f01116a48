package extract_test

import "testing"

// TestOrgNameChain covers the last link of an organization's name that runs through "for"
// and "of" ("Centre for Control of Iodine Deficiency Disorders"): no person, even before a
// speech verb, while a person after an office and "of" stays one.
func TestOrgNameChain(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"third link of a name's chain", "Cres Eastman, Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says the levels are low.",
			[]actorWant{{"Cres Eastman", "Chairman", ""}}, []string{"Iodine Deficiency Disorders"}},
		{"person after an office and of", "Prime Minister of Iceland Katrin Jakobsdottir says the talks went well.",
			[]actorWant{{"Katrin Jakobsdottir", "Prime Minister", "IS"}}, nil},
	}
	runActorCases(t, x, cases)
}

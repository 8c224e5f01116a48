package extract_test

import (
	"slices"
	"testing"

	"hotline/importer/extract"
)

// TestAliasesAreNames: an actor's aliases are the names it goes by, never the references
// that point at it ("the Secretary of State", "he"), which other articles use for others.
func TestAliasesAreNames(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, actor string
		want, notWant     []string
	}{
		{"office reference", `Secretary of State Antony Blinken spoke by phone with Foreign Minister Sergey Lavrov on Tuesday. "We made our position clear," the Secretary of State said.`,
			"Antony Blinken", []string{"Antony Blinken"}, []string{"Secretary of State", "the Secretary of State"}},
		{"pronoun", `President Emmanuel Macron met Chancellor Olaf Scholz in Berlin. "Europe must stand together," he said.`,
			"Emmanuel Macron", []string{"Emmanuel Macron"}, []string{"he"}},
		{"a kunya the known actor goes by", `President Mahmoud Abbas met Secretary of State Antony Blinken in Ramallah. "We want a state," Abu Mazen said.`,
			"Mahmoud Abbas", []string{"Mahmoud Abbas", "Abu Mazen"}, nil},
		{"initials the known actor goes by", `President Susilo Bambang Yudhoyono met Prime Minister Kevin Rudd in Jakarta. "We agreed on a lot," SBY said.`,
			"Susilo Bambang Yudhoyono", []string{"Susilo Bambang Yudhoyono", "SBY"}, nil},
		{"surname is a name", `Prime Minister Rishi Sunak met President Joe Biden in Belfast. Sunak said the talks went well.`,
			"Rishi Sunak", []string{"Rishi Sunak", "Sunak"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Text: tt.text, Published: "2023-04-12"})
			i := slices.IndexFunc(res.Actors, func(a extract.Actor) bool { return a.Name == tt.actor })
			if i < 0 {
				t.Fatalf("no actor %q in %+v", tt.actor, res.Actors)
			}
			assertListed(t, "aliases", res.Actors[i].Aliases, tt.want, tt.notWant)
		})
	}
}

package extract_test

import "testing"

// TestControlledInfinitive covers a verb of telling or asking whose object is to make the
// contact: "X urged Y to meet Z" is Y's contact with Z, asked for (proposed), not X's;
// "invited Y to visit" stays the inviter's.
func TestControlledInfinitive(t *testing.T) {
	x := newExtractor(t)
	macron, scholz, zelensky := "French President Emmanuel Macron", "German Chancellor Olaf Scholz", "Ukrainian President Volodymyr Zelensky"
	asked := func(mode string) []contactWant {
		return []contactWant{{names: []string{"Olaf Scholz", "Volodymyr Zelensky"}, mode: mode, status: "proposed"}}
	}
	runContactCases(t, x, []contactCase{
		{"urged to meet", macron + " urged " + scholz + " to meet " + zelensky + ".", "2024-03-12", asked("meeting")},
		{"told to meet", macron + " told " + scholz + " to meet " + zelensky + " soon.", "2024-03-12", asked("meeting")},
		{"asked to speak with", macron + " asked " + scholz + " to speak with " + zelensky + ".", "2024-03-12", asked("unspecified")},
		{"encouraged to call", macron + " encouraged " + scholz + " to call " + zelensky + ".", "2024-03-12", asked("phone")},
		{"invited to visit stays the inviter's", macron + " invited " + scholz + " to visit Paris.", "2024-03-12",
			[]contactWant{{names: []string{"Emmanuel Macron", "Olaf Scholz"}, mode: "meeting", status: "proposed"}}},
	})
}

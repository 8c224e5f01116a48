package extract_test

import "testing"

// TestCalledTheRole: "called the prime minister" is a phone call with the holder the
// article named before, as "called Netanyahu" is; "called the Russian president a killer"
// names him, and "called the prime minister's office" reached no person.
func TestCalledTheRole(t *testing.T) {
	x := newExtractor(t)
	pub := "2024-03-08" // a Friday
	runContactCases(t, x, []contactCase{
		{"called the prime minister", "Israeli Prime Minister Benjamin Netanyahu faces pressure at home. President Joe Biden called the prime minister on Sunday to urge restraint.", pub,
			[]contactWant{{[]string{"Joe Biden", "Benjamin Netanyahu"}, "phone", "held", "2024-03-03", "Sunday"}}},
		{"called the chancellor", "German Chancellor Olaf Scholz is in Washington. President Joe Biden called the chancellor on Sunday evening to discuss Ukraine.", pub,
			[]contactWant{{[]string{"Joe Biden", "Olaf Scholz"}, "phone", "held", "2024-03-03", ""}}},
		{"called the Russian president a killer", "Russian President Vladimir Putin spoke in Moscow. President Joe Biden called the Russian president a killer on Wednesday.", pub, nil},
		{"called the prime minister's office", "Israeli Prime Minister Benjamin Netanyahu faces pressure at home. President Joe Biden called the prime minister's office on Sunday.", pub, nil},
	})
}

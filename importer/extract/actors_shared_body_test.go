package extract_test

import (
	"slices"
	"testing"

	"hotline/importer/extract"
)

// TestSharedBodyNoun covers country words coordinated before one body noun: each names
// its own body, singular noun or plural ("the Afghan and US military", "the Russian and
// Chinese foreign ministries"), and the country word alone is no alias of its body. A
// noun for the bodies' people after the noun ("military officials") leaves the bodies
// modifiers, as one country's "military officials" does.
func TestSharedBodyNoun(t *testing.T) {
	x := newExtractor(t)
	meeting := func(names ...string) contactWant { return contactWant{names: names, mode: "meeting", status: "held"} }
	runContactCases(t, x, []contactCase{
		{"a demonym and an organization's name share the noun", "General Tariq Khan met the Afghan and US military in Kabul on border issues.", "",
			[]contactWant{meeting("Tariq Khan", "Afghan Armed Forces", "US military")}},
		{"a delegation led at meetings with two militaries", "General Tariq Khan led the Pakistani delegation at border meetings with the Afghan and US military in Bagram.", "",
			[]contactWant{meeting("Tariq Khan", "Afghan Armed Forces", "US military")}},
		{"a plural noun", "General Tariq Khan met the Afghan and US militaries in Kabul.", "",
			[]contactWant{meeting("Tariq Khan", "Afghan Armed Forces", "US military")}},
		{"three countries and a plural noun", "General Tariq Khan met the Afghan, Iranian and Pakistani militaries in Kabul.", "",
			[]contactWant{meeting("Tariq Khan", "Afghan Armed Forces", "Iranian Armed Forces", "Pakistani Armed Forces")}},
		{"two foreign ministries", "Foreign Minister Ana Kovac held talks with the Russian and Chinese foreign ministries in Vienna.", "",
			[]contactWant{meeting("Ana Kovac", "Russian Foreign Ministry", "Chinese Foreign Ministry")}},
		{"the bodies' people name no body", "General Tariq Khan met the Afghan and Pakistani military officials in Kabul.", "", nil},
	})
	res := x.Extract(extract.Input{Text: "General Tariq Khan met the Afghan and US military in Kabul."})
	if a, ok := findActor(res, "Afghan Armed Forces"); !ok || slices.Contains(a.Aliases, "Afghan") {
		t.Errorf("Afghan Armed Forces: found %v, aliases %v; want found, with no alias \"Afghan\"", ok, a.Aliases)
	}
}

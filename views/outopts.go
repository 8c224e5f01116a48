package views

import (
	"slices"
	"strings"
)

// outputFor reads _shape and _dl for a JSON or CSV answer named name (the file name
// of a download).
func outputFor(ps params, format, name string, pk []string) output {
	o := output{format: format, shape: ps.get("_shape"), pk: pk}
	if o.shape == "" {
		o.shape = "objects"
	}
	if truthy(ps.get("_dl")) {
		o.download = name + "." + format
	}
	return o
}

// truthy reads a flag parameter: 1, on, true, yes.
func truthy(v string) bool {
	switch strings.ToLower(v) {
	case "1", "on", "true", "yes":
		return true
	}
	return false
}

// checkUnderscore rejects parameters that start with "_" and are not in allowed, naming
// them all: a misspelt _sort should not silently do nothing.
func checkUnderscore(ps params, allowed ...string) error {
	var bad []string
	for _, p := range ps {
		if strings.HasPrefix(p.Key, "_") && !slices.Contains(allowed, p.Key) && !slices.Contains(bad, p.Key) {
			bad = append(bad, p.Key)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	slices.Sort(bad)
	return invalid("unknown parameter %s (allowed: %s)", strings.Join(bad, ", "), strings.Join(allowed, ", "))
}

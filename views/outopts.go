package views

import (
	"strings"
)

// outputFor reads _shape, _dl, _nl and _json for a JSON or CSV answer named name (the file name
// of a download).
func outputFor(ps params, format, name string, pk []string) output {
	o := output{format: format, shape: ps.get("_shape"), pk: pk}
	if o.shape == "" {
		o.shape = "objects"
	}
	if truthy(ps.get("_dl")) {
		o.download = name + "." + format
	}
	o.nl = truthy(ps.get("_nl"))
	for _, v := range ps.all("_json") {
		o.jsonCols = append(o.jsonCols, splitList(v)...)
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

// splitList reads a parameter that Datasette lets hold a comma-separated list
// (_extra=count,columns) as well as repeat (_extra=count&_extra=columns).
func splitList(v string) []string {
	var out []string
	for part := range strings.SplitSeq(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

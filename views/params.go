package views

import (
	"net/url"
	"slices"
	"strings"
)

// param is one key=value pair of a query string.
type param struct{ Key, Value string }

// params is a query string in the order the client wrote it. Order matters to people:
// filters are described and listed in the order they were added.
type params []param

// parseParams decodes a raw query string, keeping order and repeated keys.
func parseParams(raw string) (params, error) {
	var ps params
	for pair := range strings.SplitSeq(raw, "&") {
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			return nil, invalid("bad query string: cannot decode %q", k)
		}
		val, err := url.QueryUnescape(v)
		if err != nil {
			return nil, invalid("bad query string: cannot decode the value of %q", key)
		}
		ps = append(ps, param{key, val})
	}
	return ps, nil
}

// get returns the first value of key, or "".
func (ps params) get(key string) string {
	for _, p := range ps {
		if p.Key == key {
			return p.Value
		}
	}
	return ""
}

// has reports whether key is present, even with an empty value.
func (ps params) has(key string) bool {
	return slices.ContainsFunc(ps, func(p param) bool { return p.Key == key })
}

// all returns every value of key in order.
func (ps params) all(key string) []string {
	var out []string
	for _, p := range ps {
		if p.Key == key {
			out = append(out, p.Value)
		}
	}
	return out
}

// without returns a copy without the given keys.
func (ps params) without(keys ...string) params {
	out := make(params, 0, len(ps))
	for _, p := range ps {
		if !slices.Contains(keys, p.Key) {
			out = append(out, p)
		}
	}
	return out
}

// withoutPair returns a copy without the one pair key=value.
func (ps params) withoutPair(key, value string) params {
	out := make(params, 0, len(ps))
	for _, p := range ps {
		if p.Key != key || p.Value != value {
			out = append(out, p)
		}
	}
	return out
}

// with returns a copy with key=value appended.
func (ps params) with(key, value string) params {
	return append(slices.Clip(ps), param{key, value})
}

// encode builds the query string, escaping each key and value as url.Values.Encode does
// but keeping the order.
func (ps params) encode() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p.Key))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p.Value))
	}
	return b.String()
}

// query is the encoded query string with its leading "?", or "" when empty.
func (ps params) query() string {
	if len(ps) == 0 {
		return ""
	}
	return "?" + ps.encode()
}

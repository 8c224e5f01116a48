package views

import (
	"fmt"
	"strings"
)

// Table names and primary-key values are tilde-encoded in URL path segments, as Datasette
// does: every byte outside [A-Za-z0-9_-] becomes ~XX. Unlike percent-encoding, net/http
// does not decode it before routing, so "a,b" can be told apart from the composite key
// "a","b" (commas separate the values of a composite key), and a "." in a name never looks
// like a .json or .csv suffix.

// tildeEncode encodes s for one path segment.
func tildeEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isTildeSafe(c) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "~%02X", c)
	}
	return b.String()
}

// tildeDecode reverses tildeEncode; a "~" not followed by two hex digits is an error.
func tildeDecode(s string) (string, error) {
	if !strings.Contains(s, "~") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '~' {
			b.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			return "", fmt.Errorf("bad tilde-encoding in %q: ~ must be followed by two hex digits", s)
		}
		b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
		i += 2
	}
	return b.String(), nil
}

func isTildeSafe(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

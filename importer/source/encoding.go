package source

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The encoding policy, the same for every format (README "Text encodings"):
//
//   - A byte-order mark declares UTF-8 or UTF-16, which is decoded (and the mark dropped).
//   - A declared encoding (the encoding setting, e.g. windows-1252, iso-8859-2, shift_jis)
//     decodes every input.
//   - Otherwise ("auto") each record — a text file, a JSON Lines line, a JSON array
//     element, a CSV row — is checked on its own: valid UTF-8 is kept as is; a record with
//     bytes that are not UTF-8 and no UTF-8 multi-byte sequence at all is legacy 8-bit
//     text, decoded as Windows-1252 (a superset of Latin-1's printable characters); any
//     other record (UTF-8 with stray bytes, or bytes Windows-1252 does not define) is
//     skipped with its line and column. Nothing that is not UTF-8 reaches the database.
//   - "utf-8" skips every record that is not valid UTF-8.

// Encoding names the policy for bytes that are not UTF-8; see above.
type Encoding struct {
	name string            // "auto", "utf-8" or the canonical name of a declared encoding
	dec  encoding.Encoding // the declared encoding; nil for auto and utf-8
}

// ParseEncoding reads an encoding setting: "", "auto", "utf-8", or any name the WHATWG
// Encoding Standard knows ("latin1", "windows-1252", "iso-8859-15", "shift_jis", ...).
func ParseEncoding(name string) (Encoding, error) {
	switch n := strings.ToLower(strings.TrimSpace(name)); n {
	case "", "auto":
		return Encoding{name: "auto"}, nil
	case "utf-8", "utf8":
		return Encoding{name: "utf-8"}, nil
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return Encoding{}, fmt.Errorf("unknown text encoding %q (use auto, utf-8, or a name such as windows-1252, iso-8859-2, shift_jis)", name)
	}
	canonical, _ := htmlindex.Name(e)
	if canonical == "utf-8" {
		return Encoding{name: "utf-8"}, nil
	}
	return Encoding{name: canonical, dec: e}, nil
}

// String is the setting's canonical name.
func (e Encoding) String() string {
	if e.name == "" {
		return "auto"
	}
	return e.name
}

// decoding wraps an input stream: a byte-order mark is honoured and removed, and a
// declared encoding is decoded to UTF-8, so the format readers only ever see UTF-8 or, in
// auto mode, bytes to be checked record by record.
func (e Encoding) decoding(r io.Reader) io.Reader {
	fallback := transform.Transformer(transform.Nop)
	if e.dec != nil {
		fallback = e.dec.NewDecoder()
	}
	return transform.NewReader(r, unicode.BOMOverride(fallback))
}

// text returns one record's bytes as UTF-8 under the policy, or the reason to skip it.
// line is the record's first line in its file, for the message.
func (e Encoding) text(b []byte, line int) ([]byte, error) {
	bad := firstInvalid(b)
	if bad < 0 {
		return b, nil
	}
	if e.legacy(b) {
		return charmap.Windows1252.NewDecoder().Bytes(b)
	}
	l, col := position(b, bad)
	return nil, fmt.Errorf("line %d, column %d: invalid UTF-8 (byte 0x%02X); the record was skipped "+
		"(set encoding if the file is in a legacy encoding)", line+l, col, b[bad])
}

// legacy reports whether a record that is not UTF-8 is to be decoded as Windows-1252: in
// auto mode, when it holds no UTF-8 multi-byte sequence and no byte Windows-1252 leaves
// undefined.
func (e Encoding) legacy(b []byte) bool {
	return e.name != "utf-8" && e.dec == nil && !hasMultiByte(b) && !undefinedIn1252(b)
}

// decode1252 decodes legacy 8-bit text; every byte legacy accepted has a character.
func decode1252(s string) string {
	out, _ := charmap.Windows1252.NewDecoder().String(s)
	return out
}

// firstInvalid returns the offset of the first byte of b that is not UTF-8, or -1.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// hasMultiByte reports whether b holds a valid UTF-8 sequence of two bytes or more: text in
// a legacy 8-bit encoding practically never does, broken UTF-8 does.
func hasMultiByte(b []byte) bool {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if size > 1 && r != utf8.RuneError {
			return true
		}
		i += size
	}
	return false
}

// undefinedIn1252 reports whether b holds one of the five bytes Windows-1252 leaves
// undefined: such a text is in some other encoding, and guessing would garble it.
func undefinedIn1252(b []byte) bool {
	for _, c := range b {
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			return true
		}
	}
	return false
}

// position turns an offset into b into a line (0 for b's first) and a 1-based column in
// bytes.
func position(b []byte, off int) (line, col int) {
	line = bytes.Count(b[:off], []byte("\n"))
	return line, off - bytes.LastIndexByte(b[:off], '\n')
}

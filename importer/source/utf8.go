package source

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// utf8Reader passes a stream through and fails at the first byte that is not UTF-8.
// encoding/json and encoding/csv would otherwise replace such bytes silently, and the
// database would hold text that is not what the file says.
type utf8Reader struct {
	r     io.Reader
	off   int64  // bytes of r returned so far
	carry []byte // the start of a rune split across two reads
}

func newUTF8Reader(r io.Reader) *utf8Reader { return &utf8Reader{r: r} }

// Read reads from the underlying reader and checks what it read.
func (v *utf8Reader) Read(p []byte) (int, error) {
	n, err := v.r.Read(p)
	data := append(v.carry, p[:n]...)
	base := v.off - int64(len(v.carry))
	v.off += int64(n)
	v.carry = nil
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if err == nil && !utf8.FullRune(data[i:]) {
				v.carry = append([]byte(nil), data[i:]...)
				break
			}
			return n, invalidUTF8(base + int64(i))
		}
		i += size
	}
	return n, err
}

// invalidUTF8 is the reason given for a file or record that is not UTF-8 text.
func invalidUTF8(at int64) error {
	return fmt.Errorf("invalid UTF-8 at byte %d", at)
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

package parse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The small parts of the model file (tag and label names, the tag dictionary, the
// lemma table, table headers) are varints and length-prefixed strings.

func putUvarint(bw *bufio.Writer, v uint64) {
	for v >= 0x80 {
		bw.WriteByte(byte(v) | 0x80)
		v >>= 7
	}
	bw.WriteByte(byte(v))
}

func getUvarint(r *byteReader) (uint64, error) {
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		return 0, errors.New("truncated or overlong varint")
	}
	r.off += n
	return v, nil
}

// byteReader decodes varints and strings from a model held in memory.
type byteReader struct {
	b   []byte
	off int
}

func (r *byteReader) remaining() int { return len(r.b) - r.off }

func (r *byteReader) ReadByte() (byte, error) {
	if r.off >= len(r.b) {
		return 0, io.ErrUnexpectedEOF
	}
	c := r.b[r.off]
	r.off++
	return c, nil
}

// take returns the next n bytes without copying them.
func (r *byteReader) take(n uint64) ([]byte, error) {
	if n > uint64(r.remaining()) {
		return nil, fmt.Errorf("%d bytes past the end", n)
	}
	b := r.b[r.off : r.off+int(n) : r.off+int(n)]
	r.off += int(n)
	return b, nil
}

func putString(bw *bufio.Writer, s string) {
	putUvarint(bw, uint64(len(s)))
	bw.WriteString(s)
}

func getString(br *byteReader) (string, error) {
	n, err := getUvarint(br)
	if err != nil {
		return "", err
	}
	b, err := br.take(n)
	if err != nil {
		return "", fmt.Errorf("string: %w", err)
	}
	return string(b), nil
}

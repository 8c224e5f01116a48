package parse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// weights is a read-only linear model over hashed features: an open-addressing table
// from feature key to its (class, int16 weight) pairs. A slot is 32 bytes (half a cache
// line) holding the key and up to six pairs inline, so scoring a feature is usually
// one memory access; features with more pairs point into an overflow array. No maps,
// no allocation.
type weights struct {
	nClasses int
	mask     uint32
	slots    []slot
	pairs    []uint32 // overflow pairs, class<<16 | uint16(weight)
}

// slot is key, count|overflowStart<<8, then up to inlinePairs pairs.
type slot [8]uint32

const inlinePairs = 6

// score sets scores to the sum of the weights of feats.
func (w *weights) score(feats []uint32, scores []int32) {
	for i := range scores {
		scores[i] = 0
	}
	slots, mask := w.slots, w.mask
	// Touch every feature's home slot first: these loads do not depend on each other,
	// so the processor overlaps their cache misses instead of waiting for each one in
	// turn inside the branchy loop below. This more than halves the time spent scoring.
	var touched uint32
	for _, f := range feats {
		touched += slots[f&mask][0]
	}
	w.sink(touched)
	for _, f := range feats {
		i := f & mask
		for {
			s := &slots[i]
			if s[0] == f {
				c := s[1] & 0xff
				ps := s[2:]
				if c > inlinePairs {
					start := s[1] >> 8
					ps = w.pairs[start : start+c]
				} else {
					ps = ps[:c]
				}
				for _, p := range ps {
					scores[p>>16] += int32(int16(uint16(p)))
				}
				break
			}
			if s[0] == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
}

// sink keeps the touching loop from being optimised away.
//
//go:noinline
func (w *weights) sink(uint32) {}

// quantize turns averaged rows into int16 weights scaled so the largest is 32767.
func quantize(rows []avgRow) (scale float64) {
	for _, r := range rows {
		for _, w := range r.w {
			scale = math.Max(scale, math.Abs(w))
		}
	}
	if scale == 0 {
		return 1
	}
	return 32767 / scale
}

// writeWeights encodes rows: keys delta-coded, classes and zigzag weights as varints.
func writeWeights(bw *bufio.Writer, nClasses int, rows []avgRow) error {
	scale := quantize(rows)
	putUvarint(bw, uint64(nClasses))
	n := 0
	for _, r := range rows {
		if nonzero(r, scale) > 0 {
			n++
		}
	}
	putUvarint(bw, uint64(n))
	prev := uint32(0)
	for _, r := range rows {
		c := nonzero(r, scale)
		if c == 0 {
			continue
		}
		putUvarint(bw, uint64(r.key-prev))
		prev = r.key
		putUvarint(bw, uint64(c))
		for k, cls := range r.cls {
			q := int64(math.Round(r.w[k] * scale))
			if q == 0 {
				continue
			}
			putUvarint(bw, uint64(cls))
			putUvarint(bw, uint64((q<<1)^(q>>63)))
		}
	}
	return nil
}

func nonzero(r avgRow, scale float64) int {
	c := 0
	for _, w := range r.w {
		if math.Round(w*scale) != 0 {
			c++
		}
	}
	return c
}

// readWeights decodes what writeWeights wrote and builds the probe table, keeping only
// weights of at least minWeight int16 steps in magnitude (0 keeps all). The file keeps
// more weights than a Model scores with, so the speed/accuracy trade-off can be moved
// without retraining.
func readWeights(br *byteReader, minWeight int64) (*weights, error) {
	nc, err := getUvarint(br)
	if err != nil {
		return nil, err
	}
	n, err := getUvarint(br)
	if err != nil {
		return nil, err
	}
	if nc == 0 || nc > 1<<15 || n > 1<<26 {
		return nil, fmt.Errorf("weights header out of range: %d classes, %d features", nc, n)
	}
	// Decode into a flat list first: pruning decides how big the table must be.
	keys := make([]uint32, 0, n)
	ends := make([]uint32, 0, n)
	var all []uint32
	key := uint32(0)
	for range n {
		d, err := getUvarint(br)
		if err != nil {
			return nil, err
		}
		key += uint32(d)
		c, err := getUvarint(br)
		if err != nil {
			return nil, err
		}
		if c == 0 || c > 255 || c > nc {
			return nil, fmt.Errorf("feature %x has %d weights", key, c)
		}
		start := len(all)
		for range c {
			cls, err := getUvarint(br)
			if err != nil {
				return nil, err
			}
			z, err := getUvarint(br)
			if err != nil {
				return nil, err
			}
			q := int64(z>>1) ^ -int64(z&1)
			if cls >= nc || q < math.MinInt16 || q > math.MaxInt16 {
				return nil, fmt.Errorf("feature %x: bad weight", key)
			}
			if q >= minWeight || q <= -minWeight {
				all = append(all, uint32(cls)<<16|uint32(uint16(int16(q))))
			}
		}
		if len(all) > start {
			keys = append(keys, key)
			ends = append(ends, uint32(len(all)))
		}
	}
	size := uint32(1)
	for uint64(size)*3 < 5*uint64(len(keys))+1 { // load factor at most 0.6
		size <<= 1
	}
	w := &weights{nClasses: int(nc), mask: size - 1, slots: make([]slot, size)}
	start := uint32(0)
	for k, key := range keys {
		ps := all[start:ends[k]]
		start = ends[k]
		i := key & w.mask
		for w.slots[i][0] != 0 {
			if w.slots[i][0] == key {
				return nil, fmt.Errorf("feature %x twice", key)
			}
			i = (i + 1) & w.mask
		}
		s := &w.slots[i]
		s[0], s[1] = key, uint32(len(ps))
		if len(ps) <= inlinePairs {
			copy(s[2:], ps)
		} else {
			if len(w.pairs) >= 1<<24 {
				return nil, errors.New("too many weights")
			}
			s[1] |= uint32(len(w.pairs)) << 8
			w.pairs = append(w.pairs, ps...)
		}
	}
	return w, nil
}

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

func putString(bw *bufio.Writer, s string) {
	putUvarint(bw, uint64(len(s)))
	bw.WriteString(s)
}

func getString(br *byteReader) (string, error) {
	n, err := getUvarint(br)
	if err != nil {
		return "", err
	}
	if n > uint64(br.remaining()) {
		return "", fmt.Errorf("string of %d bytes past the end", n)
	}
	s := string(br.b[br.off : br.off+int(n)])
	br.off += int(n)
	return s, nil
}

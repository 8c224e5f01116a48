package parse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"unsafe"
)

// weights is a read-only linear model over hashed features, laid out in the model
// file exactly as it is used, so Load reads it in place from the embedded bytes: no
// decompression, no decoding, no table built on the heap, and the operating system
// pages in only the parts a run touches.
//
// The table is an ordered hash table (Amble and Knuth 1974) of 8-byte slots. A
// feature key k has the home slot k*nHome>>32, which grows with k, and the slots hold
// the keys in increasing order, each at or after its home; so a lookup scans from the
// home slot and stops at its key, at a greater key or at an empty slot (key 0). At a
// load of 0.8 a lookup, found or not, reads two or three neighbouring slots, nearly
// always within one cache line.
//
// A slot is the key (low 32 bits) and two 16-bit (class, weight) pairs; a pair is
// class<<9 | code, and lut[code] is the weight. Codes are 9 bits, a sign and 255
// magnitudes on a log scale between the table's smallest and largest weight, so a
// weight is kept within 1-2% in half the bytes of an int16. Features with more than
// two weights (a fifth of them) mark their first pair with class 127 and keep a
// 25-bit offset into over, where a count precedes the pairs.
type weights struct {
	nClasses int
	nHome    uint64
	slots    []uint64 // key | pair0<<32 | pair1<<48
	over     []uint16
	lut      [512]int32
}

const (
	overflowClass = 127
	maxClasses    = 127 // classes 0..126; 127 marks an overflow slot
	lutMax        = 1 << 20
	maxFeats      = 256 // features scored at once (the parser extracts 95)
)

// scoreArray holds one score per class; its fixed size lets a pair's class (7 bits)
// index it without a bounds check.
type scoreArray [128]int32

func (w *weights) home(f uint32) int { return int((uint64(f) * w.nHome) >> 32) }

// score sets the first nClasses scores to the sum of the weights of feats.
//
// Nearly all the time goes to cache misses, so it works in three passes: touch every
// feature's home slot (the loads do not depend on each other, so the processor
// overlaps their misses), then find each feature, adding its inline weights and
// touching the overflow run of the others, then add the overflow runs.
func (w *weights) score(feats []uint32, scores *scoreArray) {
	clear(scores[:w.nClasses])
	slots, over := w.slots, w.over
	if len(feats) > maxFeats {
		w.score(feats[maxFeats:], scores)
		var rest scoreArray
		w.score(feats[:maxFeats], &rest)
		for c := range w.nClasses {
			scores[c] += rest[c]
		}
		return
	}
	var touched uint64
	for _, f := range feats {
		touched += slots[w.home(f)]
	}
	var pend [maxFeats]uint32
	np := 0
	for _, f := range feats {
		for i := w.home(f); i < len(slots); i++ {
			v := slots[i]
			k := uint32(v)
			if k != f {
				if k == 0 || k > f {
					break
				}
				continue
			}
			p0, p1 := uint32(v>>32)&0xffff, uint32(v>>48)
			if p0>>9 != overflowClass {
				scores[p0>>9] += w.lut[p0&0x1ff]
				scores[p1>>9&127] += w.lut[p1&0x1ff]
				break
			}
			off := p0&0x1ff | p1<<9
			if int(off) < len(over) {
				touched += uint64(over[off])
				pend[np] = off
				np++
			}
			break
		}
	}
	w.sink(touched)
	lut := &w.lut
	for _, off := range pend[:np] {
		n := int(over[off])
		start := int(off) + 1
		if start+n > len(over) {
			continue
		}
		for _, p := range over[start : start+n] {
			scores[p>>9&127] += lut[p&0x1ff]
		}
	}
}

// sink keeps the touching loop from being optimised away.
//
//go:noinline
func (w *weights) sink(uint64) {}

// weightCodes maps weights to 9-bit codes and back: magnitudes from lo to hi on a
// log scale of 255 steps.
type weightCodes struct {
	lo, ratio float64 // ln of the smallest magnitude, ln of the step
	hi        float64
}

func newWeightCodes(lo, hi float64) weightCodes {
	c := weightCodes{lo: math.Log(lo), hi: hi}
	if hi > lo {
		c.ratio = (math.Log(hi) - c.lo) / 254
	}
	return c
}

func (c weightCodes) code(w float64) uint32 {
	k := 0.0
	if c.ratio > 0 {
		k = math.Round((math.Log(math.Abs(w)) - c.lo) / c.ratio)
	}
	k = math.Max(0, math.Min(254, k))
	code := uint32(k) + 1
	if w < 0 {
		code |= 256
	}
	return code
}

// value is the integer weight of a code, scaled so the largest magnitude is lutMax.
func (c weightCodes) value(code uint32) int32 {
	mag := code & 255
	if mag == 0 {
		return 0
	}
	v := int32(math.Round(math.Exp(c.lo+float64(mag-1)*c.ratio) / c.hi * lutMax))
	if code&256 != 0 {
		return -v
	}
	return v
}

// writeWeights encodes rows (sorted by key) as a table, keeping only weights whose
// magnitude is at least minWeight/32767 of the largest (0 keeps all). pos is the
// offset in the file the table starts at: the slots are padded to a multiple of 8
// bytes from the start of the file, so they can be read in place.
func writeWeights(bw *bufio.Writer, pos int, nClasses int, rows []avgRow, minWeight int) error {
	if nClasses > maxClasses {
		return fmt.Errorf("%d classes, at most %d fit", nClasses, maxClasses)
	}
	hi := 0.0
	for _, r := range rows {
		for _, x := range r.w {
			hi = math.Max(hi, math.Abs(x))
		}
	}
	keep := func(x float64) bool { return x != 0 && math.Abs(x)*32767 >= float64(minWeight)*hi }
	lo := hi
	var kept []avgRow
	for _, r := range rows {
		var k avgRow
		k.key = r.key
		for j, x := range r.w {
			if keep(x) {
				k.cls = append(k.cls, r.cls[j])
				k.w = append(k.w, x)
				lo = math.Min(lo, math.Abs(x))
			}
		}
		if len(k.cls) > 0 {
			kept = append(kept, k)
		}
	}
	codes := newWeightCodes(lo, hi)
	var lut [512]int32
	for code := range uint32(512) {
		lut[code] = codes.value(code)
	}
	rowsOut := make([]tableRow, len(kept))
	for j, r := range kept {
		pairs := make([]uint16, len(r.cls))
		for k, cls := range r.cls {
			pairs[k] = uint16(uint32(cls)<<9 | codes.code(r.w[k]))
		}
		rowsOut[j] = tableRow{key: r.key, pairs: pairs}
	}
	return writeTable(bw, pos, nClasses, &lut, rowsOut)
}

// tableRow is one feature of a weights table: its key and its (class, code) pairs.
type tableRow struct {
	key   uint32
	pairs []uint16
}

// writeTable lays out rows (sorted by key) as a weights table. The overflow runs go
// longest first: the long runs are the features of tags and labels alone, few and
// used at nearly every step, so packed together they take a few hundred kilobytes
// the caches can keep (on en_ewt-ud-dev the first 256 KB then serve two thirds of
// the overflow reads, against a seventh in key order).
func writeTable(bw *bufio.Writer, pos int, nClasses int, lut *[512]int32, rows []tableRow) error {
	var long []int
	for j, r := range rows {
		if j > 0 && r.key <= rows[j-1].key {
			return errors.New("weight rows not sorted by key")
		}
		if len(r.pairs) > 2 {
			long = append(long, j)
		}
	}
	sort.SliceStable(long, func(a, b int) bool { return len(rows[long[a]].pairs) > len(rows[long[b]].pairs) })
	offsets := make(map[int]uint32, len(long))
	var over []uint16
	for _, j := range long {
		off := uint32(len(over))
		if off >= 1<<25 {
			return errors.New("too many weights")
		}
		offsets[j] = off
		over = append(over, uint16(len(rows[j].pairs)))
		over = append(over, rows[j].pairs...)
	}
	nHome := uint64(len(rows))*5/4 + 1
	slots := make([]uint64, 0, nHome+1)
	for j, r := range rows {
		h := (uint64(r.key) * nHome) >> 32
		for uint64(len(slots)) < h {
			slots = append(slots, 0)
		}
		var payload uint32
		if off, ok := offsets[j]; ok {
			payload = overflowClass<<9 | off&0x1ff | off>>9<<16
		} else {
			for k, p := range r.pairs {
				payload |= uint32(p) << (16 * k)
			}
		}
		slots = append(slots, uint64(r.key)|uint64(payload)<<32)
	}
	for uint64(len(slots)) < nHome+1 || slots[len(slots)-1] != 0 {
		slots = append(slots, 0) // a lookup past the last key stops at an empty slot
	}
	var hdr []byte
	for _, v := range []uint64{uint64(nClasses), nHome, uint64(len(slots)), uint64(len(over))} {
		hdr = binary.AppendUvarint(hdr, v)
	}
	pad := (8 - (pos+len(hdr)+1)%8) % 8
	hdr = append(hdr, byte(pad))
	hdr = append(hdr, make([]byte, pad)...)
	bw.Write(hdr)
	var buf [8]byte
	for _, v := range lut {
		binary.LittleEndian.PutUint32(buf[:4], uint32(v))
		bw.Write(buf[:4])
	}
	for _, s := range slots {
		binary.LittleEndian.PutUint64(buf[:], s)
		bw.Write(buf[:])
	}
	for _, p := range over {
		binary.LittleEndian.PutUint16(buf[:2], p)
		bw.Write(buf[:2])
	}
	return nil
}

// rows decodes the table back into its rows, in key order.
func (w *weights) rows() []tableRow {
	var out []tableRow
	for _, v := range w.slots {
		k := uint32(v)
		if k == 0 {
			continue
		}
		p0, p1 := uint16(v>>32), uint16(v>>48)
		var pairs []uint16
		if p0>>9 == overflowClass {
			off := uint32(p0)&0x1ff | uint32(p1)<<9
			n := uint32(w.over[off])
			pairs = append(pairs, w.over[off+1:off+1+n]...)
		} else {
			for _, p := range []uint16{p0, p1} {
				if p&255 != 0 {
					pairs = append(pairs, p)
				}
			}
		}
		out = append(out, tableRow{key: k, pairs: pairs})
	}
	return out
}

// readWeights reads a table written by writeWeights. Where the bytes are aligned and
// the machine little-endian (as for the model embedded in the binary on amd64 and
// arm64) the returned weights point into them, which must stay unchanged; elsewhere
// the arrays are copied.
func readWeights(br *byteReader) (*weights, error) {
	var hdr [5]uint64
	for i := range hdr {
		v, err := getUvarint(br)
		if err != nil {
			return nil, err
		}
		hdr[i] = v
	}
	nc, nHome, nSlots, nOver, pad := hdr[0], hdr[1], hdr[2], hdr[3], hdr[4]
	if nc == 0 || nc > maxClasses || nHome == 0 || nHome > 1<<32 || nSlots <= nHome || nSlots > 1<<30 || nOver > 1<<30 || pad > 7 {
		return nil, fmt.Errorf("weights header out of range: %d classes, %d/%d slots, %d overflow", nc, nHome, nSlots, nOver)
	}
	w := &weights{nClasses: int(nc), nHome: nHome}
	if _, err := br.take(pad); err != nil {
		return nil, err
	}
	lut, err := br.take(4 * 512)
	if err != nil {
		return nil, err
	}
	for i := range w.lut {
		w.lut[i] = int32(binary.LittleEndian.Uint32(lut[4*i:]))
	}
	slots, err := br.take(8 * nSlots)
	if err != nil {
		return nil, err
	}
	over, err := br.take(2 * nOver)
	if err != nil {
		return nil, err
	}
	w.slots = view[uint64](slots)
	w.over = view[uint16](over)
	if w.slots[len(w.slots)-1] != 0 {
		return nil, errors.New("weights table does not end with an empty slot")
	}
	return w, nil
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// view returns b as little-endian numbers of type T, in place when the machine is
// little-endian and b aligned, else as a copy.
func view[T uint16 | uint64](b []byte) []T {
	size := int(unsafe.Sizeof(T(0)))
	if len(b) == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%uintptr(size) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/size)
	}
	out := make([]T, len(b)/size)
	for i := range out {
		var v uint64
		for j := size - 1; j >= 0; j-- {
			v = v<<8 | uint64(b[size*i+j])
		}
		out[i] = T(v)
	}
	return out
}

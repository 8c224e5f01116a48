package importer

import (
	"encoding/binary"
	"errors"
)

// A contact the index lets go is kept in its filing as bytes (db.SaveContactState) and
// read back when a report may be of it (contactIndex.hold). The bytes are savedContact in
// a compact binary form of its own: varints and length-prefixed strings, field after field
// in a fixed order, modes and statuses in a byte. JSON, used before, spelled every
// field's name in every row: 370 bytes for a contact of one report against 80, so the
// index's temporary table was over four times larger (at 100,000 articles, 280,000
// contacts, far beyond its page cache: a page read or written back for most lookups and
// savings), and encoding and decoding it took 2 CPU s of that import's writer.
// The bytes live only as long as the run's transaction: no other program reads them, and
// no version has to be told apart.

// errBadState is returned for bytes marshalState did not write.
var errBadState = errors.New("malformed saved contact")

// marshalState encodes s. Row.Mentions is not kept: the index holds a contact's reports
// in reports (newContactIndex), never in the row.
func marshalState(s savedContact) ([]byte, error) {
	if len(s.Row.Mentions) > 0 {
		return nil, errors.New("a saved contact keeps its reports, not mention rows")
	}
	var w stateWriter
	r := s.Row
	w.int(r.ID)
	w.str(r.Mode, r.Status, r.Date, r.DateText)
	w.int(r.InitiatorID)
	w.str(r.Location)
	w.int(int64(r.DurationMinutes))
	w.str(r.FirstReported, r.LastReported)
	w.int(int64(len(r.Participants)))
	for _, p := range r.Participants {
		w.int(p)
	}
	w.int(int64(len(s.Distinct)))
	for _, d := range s.Distinct {
		w.int(d.ArticleID)
		w.str(d.Day, d.Publisher, d.Mode, d.Status, d.Date, d.DateText)
		w.flags(d.Talks, d.Sidelines, d.Told != 0)
		if d.Told != 0 { // most reports have none: the flag spares them a byte
			w.b = binary.AppendUvarint(w.b, uint64(d.Told))
		}
	}
	w.int(int64(len(s.Counts)))
	for _, c := range s.Counts {
		w.int(int64(c))
	}
	w.int(int64(s.N))
	w.int(s.Last)
	return w.b, nil
}

// unmarshalState decodes what marshalState wrote. Empty lists come back nil.
func unmarshalState(b []byte) (savedContact, error) {
	rd := stateReader{b: b}
	var s savedContact
	r := &s.Row
	r.ID = rd.int()
	r.Mode, r.Status, r.Date, r.DateText = rd.str(), rd.str(), rd.str(), rd.str()
	r.InitiatorID = rd.int()
	r.Location = rd.str()
	r.DurationMinutes = int(rd.int())
	r.FirstReported, r.LastReported = rd.str(), rd.str()
	if n := rd.count(); n > 0 {
		r.Participants = make([]int64, n)
		for i := range r.Participants {
			r.Participants[i] = rd.int()
		}
	}
	if n := rd.count(); n > 0 {
		s.Distinct = make([]report, n)
		for i := range s.Distinct {
			d := &s.Distinct[i]
			d.ArticleID = rd.int()
			d.Day, d.Publisher, d.Mode, d.Status = rd.str(), rd.str(), rd.str(), rd.str()
			d.Date, d.DateText = rd.str(), rd.str()
			var told bool
			d.Talks, d.Sidelines, told = rd.flags()
			if told {
				d.Told = rd.told()
			}
		}
	}
	if n := rd.count(); n > 0 {
		s.Counts = make([]int, n)
		for i := range s.Counts {
			s.Counts[i] = int(rd.int())
		}
	}
	s.N = int(rd.int())
	s.Last = rd.int()
	if rd.err == nil && len(rd.b) > 0 {
		rd.err = errBadState
	}
	return s, rd.err
}

// stateWriter appends marshalState's fields.
type stateWriter struct{ b []byte }

func (w *stateWriter) int(v int64) { w.b = binary.AppendVarint(w.b, v) }

// str writes each string: a word of stateWords as its index, any other as its length
// after them and its bytes.
func (w *stateWriter) str(ss ...string) {
	for _, s := range ss {
		w.b = appendStateString(w.b, s)
	}
}

func appendStateString(b []byte, s string) []byte {
	for i, word := range stateWords() {
		if s == word {
			return append(b, byte(i))
		}
	}
	b = binary.AppendUvarint(b, uint64(stateWordCount+len(s)))
	return append(b, s...)
}

// stateWords are the strings most saved contacts hold, the modes and statuses, written
// in one byte each.
func stateWords() [stateWordCount]string {
	return [...]string{"", "phone", "video", "meeting", "unspecified", "held", "scheduled", "proposed", "cancelled"}
}

const stateWordCount = 9

func (w *stateWriter) flags(a, b, c bool) {
	var f byte
	if a {
		f |= 1
	}
	if b {
		f |= 2
	}
	if c {
		f |= 4
	}
	w.b = append(w.b, f)
}

// stateReader reads unmarshalState's fields; the first error sticks, and every read
// after it returns zero values.
type stateReader struct {
	b   []byte
	err error
}

func (r *stateReader) int() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errBadState
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a list's length: at most one item per byte left, so that bad bytes cannot
// ask for a huge allocation.
func (r *stateReader) count() int {
	n := r.int()
	if r.err == nil && (n < 0 || n > int64(len(r.b))) {
		r.err = errBadState
	}
	if r.err != nil {
		return 0
	}
	return int(n)
}

func (r *stateReader) str() string {
	if r.err != nil {
		return ""
	}
	n, k := binary.Uvarint(r.b)
	if k > 0 && n < stateWordCount {
		r.b = r.b[k:]
		return stateWords()[n]
	}
	if n -= stateWordCount; k <= 0 || n > uint64(len(r.b)-k) {
		r.err = errBadState
		return ""
	}
	s := string(r.b[k : k+int(n)])
	r.b = r.b[k+int(n):]
	return s
}

func (r *stateReader) flags() (bool, bool, bool) {
	if r.err != nil {
		return false, false, false
	}
	if len(r.b) == 0 || r.b[0] > 7 {
		r.err = errBadState
		return false, false, false
	}
	f := r.b[0]
	r.b = r.b[1:]
	return f&1 != 0, f&2 != 0, f&4 != 0
}

// told reads a report's sentence print (report.Told), never 0 when written.
func (r *stateReader) told() uint32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v == 0 || v > 1<<32-1 {
		r.err = errBadState
		return 0
	}
	r.b = r.b[n:]
	return uint32(v)
}

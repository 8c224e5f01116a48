package importer

import (
	"hash/maphash"
	"strconv"
)

// keyFilter is a fixed-size filter (a Bloom filter of 1 MiB) of keys a run has put in the
// database, which spares the queries that would find nothing. The contact index files its
// blocking keys in one: when none of a report's keys is in it, no contact can be a
// candidate and the index is not queried at all, the common case of a pair never reported
// before or not in those months. The run files the sources and content hashes of the
// articles in another: an article whose source and content are in neither the database
// nor the run so far is new without asking. It answers "maybe" for a key filed once and
// since moved, or by chance, and then the query decides; its size does not grow with the
// rows.
type keyFilter struct {
	bits [filterWords]uint64
	seed maphash.Seed
}

const filterWords = 1 << 17 // 2^23 bits

func newKeyFilter() *keyFilter { return &keyFilter{seed: maphash.MakeSeed()} }

func (f *keyFilter) positions(key, bucket string) (uint64, uint64) {
	var h maphash.Hash
	h.SetSeed(f.seed)
	h.WriteString(key)
	h.WriteByte(0)
	h.WriteString(bucket)
	sum := h.Sum64()
	const mask = filterWords*64 - 1
	return sum & mask, (sum >> 32) & mask
}

// add files key under bucket, and key alone (for lookups of every bucket).
func (f *keyFilter) add(key, bucket string) {
	for _, b := range []string{bucket, "*"} {
		i, j := f.positions(key, b)
		f.bits[i/64] |= 1 << (i % 64)
		f.bits[j/64] |= 1 << (j % 64)
	}
}

// mayHave says whether anything may be filed under key and one of buckets (any bucket
// when buckets is nil).
func (f *keyFilter) mayHave(key string, buckets []string) bool {
	if buckets == nil {
		buckets = []string{"*"}
	}
	for _, b := range buckets {
		i, j := f.positions(key, b)
		if f.bits[i/64]&(1<<(i%64)) != 0 && f.bits[j/64]&(1<<(j%64)) != 0 {
			return true
		}
	}
	return false
}

// actorKey is the filter's key of a multilateral contact's participant.
func actorKey(id int64) string { return "actor " + strconv.FormatInt(id, 10) }

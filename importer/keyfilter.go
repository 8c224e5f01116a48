package importer

import (
	"hash/maphash"
	"strconv"
)

// keyFilter is a fixed-size filter (a blocked Bloom filter of 1 MiB) of keys a run has put in the
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

const (
	filterWords = 1 << 17 // 2^23 bits
	blockWords  = 8       // 512 bits, a cache line: every bucket of a key is in its key's block
	blocks      = filterWords / blockWords
)

func newKeyFilter() *keyFilter { return &keyFilter{seed: maphash.MakeSeed()} }

// block returns the first word of key's block. All the buckets of a key are filed in one
// block, so that a lookup of twelve months reads one cache line instead of up to twelve
// scattered over the filter's 1 MiB (those misses were most of its time).
func (f *keyFilter) block(key string) (int, uint64) {
	h := maphash.String(f.seed, key)
	return int(h%blocks) * blockWords, h
}

// bits2 returns the two bits of a bucket in its key's block (key hash h).
func (f *keyFilter) bits2(h uint64, bucket string) (uint, uint) {
	x := (h ^ maphash.String(f.seed, bucket)) * 0x9e3779b97f4a7c15
	x ^= x >> 29
	return uint(x % 512), uint((x >> 9) % 512)
}

// add files key under bucket, and key alone (for lookups of every bucket).
func (f *keyFilter) add(key, bucket string) {
	w, h := f.block(key)
	for _, b := range []string{bucket, "*"} {
		i, j := f.bits2(h, b)
		f.bits[w+int(i/64)] |= 1 << (i % 64)
		f.bits[w+int(j/64)] |= 1 << (j % 64)
	}
}

// mayHave says whether anything may be filed under key and one of buckets (any bucket
// when buckets is nil).
func (f *keyFilter) mayHave(key string, buckets []string) bool {
	if buckets == nil {
		buckets = []string{"*"}
	}
	w, h := f.block(key)
	for _, b := range buckets {
		i, j := f.bits2(h, b)
		if f.bits[w+int(i/64)]&(1<<(i%64)) != 0 && f.bits[w+int(j/64)]&(1<<(j%64)) != 0 {
			return true
		}
	}
	return false
}

// actorKey is the filter's key of a multilateral contact's participant.
func actorKey(id int64) string { return "actor " + strconv.FormatInt(id, 10) }

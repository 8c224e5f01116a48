package importer_test

import (
	"runtime"
	"testing"

	"hotline/importer"
)

// TestThreadCPU checks the thread clock the phase figures are made of advances with work
// done on the calling thread.
func TestThreadCPU(t *testing.T) {
	t.Run("advances with work", func(t *testing.T) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		start := importer.ThreadCPU()
		sum := 0
		for i := range 20_000_000 {
			sum += i % 7
		}
		if sum == 0 || importer.ThreadCPU() <= start {
			t.Fatalf("thread CPU did not advance: %v then %v", start, importer.ThreadCPU())
		}
	})
}

// BenchmarkThreadCPU measures one reading of the thread clock: an import takes some
// 18,000 on 3,000 articles (four per article in the analysers, two in the writer).
func BenchmarkThreadCPU(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for b.Loop() {
		importer.ThreadCPU()
	}
}

package cputime_test

import (
	"runtime"
	"testing"

	"hotline/importer/cputime"
)

// TestClocks checks the thread clock the importer's phase figures are made of advances
// with work done on the calling thread, and the process clock with it.
func TestClocks(t *testing.T) {
	t.Run("advances with work", func(t *testing.T) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		start := cputime.Thread()
		sum := 0
		for i := range 20_000_000 {
			sum += i % 7
		}
		if sum == 0 || cputime.Thread() <= start {
			t.Fatalf("thread CPU did not advance: %v then %v", start, cputime.Thread())
		}
		if runtime.GOOS == "linux" && cputime.Process() < cputime.Thread()-start {
			t.Fatalf("process CPU %v is less than one of its threads' %v", cputime.Process(), cputime.Thread()-start)
		}
	})
}

// BenchmarkThreadCPU measures one reading of the thread clock: an import takes some
// 18,000 on 3,000 articles (four per article in the analysers, two in the writer).
func BenchmarkThreadCPU(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for b.Loop() {
		cputime.Thread()
	}
}

package importer

import (
	"hotline/importer/cputime"
	"runtime"
	"sync/atomic"
	"time"

	"hotline/db"
)

// phase is one part of an import whose CPU time is recorded.
type phase int

const (
	phaseRead    phase = iota // reading and hashing inputs
	phaseClean                // cleaning, the publication date and the rows prepared for the writer
	phaseExtract              // the extraction rules
	phaseWrite                // SQL statements of the articles and their rows
	phaseResolve              // contact resolution (actors' few map lookups count as writing)
	phaseIndex                // full-text indexing and derived columns at the end
	phaseFTS                  // a first import's articles' full-text index, built on its own thread
	phases
)

// phaseClock adds up the CPU time of each phase across the goroutines that run it.
type phaseClock struct {
	ns      [phases]atomic.Int64
	started time.Time
	cpu0    time.Duration // the process's CPU when the run started
}

func newPhaseClock(started time.Time) *phaseClock {
	return &phaseClock{started: started, cpu0: cputime.Process()}
}

// add books d to phase p.
func (c *phaseClock) add(p phase, d time.Duration) { c.ns[p].Add(int64(d)) }

// since books the calling thread's CPU since from (a threadCPU reading) to phase p and
// returns the new reading.
func (c *phaseClock) since(p phase, from time.Duration) time.Duration {
	now := cputime.Thread()
	c.add(p, now-from)
	return now
}

// lockThread pins the calling goroutine to its thread, so threadCPU measures it alone; the
// returned function unpins it.
func lockThread() func() {
	runtime.LockOSThread()
	return runtime.UnlockOSThread
}

// phases returns the seconds of each phase, the process's CPU seconds and the wall time.
func (c *phaseClock) phases() db.Phases {
	s := func(p phase) float64 { return time.Duration(c.ns[p].Load()).Seconds() }
	return db.Phases{Read: s(phaseRead), Clean: s(phaseClean), Extract: s(phaseExtract),
		Write: s(phaseWrite), Resolve: s(phaseResolve), Index: s(phaseIndex), FullText: s(phaseFTS),
		Total: (cputime.Process() - c.cpu0).Seconds(), Wall: time.Since(c.started).Seconds()}
}

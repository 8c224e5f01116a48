//go:build unix

package parse_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used; on a busy shared machine it measures
// the work done where wall time measures the queue.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

package importer

import (
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// threadCPU is the CPU time the calling OS thread has used. The pipeline's stages lock
// their goroutines to threads, so differences of it are the CPU a stage spent, not the
// time it waited for the others or for a core.
//
// It is a raw system call: the kernel answers at once, and a call made through the
// scheduler's syscall path lets the runtime's monitor thread see the thread in a system
// call and hand its processor to another thread (retake), which keeps the monitor waking
// every 20 µs. The stages read it per batch of articles (article.go: four times a batch in
// the analysers, and twice in the writer), not per article.
func threadCPU() time.Duration {
	var ts unix.Timespec
	_, _, errno := syscall.RawSyscall(unix.SYS_CLOCK_GETTIME, unix.CLOCK_THREAD_CPUTIME_ID, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// processCPU is the CPU time (user and system) the whole process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

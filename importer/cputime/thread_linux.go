package cputime

import (
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Thread is the CPU time the calling OS thread has used. The importer's stages lock their
// goroutines to threads, so differences of it are the CPU a stage spent, not the time it
// waited for the others or for a core.
//
// It is a raw system call: the kernel answers at once, and a call made through the
// scheduler's syscall path lets the runtime's monitor thread see the thread in a system
// call and hand its processor to another thread (retake), which keeps the monitor waking
// every 20 µs. The importer reads it per batch of articles, not per article.
func Thread() time.Duration {
	var ts unix.Timespec
	_, _, errno := syscall.RawSyscall(unix.SYS_CLOCK_GETTIME, unix.CLOCK_THREAD_CPUTIME_ID, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

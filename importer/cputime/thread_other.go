//go:build !linux

package cputime

import "time"

// clockStart is when the process loaded this package: the origin of Thread's fallback.
var clockStart = time.Now()

// Thread falls back to the wall clock where the thread's CPU clock is not read: a stage's
// figure then includes the time it waited.
func Thread() time.Duration { return time.Since(clockStart) }

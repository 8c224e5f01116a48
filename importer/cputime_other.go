//go:build !linux

package importer

import "time"

var clockStart = time.Now()

// threadCPU falls back to the wall clock where the thread's CPU clock is not read: a
// stage's figure then includes the time it waited.
func threadCPU() time.Duration { return time.Since(clockStart) }

// processCPU is not measured here; 0 means unknown.
func processCPU() time.Duration { return 0 }

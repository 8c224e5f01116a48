//go:build !unix

package extract_test

import "time"

// processCPU is not measured here: BenchmarkHostile reports 0 CPU.
func processCPU() time.Duration { return 0 }

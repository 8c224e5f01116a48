//go:build !unix

package cputime

import "time"

// Process is not measured here; 0 means unknown.
func Process() time.Duration { return 0 }

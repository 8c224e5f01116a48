// Package cputime reads the CPU time the process has used, for benchmarks and tests that
// measure work on a shared machine: the CPU a piece of work takes moves far less with the
// machine's load than its wall time does.
package cputime

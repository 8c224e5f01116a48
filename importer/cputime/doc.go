// Package cputime reads the CPU time the process (Process) and the calling OS thread
// (Thread) have used: the importer's phase figures are differences of Thread on threads its
// stages lock, and benchmarks on a shared machine report Process, since the CPU a piece of
// work takes moves far less with the machine's load than its wall time does.
package cputime

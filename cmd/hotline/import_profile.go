package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// startProfiles starts the CPU profile asked for by --cpuprofile and returns the function
// that stops it, and the hook that writes the heap profile asked for by --memprofile (at
// the run's peak: importer.Options.AtPeak), so that anyone can see where an import's time
// and memory went without rebuilding the program.
func startProfiles(cmd *cobra.Command) (stop func() error, atPeak func(), err error) {
	cpuPath, _ := cmd.Flags().GetString("cpuprofile")
	memPath, _ := cmd.Flags().GetString("memprofile")
	var cpu *os.File
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err != nil {
			return nil, nil, fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("--cpuprofile: %w", err)
		}
		cpu = f
	}
	var memErr error
	if memPath != "" {
		atPeak = func() { memErr = writeHeapProfile(memPath) }
	}
	return func() error {
		if cpu == nil {
			return memErr
		}
		pprof.StopCPUProfile()
		return errors.Join(cpu.Close(), memErr)
	}, atPeak, nil
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	runtime.GC() // the profile shows what is live at the end, not garbage
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--memprofile: %w", err)
	}
	return f.Close()
}

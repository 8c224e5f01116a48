package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
)

// Exit statuses, documented in README.md and `hotline import --help`.
const (
	exitOK          = 0   // everything given was imported (or was already there)
	exitFailed      = 1   // the command failed, or an import imported nothing it was given
	exitPartial     = 3   // an import skipped some inputs and committed the rest
	exitInterrupted = 130 // SIGINT (Ctrl-C): 128 + 2; an import was rolled back
	exitTerminated  = 143 // SIGTERM: 128 + 15; an import was rolled back
)

// exitError is an error that ends the program with a given status.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

// signalled is the cancellation cause when a signal stops the program.
type signalled struct{ sig os.Signal }

func (s signalled) Error() string { return "interrupted by " + s.sig.String() }

// exitCode maps the outcome of a command to the process's exit status: a command cut
// short by a signal exits 128 + the signal's number, as shells expect.
func exitCode(ctx context.Context, err error) int {
	if err == nil {
		return exitOK
	}
	if s, ok := context.Cause(ctx).(signalled); ok && ctx.Err() != nil {
		return signalCode(s.sig)
	}
	if e, ok := errors.AsType[exitError](err); ok {
		return e.code
	}
	return exitFailed
}

// signalCode is the exit status after a signal: 128 + its number, as shells expect.
func signalCode(sig os.Signal) int {
	if sig == syscall.SIGTERM {
		return exitTerminated
	}
	return exitInterrupted
}

// describe words the error printed on stderr; an interrupted import says nothing was kept.
func describe(ctx context.Context, err error) string {
	if s, ok := context.Cause(ctx).(signalled); ok && ctx.Err() != nil {
		return fmt.Sprintf("%s: stopped, nothing was changed", s)
	}
	return err.Error()
}

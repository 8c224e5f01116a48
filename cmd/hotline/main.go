// Command hotline turns news articles about diplomatic contacts into one SQLite file and
// serves that file as a Datasette-style explorer.
//
//	hotline import [PATH ...] [--db FILE]   build or extend a database
//	hotline serve [FILE] [--addr HOST:PORT] explore it in the browser
//
// This package only wires: settings come from loadConfig, the work is done by the
// importer, db and views packages. One file per subcommand.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is the Hotline release this binary is. It is written into every database it
// imports into, so a file says which program made it.
const version = "0.1.0"

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	// SIGXFSZ (a file size limit reached) must fail the write, not kill the process, so
	// that an import into a file that cannot grow rolls back like one on a full disk.
	signal.Ignore(syscall.SIGXFSZ)
	go func() {
		s, ok := <-sigs
		if !ok {
			return
		}
		cancel(signalled{s})
		// A second signal does not wait for the clean-up: the original database is intact
		// either way, and the next import removes what this one leaves.
		if s, ok := <-sigs; ok {
			os.Exit(signalCode(s))
		}
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	signal.Stop(sigs)
	cancel(nil)
	os.Exit(code)
}

// run executes one command line and returns the exit status (exit.go): 0 on success, 1
// when the command failed (after printing one line saying why on stderr), 3 for an import
// that skipped some inputs, 130/143 when SIGINT/SIGTERM stopped it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(stderr, "hotline: %s\n", describe(ctx, err))
		return exitCode(ctx, err)
	}
	return exitOK
}

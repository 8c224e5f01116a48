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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status: 0 on success, 1 when the
// command failed (after printing one line saying why on stderr).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(stderr, "hotline: %v\n", err)
		return 1
	}
	return 0
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"hotline/db"
	"hotline/importer"
	"hotline/views"
)

func newServeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [FILE]",
		Short: "Serve a database as a web explorer",
		Long: `Serve opens FILE (default: the db setting, hotline.db) read-only and serves it as a
Datasette-style explorer: tables, filters, facets, full-text search, read-only SQL, and
CSV/JSON export. With no FILE and no db setting, a missing hotline.db is first built from
the sample articles built into the program; a FILE that was named and does not exist is an
error. The server listens on 127.0.0.1:8001 unless --addr says otherwise.`,
		Example: `  hotline serve
  hotline serve news.db --addr 127.0.0.1:9000
  HOTLINE_ALLOW_SQL=false hotline serve news.db`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			named := cfg.DB != defaults()["db"]
			if len(args) == 1 {
				cfg.DB, named = args[0], true
			}
			stop, _, err := startProfiles(cmd)
			if err != nil {
				return err
			}
			return errors.Join(serve(cmd.Context(), cfg, named, cmd.OutOrStdout(), cmd.ErrOrStderr()), stop())
		},
	}
	cmd.Flags().String("addr", "127.0.0.1:8001", "address to listen on (HOST:PORT)")
	cmd.Flags().Bool("immutable", false, "promise that nothing writes the file while it is served (faster, no locking)")
	cmd.Flags().String("progress", "auto", "progress bar when building the sample database: auto, always, never")
	cmd.Flags().String("cpuprofile", "", "write a CPU profile of the whole serve, written when it stops, to this file (go tool pprof)")
	return cmd
}

// serve builds the default database from the seeds when it is missing, then serves it
// until ctx is cancelled (SIGINT, SIGTERM), finishing the requests in flight. A database
// the user named (named) is never built: a typo must not become a new sample file. The
// address is taken before anything is built, so a busy port fails at once.
func serve(ctx context.Context, cfg Config, named bool, stdout, stderr io.Writer) error {
	// The memory ceiling is shared out (see memoryShares); SQLite's share must be set
	// before the first database opens.
	sqliteBytes, goBytes := cfg.memoryShares()
	if err := db.LimitMemory(sqliteBytes); err != nil {
		return err
	}
	debug.SetMemoryLimit(goBytes)
	// A page's garbage is short-lived and the live heap small (20-50 MB on a 1M-row file),
	// so letting the heap grow to five times it (GOGC 400) cuts the collections that
	// preempt every request's goroutine: a JSON page's CPU fell by a sixth against GOGC
	// 200, a CSV export's by a third. The memory limit above still bounds the heap.
	debug.SetGCPercent(400)
	// With an immutable file the live heap is 2-3 MB, so five times it was a collection
	// every 12 MB of garbage: every 100 JSON pages, each collection stopping and
	// signalling every running goroutine. The floor (never touched, so never resident:
	// it costs address space, not memory) counts as live data, so the heap grows by about
	// 80 MB between collections: 6x fewer of them (10 -> 1.7 per 1,000 JSON pages).
	floor := make([]byte, heapFloor)
	defer runtime.KeepAlive(floor)
	ln, err := listen(cfg.Addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	if _, err := os.Stat(cfg.DB); errors.Is(err, os.ErrNotExist) {
		if named {
			return fmt.Errorf("no database file %s: check the name, or run `hotline import --db %s` to make it", cfg.DB, cfg.DB)
		}
		sum, err := importInto(ctx, cfg, inputsOf(nil, nil), importer.Options{Version: version}, stderr)
		if err != nil {
			return fmt.Errorf("building %s from the sample articles: %w", cfg.DB, err)
		}
		fmt.Fprintf(stdout, "%s did not exist: built it from the sample articles (%s)\n", cfg.DB, sum)
	}
	reader, err := db.OpenReader(ctx, cfg.DB, cfg.serveOptions())
	if err != nil {
		return err
	}
	defer reader.Close()
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	vcfg := cfg.viewsConfig()
	vcfg.BaseURL = cfg.baseURL(ln.Addr())
	handler, err := views.New(reader, vcfg, logger)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      10 * time.Minute, // whole-table CSV streams take a while
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(stdout, "Serving %s at http://%s/ (Ctrl-C to stop)\n", cfg.DB, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "Stopped.")
	return nil
}

// heapFloor is the untouched allocation that keeps the collector from running on every
// few megabytes of garbage while the live heap is small.
const heapFloor = 16 << 20

// listen takes the address, explaining the usual failure: another program (often another
// hotline serve) already has the port.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("cannot listen on %s: the address is already in use; stop the other server or choose another address with --addr (e.g. --addr 127.0.0.1:8002)", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s: %w (choose another address with --addr)", addr, err)
	}
	return ln, nil
}

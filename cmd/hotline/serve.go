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
	"runtime/debug"
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
CSV/JSON export. When FILE does not exist it is first built from the sample articles
built into the program. The server listens on 127.0.0.1 unless --addr says otherwise.`,
		Example: `  hotline serve
  hotline serve news.db --addr 127.0.0.1:9000
  HOTLINE_ALLOW_SQL=false hotline serve news.db`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if len(args) == 1 {
				cfg.DB = args[0]
			}
			return serve(cmd.Context(), cfg, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().String("addr", "127.0.0.1:8001", "address to listen on (HOST:PORT)")
	cmd.Flags().Bool("immutable", false, "promise that nothing writes the file while it is served (faster, no locking)")
	cmd.Flags().String("progress", "auto", "progress bar when building the sample database: auto, always, never")
	return cmd
}

// serve builds the database from the seeds when it is missing, then serves it until ctx
// is cancelled (SIGINT, SIGTERM), finishing the requests in flight.
func serve(ctx context.Context, cfg Config, stdout, stderr io.Writer) error {
	// Half the memory ceiling goes to SQLite (a hard limit: the statement that needs more
	// fails with a 400 naming it), half to Go (a soft limit: the collector works harder
	// near it). It must be set before the first database opens.
	if err := db.LimitMemory(int64(cfg.MemoryLimitMB) << 20 / 2); err != nil {
		return err
	}
	debug.SetMemoryLimit(int64(cfg.MemoryLimitMB) << 20 / 2)
	if _, err := os.Stat(cfg.DB); errors.Is(err, os.ErrNotExist) {
		sum, err := importInto(ctx, cfg, inputsOf(nil, nil), importer.Options{Version: version}, stderr)
		if err != nil {
			return fmt.Errorf("building %s from the sample articles: %w", cfg.DB, err)
		}
		fmt.Fprintf(stdout, "%s did not exist: built it from the sample articles (%s)\n", cfg.DB, sum)
	}
	reader, err := db.OpenReader(ctx, cfg.DB, cfg.readOptions())
	if err != nil {
		return err
	}
	defer reader.Close()
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	defer ln.Close()
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

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"hotline/db"
	"hotline/importer"
	"hotline/importer/source"
	"hotline/seeds"
)

func newImportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import [PATH ...]",
		Short: "Import articles into a Hotline database",
		Long: `Import reads articles and adds them to the database: PATH is a file (.txt, .md, .jsonl,
.ndjson, .json, .csv), a folder (walked recursively) or - for standard input. With no PATH
it imports the sample articles built into the program.

One import is one transaction: if it is interrupted, the database stays as it was.
Importing the same articles again changes nothing; an edited article replaces its rows.`,
		Example: `  hotline import                          # the built-in sample articles
  hotline import articles/ --db news.db
  hotline import export.jsonl scraped.csv
  hotline import --reextract              # apply newer rules to everything imported
  cat one-article.txt | hotline import -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			reextract, _ := cmd.Flags().GetBool("reextract")
			opt := importer.Options{Version: version, Reextract: reextract}
			sum, err := importInto(cmd.Context(), cfg, inputsOf(args, cmd.InOrStdin()), opt, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			if _, err = fmt.Fprintln(cmd.OutOrStdout(), sum); err != nil {
				return err
			}
			if stats, _ := cmd.Flags().GetBool("stats"); stats {
				_, err = fmt.Fprintln(cmd.OutOrStdout(), sum.Stats())
			}
			return err
		},
	}
	cmd.Flags().String("db", "hotline.db", "database file to create or extend")
	cmd.Flags().String("progress", "auto", "progress bar on stderr: auto (when a terminal), always, never")
	cmd.Flags().Bool("stats", false, "print where the import's CPU time went (also kept in the imports table)")
	cmd.Flags().Bool("reextract", false, "run the extraction rules again on articles already imported (after an upgrade)")
	return cmd
}

// inputsOf maps command-line paths to importer inputs; no path means the embedded seeds.
func inputsOf(args []string, stdin io.Reader) []source.Input {
	if len(args) == 0 {
		return []source.Input{{FS: seeds.FS, Path: "."}}
	}
	in := make([]source.Input, 0, len(args))
	for _, a := range args {
		in = append(in, source.Input{Path: a, Stdin: stdin})
	}
	return in
}

// importInto runs one import into cfg.DB, drawing a progress bar on stderr when wanted.
func importInto(ctx context.Context, cfg Config, inputs []source.Input, opt importer.Options, stderr io.Writer) (importer.Summary, error) {
	store, err := db.OpenStore(ctx, cfg.DB)
	if err != nil {
		return importer.Summary{}, err
	}
	opt.Meta = cfg.metaValues()
	if showProgress(cfg.Progress, stderr) {
		bar := progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("importing"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionShowIts(),
			progressbar.OptionClearOnFinish(),
		)
		defer bar.Finish()
		opt.Progress = func(done int, _ string) { _ = bar.Set(done) }
	}
	defer tuneGC()()
	sum, runErr := importer.Run(ctx, store, inputs, opt)
	if err := store.Close(); runErr == nil && err != nil {
		runErr = err
	}
	return sum, runErr
}

// tuneGC lets an import's heap grow to three times what it keeps alive (GOGC 200 instead
// of 100), under a 160 MB soft limit: collection was a fifth of an import's CPU, and the
// live heap (the actor and contact indexes) is small. It returns the undo.
func tuneGC() func() {
	percent := debug.SetGCPercent(200)
	limit := debug.SetMemoryLimit(160 << 20)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// showProgress says whether to draw a progress bar: "auto" draws one only on a terminal.
func showProgress(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

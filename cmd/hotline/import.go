package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
.ndjson, .json, .csv, .tsv, .sgml, an RSS or Atom feed .rss/.atom/.xml, a saved web page
.html/.htm, a web crawl .warc; any of them gzipped, .jsonl.gz), a zip archive (read
as a folder), a folder (walked recursively) or - for standard input. With no PATH
it imports the sample articles built into the program.

An import writes a new version of the database beside it and renames it into place when
done, so a server reading the file sees the old or the new version, never a mix; if the
import is interrupted (Ctrl-C, kill, a full disk), the database stays as it was.
Importing the same articles again changes nothing; an edited article replaces its rows.

Exit status:
  0    every input was imported (or was already in the database)
  1    nothing given could be imported, or the import failed; nothing was changed
  3    some inputs were skipped (listed on stdout); the rest was imported
  130  interrupted by SIGINT (Ctrl-C); 143 by SIGTERM; nothing was changed`,
		Example: `  hotline import                          # the built-in sample articles
  hotline import articles/ --db news.db
  hotline import export.jsonl scraped.csv
  hotline import articles/ --reextract    # read them again: newer rules, persons named since
  cat one-article.txt | hotline import -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			reextract, _ := cmd.Flags().GetBool("reextract")
			workers, _ := cmd.Flags().GetInt("workers")
			if workers < 0 {
				return fmt.Errorf("--workers must be 0 (one per core) or more, not %d", workers)
			}
			opt := importer.Options{Version: version, Reextract: reextract, Workers: workers,
				Read: cfg.readOptions(), KeepRawText: cfg.KeepRawText}
			stop, atPeak, err := startProfiles(cmd)
			if err != nil {
				return err
			}
			opt.AtPeak = atPeak
			sum, err := importInto(cmd.Context(), cfg, inputsOf(args, cmd.InOrStdin()), opt, cmd.ErrOrStderr())
			if perr := stop(); err == nil && perr != nil {
				return perr
			}
			if err != nil {
				return fmt.Errorf("%w; %s was not changed", err, cfg.DB)
			}
			if _, err := fmt.Fprintln(cmd.OutOrStdout(), sum); err != nil {
				return err
			}
			if stats, _ := cmd.Flags().GetBool("stats"); stats {
				if _, err := fmt.Fprintln(cmd.OutOrStdout(), sum.Stats()); err != nil {
					return err
				}
			}
			return outcomeError(sum)
		},
	}
	cmd.Flags().String("db", "hotline.db", "database file to create or extend")
	cmd.Flags().String("progress", "auto", "progress bar on stderr: auto (when a terminal), always, never")
	cmd.Flags().Bool("stats", false, "print where the import's CPU time went (also kept in the imports table)")
	cmd.Flags().String("encoding", "auto", "text that is not UTF-8: auto, utf-8, or an encoding such as windows-1252")
	cmd.Flags().Bool("reextract", false, "read the given articles again even when unchanged (after an upgrade, or to resolve surnames named in full since)")
	cmd.Flags().Int("workers", 0, "articles cleaned and extracted at once (0: one per core)")
	cmd.Flags().Bool("keep-raw-text", false, "also store each article's text as imported, before cleaning (articles.raw_text)")
	cmd.Flags().String("cpuprofile", "", "write a CPU profile of the import to this file (go tool pprof)")
	cmd.Flags().String("memprofile", "", "write a heap profile at the end of the import to this file")
	return cmd
}

// inputsOf maps command-line paths to importer inputs; no path means the embedded seeds.
// Every path gets the same root, the deepest folder holding them all, so articles are
// named by their path below it ("a/story.txt"), not by where the importing machine keeps
// them; the root is recorded once, in the imports table.
func inputsOf(args []string, stdin io.Reader) []source.Input {
	in := inputsAsGiven(args, stdin)
	root := importRoot(args)
	for i := range in {
		if in[i].FS == nil {
			in[i].Root = root
		}
	}
	return in
}

// inputsAsGiven is inputsOf with sources named by the paths as the user typed them, for
// commands that only print (explain).
func inputsAsGiven(args []string, stdin io.Reader) []source.Input {
	if len(args) == 0 {
		return []source.Input{{FS: seeds.FS, Path: "."}}
	}
	in := make([]source.Input, 0, len(args))
	for _, a := range args {
		in = append(in, source.Input{Path: a, Stdin: stdin})
	}
	return in
}

// importRoot is the deepest folder that holds every path (a folder argument counts as
// its own folder, a file as the folder it is in), or "" when there is none to share
// (only standard input, or paths that cannot be made absolute).
func importRoot(args []string) string {
	var root string
	for _, a := range args {
		if a == "-" {
			continue
		}
		abs, err := filepath.Abs(a)
		if err != nil {
			return ""
		}
		if st, err := os.Stat(abs); err != nil || !st.IsDir() {
			abs = filepath.Dir(abs)
		}
		if root == "" {
			root = abs
			continue
		}
		for root != filepath.Dir(root) && abs != root && !strings.HasPrefix(abs, root+string(filepath.Separator)) {
			root = filepath.Dir(root)
		}
	}
	return root
}

// outcomeError turns a run that skipped inputs into the exit status saying so.
func outcomeError(sum importer.Summary) error {
	switch sum.Outcome() {
	case importer.Nothing:
		return exitError{exitFailed, fmt.Errorf("nothing was imported: %s", skippedWhat(sum))}
	case importer.Partial:
		return exitError{exitPartial, fmt.Errorf("%s; the rest was imported", skippedWhat(sum))}
	}
	return nil
}

func skippedWhat(sum importer.Summary) string {
	switch sum.Skipped {
	case 0:
		return "no articles were found in the inputs"
	case 1:
		return "1 input was skipped"
	}
	return fmt.Sprintf("%d inputs were skipped", sum.Skipped)
}

// importInto runs one import into cfg.DB, drawing a progress bar on stderr when wanted. It
// writes a new version of the file beside it and renames it into place (db.Rewrite); a
// run that imports nothing into a file that did not exist leaves no file behind.
func importInto(ctx context.Context, cfg Config, inputs []source.Input, opt importer.Options, stderr io.Writer) (importer.Summary, error) {
	rw, err := db.BeginRewriteWaiting(ctx, cfg.DB, func() {
		fmt.Fprintf(stderr, "waiting for another import into %s to finish\n", cfg.DB)
	})
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
	defer tuneGC(cfg.importGC(), os.Getenv)()
	sum, err := importer.Run(ctx, rw.Store, inputs, opt)
	if err != nil || (!rw.Existed() && sum.Outcome() == importer.Nothing) {
		return sum, errors.Join(err, rw.Abort())
	}
	return sum, rw.Replace()
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

package main

import (
	"io"

	"github.com/spf13/cobra"
)

// newRootCmd builds the command tree. Streams are passed in so tests can run commands
// in-process.
func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "hotline",
		Short: "Turn news about diplomatic contacts into one SQLite file, and explore it",
		Long: `Hotline reads news articles (text files, JSON Lines, JSON, CSV and TSV exports of news
scrapers and news APIs, saved web pages, web crawls in WARC, SGML wire archives, RSS and Atom
feeds, any of them gzipped or zipped), extracts who phoned, met or spoke with whom, when, and
what they said, and writes it all into one SQLite file that it serves as a Datasette-style
explorer; hotline query runs read-only SQL on it from the shell.

Settings come from flags, then HOTLINE_* environment variables (HOTLINE_SQL_TIME_LIMIT_MS),
then config.yaml in the working folder (or --config FILE), then defaults.`,
		Example: `  hotline serve                       # build hotline.db from the sample articles and serve it
  hotline import news/ --db news.db   # import a folder of articles
  hotline serve news.db --addr 127.0.0.1:9000`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().String("config", "config.yaml", "config file (YAML)")
	root.AddCommand(newImportCmd(), newServeCmd(), newQueryCmd(), newConfigCmd(), newVersionCmd(), newExplainCmd())
	return root
}

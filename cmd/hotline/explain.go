package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"hotline/importer"
	"hotline/importer/extract"
	"hotline/importer/source"
)

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain FILE ...",
		Short: "Show how the extraction rules read an article, sentence by sentence",
		Long: `Explain cleans and reads articles as import does, writes nothing, and prints for each
sentence its tokens (text/tag, gazetteer kind in brackets), the mentions found and the
actor each resolved to, every decision of the rules (+ made, - tried and refused, with the
reason), and the contacts and quotes whose evidence lies in it.`,
		Example: `  hotline explain article.txt
  hotline explain export.jsonl | less`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			skips, err := importer.Explain(cmd.Context(), inputsAsGiven(args, cmd.InOrStdin()), func(a source.Article, ex extract.Explanation) error {
				if _, err := fmt.Fprintf(out, "== %s\n", a.Source); err != nil {
					return err
				}
				return ex.WriteText(out)
			})
			for _, s := range skips {
				fmt.Fprintf(cmd.ErrOrStderr(), "skipped %s: %s\n", s.Source, s.Reason)
			}
			if err == nil && len(skips) > 0 {
				err = fmt.Errorf("%d input(s) could not be read", len(skips))
			}
			return err
		},
	}
}

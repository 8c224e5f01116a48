package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"hotline/db"
	"hotline/importer"
	"hotline/importer/extract"
	"hotline/importer/source"
)

func newExplainCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "explain FILE ...",
		Short: "Show how the extraction rules read an article, sentence by sentence",
		Long: `Explain cleans and reads articles as import does, writes nothing, and prints for each
sentence its tokens (text/tag, gazetteer kind in brackets), the mentions found and the
actor each resolved to, every decision of the rules (+ made, - tried and refused, with the
reason), and the contacts and quotes whose evidence lies in it.

With --db, a name the article uses as a surname and ties to none of its persons is looked
up among the persons that database knows, as an import into it would (actor.known-surname,
actor.known-name); the database is only read. Without it no database is read, and such a
name resolves to no one.`,
		Example: `  hotline explain article.txt
  hotline explain follow-up.txt --db news.db
  hotline explain export.jsonl | less`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var opt importer.ExplainOptions
			// Only a --db given: the import's default file must not change what explain says.
			if path, _ := cmd.Flags().GetString("db"); path != "" {
				actors, err := db.ReadActors(cmd.Context(), path)
				if err != nil {
					return err
				}
				opt.Actors = actors
				if opt.Actors == nil {
					opt.Actors = []db.ActorRow{} // a database that knows no one is still one
				}
			}
			out := cmd.OutOrStdout()
			skips, err := importer.Explain(cmd.Context(), inputsAsGiven(args, cmd.InOrStdin()), opt, func(a source.Article, ex extract.Explanation) error {
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
	cmd.Flags().String("db", "", "also resolve surnames to the persons this database knows (read only)")
	return cmd
}

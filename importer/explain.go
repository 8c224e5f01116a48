package importer

import (
	"context"

	"hotline/db"
	"hotline/importer/clean"
	"hotline/importer/extract"
	"hotline/importer/source"
)

// ExplainOptions are what Explain knows besides the articles.
type ExplainOptions struct {
	// Actors are the actors of a database (db.ReadActors), nil without one. With them,
	// a word an article uses as a surname and ties to none of its persons is looked up
	// among the persons the database knows, and the article is read again with the one
	// it names, as the writer of an import into that database does (actor.known-surname,
	// actor.known-name): without a database those rules have no one to resolve to, and
	// explain could not show why an import made a mention of someone the article names
	// by surname only.
	Actors []db.ActorRow
}

// Explain reads the articles of inputs, dates and cleans each one as an import does, and
// hands fn how the extraction rules read it (hotline explain). Nothing is written anywhere.
// The persons known are those of opt.Actors only: the articles explained are not imported,
// so one does not make its people known to the next, as in an import it would.
func Explain(ctx context.Context, inputs []source.Input, opt ExplainOptions, fn func(source.Article, extract.Explanation) error) ([]source.Skip, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	var known *resolver
	if opt.Actors != nil {
		isHead, err := leaderRole(x)
		if err != nil {
			return nil, err
		}
		known = newResolver(opt.Actors, isHead)
	}
	cleaner := clean.New()
	return source.Read(ctx, inputs, func(a source.Article) error {
		cleaned := cleaner.CleanTitled(a.Title, a.Text)
		published := storyDay(publication(x, a), cleaned.DatelineDate)
		in := extract.Input{Text: cleaned.Text, Published: published, Title: a.Title, Issuer: x.Issuer(a.Text), Dateline: cleaned.Dateline, Captions: cleaned.Captions(), Stamps: entryStamps(cleaned), Publisher: first(a.Publisher, cleaned.Publisher)}
		ex := x.Explain(in)
		if known != nil {
			if in.Known = known.knownSurnames(ex.Result.Unresolved); in.Known != nil {
				ex = x.Explain(in) // the writer's second extraction (extractAgain)
			}
		}
		return fn(a, ex)
	})
}

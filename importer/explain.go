package importer

import (
	"context"

	"hotline/importer/clean"
	"hotline/importer/extract"
	"hotline/importer/source"
)

// Explain reads the articles of inputs, dates and cleans each one as an import does, and
// hands fn how the extraction rules read it (hotline explain). Nothing is written anywhere.
func Explain(ctx context.Context, inputs []source.Input, fn func(source.Article, extract.Explanation) error) ([]source.Skip, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	cleaner := clean.New()
	return source.Read(ctx, inputs, func(a source.Article) error {
		cleaned := cleaner.CleanTitled(a.Title, a.Text)
		published := storyDay(publication(x, a), cleaned.DatelineDate)
		ex := x.Explain(extract.Input{Text: cleaned.Text, Published: published, Title: a.Title, Issuer: x.Issuer(a.Text), Dateline: cleaned.Dateline, Captions: cleaned.Captions()})
		return fn(a, ex)
	})
}

package importer

import (
	"context"
	"hotline/importer/cputime"

	"golang.org/x/sync/errgroup"

	"hotline/db"
)

// fullText builds a first import's articles' full-text index on a thread of its own while
// the analysers run (db.FullTextBuilder): the writer hands it each article's title and
// cleaned text under the id it gave the article, and finish copies the result into the
// file. Tokenizing the articles was the largest single part of the serial end of a run.
// An incremental import indexes in SQL at the end, as before (db.WriteTx.IndexImport).
type fullText struct {
	def  db.FullTextDef // the file's definition of articles_fts
	rows chan fullTextRow
	b    *db.FullTextBuilder // set by the builder's goroutine
	// abandoned is set by the writer when the run replaces an article it wrote itself (the
	// same source twice): the built index is not copied, and IndexImport indexes the
	// articles in SQL.
	abandoned bool
}

type fullTextRow struct {
	id          int64
	title, text string
}

// startFullText prepares the builder when the file holds no article yet.
func (r *run) startFullText(ctx context.Context) error {
	def, ok, err := r.tx.ArticlesFullText(ctx)
	if err != nil || !ok {
		return err
	}
	r.fts = &fullText{def: def, rows: make(chan fullTextRow, 4*batchSize)}
	return nil
}

// buildFullText runs the builder in g until the writer closes r.fts.rows.
func (r *run) buildFullText(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		defer lockThread()()
		defer r.clock.since(phaseFTS, cputime.Thread())
		b, err := db.NewFullTextBuilder(ctx, r.fts.def)
		if err != nil {
			return err
		}
		r.fts.b = b
		for row := range r.fts.rows {
			if err := b.Add(ctx, row.id, row.title, row.text); err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return b.Finish(ctx)
	})
}

// indexed hands an article the writer added to the builder.
func (r *run) indexed(ctx context.Context, row db.ArticleRow) error {
	if r.fts == nil || r.fts.abandoned {
		return nil
	}
	select {
	case r.fts.rows <- fullTextRow{id: row.ID, title: row.Title, text: row.Text}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// copyFullText brings the built index into the file, unless the run abandoned it.
func (r *run) copyFullText(ctx context.Context) error {
	if r.fts == nil || r.fts.abandoned || r.fts.b == nil {
		return nil
	}
	return r.tx.CopyFullText(ctx, r.fts.b)
}

// closeFullText removes the builder's private database.
func (r *run) closeFullText() {
	if r.fts != nil && r.fts.b != nil {
		r.fts.b.Close()
	}
}

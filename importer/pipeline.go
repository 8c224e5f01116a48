package importer

import (
	"context"
	"fmt"
	"runtime"

	"golang.org/x/sync/errgroup"

	"hotline/importer/clean"
	"hotline/importer/extract"
	"hotline/importer/source"
)

// job is one article on its way through an import: read, then analysed (cleaned and
// extracted) by any worker, then written by the one writer in the order it was read.
type job struct {
	article   source.Article
	hash      string
	unchanged bool          // same source and content as in the database: nothing to analyse
	analysed  chan struct{} // closed when cleaned, result and err are set
	published string        // the source's date, or the one printed in the page
	cleaned   clean.Result
	result    extract.Result
	err       error
}

// pipeline runs an import's three stages at once. Reading and writing stay sequential (the
// transaction has one connection, and article ids follow the input order), while the
// costly, pure analysis runs on every core. Channels are bounded, so memory does not grow
// with the input.
func (r *run) pipeline(ctx context.Context, inputs []source.Input, known map[string]string) ([]source.Skip, error) {
	workers := r.opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	toAnalyse := make(chan *job, 4*workers)
	toWrite := make(chan *job, 8*workers)
	g, gctx := errgroup.WithContext(ctx)

	var skips []source.Skip
	g.Go(func() error {
		defer close(toAnalyse)
		defer close(toWrite)
		defer lockThread()()
		defer r.clock.since(phaseRead, threadCPU())
		var err error
		read := r.opt.Read
		read.Cleaner = r.cleaner
		skips, err = source.ReadWith(gctx, inputs, read, func(a source.Article) error {
			j := &job{article: a, hash: contentHash(a), analysed: make(chan struct{})}
			j.unchanged = !r.opt.Reextract && known[a.Source] == j.hash
			if err := send(gctx, toAnalyse, j); err != nil {
				return err
			}
			return send(gctx, toWrite, j)
		})
		return err
	})
	for range workers {
		g.Go(func() error {
			defer lockThread()()
			for j := range toAnalyse {
				if !j.unchanged {
					j.published, j.cleaned, j.result, j.err = r.analyse(j.article)
				}
				close(j.analysed)
			}
			return nil
		})
	}
	g.Go(func() error {
		defer lockThread()()
		done := 0
		for j := range toWrite {
			select {
			case <-j.analysed:
			case <-gctx.Done():
				return gctx.Err()
			}
			t := threadCPU()
			r.resolved = 0
			if err := r.article(gctx, j); err != nil {
				return fmt.Errorf("%s: %w", j.article.Source, err)
			}
			if err := r.contacts.articleDone(gctx); err != nil {
				return err
			}
			r.clock.add(phaseWrite, threadCPU()-t-r.resolved)
			r.clock.add(phaseResolve, r.resolved)
			done++
			if r.opt.Progress != nil {
				r.opt.Progress(done, j.article.Source)
			}
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return skips, ctx.Err()
}

// send puts j on ch unless ctx ends first.
func send(ctx context.Context, ch chan<- *job, j *job) error {
	select {
	case ch <- j:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

package importer

import (
	"context"
	"fmt"
	"hotline/importer/cputime"
	"runtime"
	"time"

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
	unchanged bool   // same source and content as in the database: nothing to analyse
	published string // the source's date, or the one printed in the page
	day       string // the day the story tells of (storyDay), the extraction's "today"
	cleaned   clean.Result
	input     extract.Input // what result was extracted from: the writer may extract it again
	result    extract.Result
	prep      prepared // what the writer needs of the result, ready (prepare.go)
	err       error
}

// batch is a run of jobs that travel together: one worker analyses them in order and
// closes analysed when all are done. Handing over articles one at a time woke the writer
// and the reader, each pinned to its thread (phases.go), for every article: the
// futex and spinning of those wake-ups were a tenth of an import's CPU outside its phases.
type batch struct {
	jobs     []*job
	analysed chan struct{}
}

// batchSize is how many articles a batch holds: enough that the hand-overs cost
// nothing, few enough that the workers share the last articles of a run.
const batchSize = 16

// pipeline runs an import's three stages at once. Reading and writing stay sequential (the
// transaction has one connection, and article ids follow the input order), while the
// costly, pure analysis runs on every core. Channels are bounded, so memory does not grow
// with the input.
func (r *run) pipeline(ctx context.Context, inputs []source.Input, known map[string]string) ([]source.Skip, error) {
	workers := r.opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	toAnalyse := make(chan *batch, workers)
	toWrite := make(chan *batch, 2*workers)
	g, gctx := errgroup.WithContext(ctx)

	var skips []source.Skip
	g.Go(func() error {
		defer close(toAnalyse)
		defer close(toWrite)
		defer lockThread()()
		defer r.clock.since(phaseRead, cputime.Thread())
		b := &batch{analysed: make(chan struct{})}
		flush := func() error {
			if len(b.jobs) == 0 {
				return nil
			}
			full := b
			b = &batch{analysed: make(chan struct{})}
			if err := send(gctx, toAnalyse, full); err != nil {
				return err
			}
			return send(gctx, toWrite, full)
		}
		var err error
		read := r.opt.Read
		read.Cleaner = r.cleaner
		skips, err = source.ReadWith(gctx, inputs, read, func(a source.Article) error {
			j := &job{article: a, hash: contentHash(a)}
			j.unchanged = !r.opt.Reextract && known[a.Source] == j.hash
			if b.jobs = append(b.jobs, j); len(b.jobs) < batchSize {
				return nil
			}
			return flush()
		})
		if err != nil {
			return err
		}
		return flush()
	})
	for range workers {
		g.Go(func() error {
			defer lockThread()()
			var p preparer
			for b := range toAnalyse {
				r.analyse(b.jobs, &p)
				close(b.analysed)
			}
			return nil
		})
	}
	if r.fts != nil {
		r.buildFullText(gctx, g)
	}
	g.Go(func() error {
		defer lockThread()()
		if r.fts != nil {
			defer close(r.fts.rows)
		}
		done := 0
		for b := range toWrite {
			select {
			case <-b.analysed:
			case <-gctx.Done():
				return gctx.Err()
			}
			// The thread's CPU is read once a batch (a system call): resolution's share of
			// it is the share of the batch's wall time spent resolving.
			t, w := cputime.Thread(), time.Now()
			r.resolved = 0
			for _, j := range b.jobs {
				if err := r.article(gctx, j); err != nil {
					return fmt.Errorf("%s: %w", j.article.Source, err)
				}
				if err := r.contacts.articleDone(gctx); err != nil {
					return err
				}
				done++
				if r.opt.Progress != nil {
					r.opt.Progress(done, j.article.Source)
				}
				*j = job{} // written: its text and rows need not wait for the rest of the batch
			}
			cpu, resolve := cputime.Thread()-t, time.Duration(0)
			if wall := time.Since(w); wall > 0 {
				resolve = time.Duration(float64(cpu) * min(float64(r.resolved)/float64(wall), 1))
			}
			r.clock.add(phaseWrite, cpu-resolve)
			r.clock.add(phaseResolve, resolve)
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return skips, ctx.Err()
}

// send puts b on ch unless ctx ends first.
func send(ctx context.Context, ch chan<- *batch, b *batch) error {
	select {
	case ch <- b:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

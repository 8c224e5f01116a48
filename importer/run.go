package importer

import (
	"context"
	"fmt"
	"time"

	"hotline/db"
	"hotline/importer/clean"
	"hotline/importer/extract"
	"hotline/importer/extract/lexicon"
	"hotline/importer/source"
)

// run is the state of one import: its transaction, the actors and contacts of the whole
// database as they stand, and the tallies for the summary. It lives for one Run call.
type run struct {
	tx       *db.WriteTx
	opt      Options
	ex       Extractor
	cleaner  *clean.Cleaner // built once: its patterns are costly to compile
	actors   *resolver
	contacts *contactIndex
	written  *keyFilter // sources and content hashes of the database's articles and the run's
	importID int64
	sum      Summary
	clock    *phaseClock
	// resolved is the wall time the batch being written spent in contact resolution: its
	// share of the batch's wall time is taken for its share of the batch's CPU.
	// Reading the thread's CPU clock around each contact, a system call, was 18,000 reads
	// on 3,000 articles and 0.06 CPU s, a sixteenth of the writer's.
	resolved time.Duration
	// fts builds the articles' full-text index of a first import apart; nil otherwise.
	fts *fullText
	// again is the writer's preparer for the articles it extracts again with the persons
	// it knows by their surnames (known_surnames.go).
	again preparer
}

// Run imports every article of inputs into store in one transaction: a run either lands
// completely or, on an error or a cancelled ctx, not at all. Articles already imported with
// the same content are left untouched, changed ones are replaced, and actors and contacts
// are resolved against everything the database already holds.
func Run(ctx context.Context, store *db.Store, inputs []source.Input, opt Options) (Summary, error) {
	started := time.Now()
	tx, err := store.Begin(ctx)
	if err != nil {
		return Summary{}, err
	}
	defer tx.Rollback()
	r, err := startRun(ctx, tx, inputs, opt, started)
	if err != nil {
		return Summary{}, err
	}
	defer r.closeFullText()
	known, err := tx.ArticleHashes(ctx)
	if err != nil {
		return Summary{}, err
	}
	r.written = newKeyFilter()
	for source, hash := range known {
		r.written.add(sourceKey(source), "")
		r.written.add(hashKey(hash), "")
	}
	skips, err := r.pipeline(ctx, inputs, known)
	if err != nil {
		return Summary{}, err
	}
	if opt.AtPeak != nil {
		opt.AtPeak()
	}
	r.sum.Skips = append(skips, r.sum.Skips...)
	r.sum.Skipped = len(r.sum.Skips)
	if err := r.finish(ctx, started); err != nil {
		return Summary{}, err
	}
	if err := tx.Commit(); err != nil {
		return Summary{}, err
	}
	if err := store.Tidy(ctx); err != nil {
		return Summary{}, err
	}
	r.sum.Elapsed = time.Since(started)
	return r.sum, nil
}

// startRun records the run, loads the database's actors and files its contacts.
func startRun(ctx context.Context, tx *db.WriteTx, inputs []source.Input, opt Options, started time.Time) (*run, error) {
	r := &run{tx: tx, opt: opt, ex: opt.Extractor, clock: newPhaseClock(started)}
	if r.ex == nil {
		x, err := extract.New()
		if err != nil {
			return nil, fmt.Errorf("loading the extraction rules: %w", err)
		}
		r.ex = x
	}
	r.cleaner = cleanerFor(r.ex)
	var err error
	r.importID, err = tx.StartImport(ctx, db.ImportRow{Started: stamp(started),
		Inputs: inputNames(inputs), Root: rootOf(inputs), Version: opt.Version})
	if err != nil {
		return nil, err
	}
	r.sum.ImportID = r.importID
	if err := tx.SuspendFullText(ctx); err != nil { // indexed in bulk by finish
		return nil, err
	}
	if err := tx.SuspendIndexes(ctx); err != nil { // a first import: rebuilt by finish
		return nil, err
	}
	if err := r.startFullText(ctx); err != nil { // a first import: built beside the analysers
		return nil, err
	}
	actors, err := tx.LoadActors(ctx)
	if err != nil {
		return nil, err
	}
	isHead, err := leaderRole(r.ex)
	if err != nil {
		return nil, err
	}
	r.actors = newResolver(actors, isHead)
	r.contacts, err = newContactIndex(ctx, tx, opt.HeldContacts)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func inputNames(inputs []source.Input) []string {
	out := make([]string, len(inputs))
	for i, in := range inputs {
		out[i] = in.Name()
		if in.FS != nil {
			out[i] = "embedded:" + in.Path
		}
	}
	return out
}

// rootOf is the folder the inputs' sources are named relative to (the first input's
// Root: the command line gives them all the same), or "".
func rootOf(inputs []source.Input) string {
	for _, in := range inputs {
		if in.Root != "" {
			return in.Root
		}
	}
	return ""
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// cleanerFor builds the run's cleaner on the extractor's lexicon when it has one (the
// cleaner's dateline reader asks the same offices and given names), else on its own.
func cleanerFor(ex Extractor) *clean.Cleaner {
	if l, ok := ex.(interface{ Lexicon() *lexicon.Lexicon }); ok {
		return clean.NewWith(l.Lexicon())
	}
	return clean.New()
}
